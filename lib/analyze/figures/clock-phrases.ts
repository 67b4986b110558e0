// Clock times written in words: "half past nine", "a quarter to ten", "(at) five to eight" (7:55 in British
// English), "eight o'clock", "(um) halb acht" (7:30), "Viertel nach acht", "um acht Uhr". The labelling policy
// lists clock times as dates; before, "five to eight" was read as a range and "half past nine" as a share
// and a count. A minute count before "to"/"past" ("five to eight") is a time only after a word of time
// ("at", "um") and at the end of its clause: "five to eight years" is a range. All words are lexicon data
// (`clockPhrases`); hours are the lexicon's number words from one to twelve, or digits.
import type { Lexicon } from '../lexicons';
import { alternation } from '../text';
import { pushFigure, isFree, type FigureContext } from './types';

const cache = new Map<Lexicon, RegExp | null>();
const gates = new Map<Lexicon, ((ctx: FigureContext) => boolean) | null>();
const WS = '[\\s\\u00a0]+';
// White space inside a look-behind, bounded: the analysis blanks out what is not prose (a 2 MB "word"), and an
// unbounded run read backwards from every blank of it was quadratic (21 s on 100 KB).
const WS_BACK = '[\\s\\u00a0]{1,4}';
// The hour of a clock phrase ends its clause: "a quarter to ten million units", "by half to eight million barrels",
// "a quarter to ten dollars", "Viertel nach acht Jahren" are shares and amounts, not times.
const CLAUSE_END = '(?=[\\s\\u00a0]{0,4}(?:[,.;:!?)”"’»]|$))';
/** A list of phrases as one alternation, any white space between words. */
const alt = (ws: Iterable<string>) => alternation(ws).replace(/\\? /g, WS);

/** The regex of the lexicon's clock phrases (named groups), or null when it has none. */
function clockPhraseRegex(lex: Lexicon): RegExp | null {
  if (cache.has(lex)) return cache.get(lex)!;
  const c = lex.clockPhrases;
  let re: RegExp | null = null;
  if (c) {
    const hours = Object.entries(lex.numberWords).filter(([, v]) => v >= 1 && v <= 12).map(([w]) => w);
    const hour = (k: number) => `(?<h${k}>${alt(hours)}|1[0-2]|[1-9])`;
    const mins = Object.entries(lex.numberWords).filter(([, v]) => v >= 1 && v <= 29).map(([w]) => w);
    const dir = (k: number) => `(?<dir${k}>${alt([...c.past, ...c.to])})`;
    const end = `(?![\\p{L}\\p{N}])`;
    const hasDir = c.past.length + c.to.length > 0;
    const parts = [
      // "half past nine", "a quarter to ten", "Viertel nach acht"
      ...(hasDir && Object.keys(c.fractions).length ? [`(?<frac>${alt(Object.keys(c.fractions))})${WS}${dir(1)}${WS}${hour(1)}${CLAUSE_END}`] : []),
      // "(at) five to eight", "(at) twenty past six": after a word of time, ending its clause
      ...(hasDir && c.preps.length ? [`(?<=(?<![\\p{L}])(?:${alt(c.preps)})${WS_BACK})(?<m>${alt(mins)}|[1-9]|[1-5]\\d)${c.minuteWords.length ? `(?:${WS}(?:${alt(c.minuteWords)}))?` : ''}${WS}${dir(2)}${WS}${hour(2)}${CLAUSE_END}`] : []),
      ...(c.halfBefore.length && c.preps.length ? [`(?<=(?<![\\p{L}])(?:${alt(c.preps)})${WS_BACK})(?<hb>${alt(c.halfBefore)})${WS}${hour(3)}${end}`] : []),
      ...(c.oclock.length ? [`${hour(4)}${WS}(?:${alt(c.oclock)})${end}`] : []),
    ];
    re = parts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'giu') : null;
  }
  cache.set(lex, re);
  return re;
}

/** "HH:MM" of a matched phrase, or null when it names no time. */
function timeOf(lex: Lexicon, g: Record<string, string | undefined>): string | null {
  const c = lex.clockPhrases!;
  const word = (w: string) => Number(lex.numberWords[w.toLowerCase()] ?? w);
  let h = word((g.h1 ?? g.h2 ?? g.h3 ?? g.h4)!);
  const dir = (g.dir1 ?? g.dir2 ?? '').toLowerCase();
  let m = 0;
  if (g.hb) {
    h -= 1;
    m = 30;
  } else if (g.frac || g.m) {
    const mins = g.frac ? c.fractions[g.frac.toLowerCase().replace(/[\s\u00a0]+/g, ' ')] : word(g.m!);
    if (!(mins >= 1 && mins < 60)) return null;
    const to = c.to.includes(dir);
    // "half to nine" is no time ("half past" is); a bare minute count before "to"/"past" is a time in fives
    // ("five to eight", "twenty past six"), not "at six to three" (a vote) nor "eleven to two"
    if ((g.frac && mins === 30 && to) || (g.m && mins % 5 !== 0)) return null;
    h = to ? h - 1 : h;
    m = to ? 60 - mins : mins;
  }
  if (h === 0) h = 12;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// A word of the lexicon's lists as the tokenizer keeps it whole: letters, inner apostrophes.
const ONE_WORD = /^\p{L}+(?:['’]\p{L}+)?$/u;

/**
 * A cheap test, on the tokens, of whether the regex of the lexicon's clock phrases can match at all
 * (null: it may always). Every match holds a word of direction ("past", "to") standing alone between
 * white space with an hour ending its clause right after it, or a half before an hour ("halb acht"),
 * or an o'clock word ("Uhr"): a word alone between white space is one token, and the token after it
 * starts where the hour does. Most texts hold none of them, and the regex (its look-behinds, its
 * alternations) was tried at every character of the text: the largest regex scan of the figures.
 */
function clockPhraseGate(lex: Lexicon): ((ctx: FigureContext) => boolean) | null {
  if (gates.has(lex)) return gates.get(lex)!;
  const c = lex.clockPhrases!;
  const words = [...c.past, ...c.to, ...c.halfBefore, ...c.oclock];
  let gate: ((ctx: FigureContext) => boolean) | null = null;
  if (words.every((w) => ONE_WORD.test(w))) {
    const lc = (ws: string[]) => ws.map((w) => w.toLowerCase());
    const dirs = new Set(lc([...c.past, ...c.to]));
    const halves = new Set(lc(c.halfBefore));
    const oclock = lc(c.oclock);
    const hours = Object.entries(lex.numberWords).filter(([, v]) => v >= 1 && v <= 12).map(([w]) => w);
    // the hour after a word of direction, as the regex reads it
    const hourEnd = new RegExp(`(?:${alt(hours)}|1[0-2]|[1-9])${CLAUSE_END}`, 'iuy');
    gate = ({ tokens, text }) => {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.t !== 1) continue; // T.Word
        // ("ſ" is an "s" to the regex's case-insensitive match)
        const w = t.lc.includes('ſ') ? t.lc.replaceAll('ſ', 's') : t.lc;
        if (halves.has(w) || oclock.some((o) => w.startsWith(o))) return true;
        if (dirs.has(w) && i + 1 < tokens.length) {
          hourEnd.lastIndex = tokens[i + 1].s;
          if (hourEnd.test(text)) return true;
        }
      }
      return false;
    };
  }
  gates.set(lex, gate);
  return gate;
}

/** List the clock times in words of the text (kind date, "HH:MM"), where no earlier pass has read. */
export function clockPhrases(ctx: FigureContext): void {
  const re = clockPhraseRegex(ctx.lex);
  if (!re) return;
  const gate = clockPhraseGate(ctx.lex);
  if (gate && !gate(ctx)) return;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const end = m.index + m[0].length;
    const v = isFree(ctx, m.index, end) ? timeOf(ctx.lex, m.groups!) : null;
    if (v) pushFigure(ctx, m.index, end, 'date', v);
  }
}
