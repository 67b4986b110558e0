// Pass: datelines. A story that opens a paragraph with "(Reuters) —", "KYIV, Oct 3 (Globe Wire) -"
// or "WASHINGTON (AP) —" credits the agency it comes from: the agency is a source of the story.
import type { SourcePass } from './types';

// A place in capitals (and a date or country after a comma) before the agency, then the agency in
// brackets and a dash.
const DATELINE = /(?:^|\n)[\p{Lu}][\p{Lu} .'’-]{1,40}(?:,[ \u00a0][\p{L}\p{N} .]{1,24})?[ \u00a0]\(([\p{Lu}][\p{L}\p{N}&.’' -]{0,30}[\p{L}.])\)[ \u00a0]*[—–-][ \u00a0]|(?:^|\n)\(([\p{Lu}][\p{L}\p{N}&.’' -]{0,30}[\p{L}.])\)[ \u00a0]*[—–-][ \u00a0]/gu;

export const datelines: SourcePass = {
  name: 'datelines',
  run(ctx, found) {
    DATELINE.lastIndex = 0;
    for (let m = DATELINE.exec(ctx.text); m; m = DATELINE.exec(ctx.text)) {
      const agency = m[1] ?? m[2];
      const start = m.index + m[0].indexOf(`(${agency})`) + 1;
      const end = start + agency.length;
      found.push({ start, end, text: agency, kind: 'attribution', name: '', cue: 'dateline', sentence: ctx.sentences.at(start) });
    }
  },
};
