// Pass: credit lines. A credit label and a colon ("Photo: rk.gov.ru", "Фото: Укренерго",
// "Foto: Lena Kraus/dpa", "[File: Reuters]") credit what follows, up to the end of the line or sentence.
import type { Lexicon } from '../lexicons';
import { alternation } from '../text';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// A credit longer than this is a caption sentence, not a credit.
const MAX_CREDIT_CHARS = 80;
// Where a credit may end inside its line: a sentence's dot before a capital, a semicolon or a bar.
const CUT = /\.(?=[\s\u00a0]+\p{Lu})|[;|]/gu;

export const credits: SourcePass = {
  name: 'credits',
  run(ctx, found) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].cap) continue;
      const c = creditAfterLabel(ctx, i);
      if (c) found.push(c);
    }
  },
};

const archiveCache = new Map<Lexicon, RegExp[]>();

/**
 * The lexicon's archive marks ending a credit: any after a slash, bar, comma or dash ("dpa/Archiv",
 * "УНІАН, архів"); after a space only one of several words ("PTI File Photo") or one written in lower
 * case ("Reuters file"), so that a photographer named File keeps his name ("Photo: John File").
 */
function archiveTails(lex: Lexicon): RegExp[] {
  let res = archiveCache.get(lex);
  if (!res) {
    const SP = '[\\s\\u00a0]';
    const any = lex.archiveMarks.length ? alternation(lex.archiveMarks) : '(?!)';
    const multi = lex.archiveMarks.filter((m) => /\s/.test(m));
    const single = lex.archiveMarks.filter((m) => !/\s/.test(m)).map((m) => m.toLowerCase());
    res = [
      new RegExp(`${SP}*[/|,–—-]${SP}*(?:${any})${SP}*$`, 'iu'),
      new RegExp(`${SP}+(?:${multi.length ? alternation(multi) : '(?!)'})${SP}*$`, 'iu'),
      new RegExp(`${SP}+(?:${single.length ? alternation(single) : '(?!)'})${SP}*$`, 'u'),
    ];
    archiveCache.set(lex, res);
  }
  return res;
}

/** The credit after a credit label at token i and its colon ("Photo: X"), or null when there is none. */
export function creditAfterLabel(ctx: SourceContext, i: number): SourceCandidate | null {
  const { text, tokens, C } = ctx;
  const len = C.credits.at(tokens, i);
  const colon = tokens[i + len];
  if (!len || !colon || colon.lc !== ':' || colon.block !== tokens[i].block) return null;
  let start = colon.e;
  while (start < text.length && /[\s\u00a0©]/.test(text[start])) start++;
  // the line, read no further than a credit can be long (a line may be a whole article)
  const win = text.slice(start, start + 2 * MAX_CREDIT_CHARS);
  const nl = win.indexOf('\n');
  let end = start + (nl < 0 ? win.length : nl);
  // a sentence's end cuts a credit; the dot of an initial or an abbreviation does not ("Photo: Gene
  // J. Puskar", "NASA/ESA/K. Retherford", "Foto: Dr. Anna Roth")
  for (const cut of text.slice(start, end).matchAll(CUT)) {
    const word = /[\p{L}.]+$/u.exec(text.slice(start, start + cut.index!))?.[0] ?? '';
    if (cut[0] === '.' && (/^\p{Lu}$/u.test(word) || C.abbreviations.has(word))) continue;
    end = start + cut.index!;
    break;
  }
  // trailing punctuation, and the bracket of "(Photo: X)" when the credit opened none
  while (end > start && (/[\s.,\u00a0]/.test(text[end - 1]) || (text[end - 1] === ')' && !text.slice(start, end).includes('(')) || (text[end - 1] === ']' && !text.slice(start, end).includes('[')))) end--;
  if (end - start < 2 || end - start > MAX_CREDIT_CHARS || !/\p{L}/u.test(text.slice(start, end))) return null;
  // "(Graphic: Global assets in 2019 - here)" titles a graphic: a credit names no year or count
  if (/(?:^|[\s\u00a0])\d+(?:[\s\u00a0]|$)/u.test(text.slice(start, end))) return null;
  // "PTI File Photo", "dpa/Archiv": the archive's mark is no part of the name
  for (const re of archiveTails(ctx.lex)) {
    const archive = re.exec(text.slice(start, end));
    if (archive && /\p{L}/u.test(text.slice(start, start + archive.index))) { end = start + archive.index; break; }
  }
  const t = text.slice(start, end);
  return { start, end, text: t, kind: 'credit', name: t, cue: text.slice(tokens[i].s, tokens[i + len - 1].e), sentence: ctx.sentences.at(start) };
}
