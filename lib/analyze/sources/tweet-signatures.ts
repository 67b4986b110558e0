// Pass: embedded posts. A tweet embedded in an article ends with its signature, "— Display Name
// (@handle) November 18, 2019": the display name is the source of the post quoted before it. The
// shape (a dash, a name, a handle in brackets) is the same in every language.
import type { SourcePass } from './types';

// A dash, the display name (no brackets, dashes or line break; at most 60 characters), then the
// handle in brackets ("@" and up to 30 letters, digits, underscores or dots).
const SIGNATURE = /[—–][ \u00a0]*([^\n()—–]{1,60}?)[ \u00a0]*\(@[\p{L}\p{N}_.]{1,30}\)/gu;
// What a display name may end with that is no part of the name: emoji, flags, symbols, spaces.
const TRAILING = /[^\p{L}\p{N}.)’']+$/u;

export const tweetSignatures: SourcePass = {
  name: 'tweet-signatures',
  run(ctx, found) {
    SIGNATURE.lastIndex = 0;
    for (let m = SIGNATURE.exec(ctx.text); m; m = SIGNATURE.exec(ctx.text)) {
      const name = m[1].replace(TRAILING, '');
      if (!/\p{L}/u.test(name)) continue;
      const start = m.index + m[0].indexOf(m[1]);
      const end = start + name.length;
      found.push({ start, end, text: name, kind: 'attribution', name: '', cue: 'tweet', sentence: ctx.sentences.at(start) });
    }
  },
};
