// Pass: clock times are figures of kind date ("9 a.m.", "7:15 p.m.", "14.30 Uhr", "18h30",
// "10:30"), clock times in words ("half past nine", clock-phrases.ts; "à huit heures et demie", "в половине
// девятого", clock-forms.ts) and times of day named by a word ("midnight", "minuit"), with the time as "HH:MM"; a
// number in a time is never read as a count. In a sentence about a game, "M:SS" without a clock
// word is the game clock ("2:55 into overtime", "with 1:24 left"): an elapsed time, a measure in
// seconds, not a time of day.
import { alternation, anyOf, type WordTest } from '../text';
import type { Lexicon } from '../lexicons';
import { inGame } from './in-game';
import { clockPhrases } from './clock-phrases';
import { clockForms } from './clock-forms';
import { before } from './context-words';
import { rangeToWords } from '../lexicons/range-pairs';
import { claim, eachAtDigitRuns, pushFigure, type FigureContext, type FigurePass } from './types';
import type { FigureSpan } from '../types';

const cache = new Map<Lexicon, RegExp>();
const wordCache = new Map<Lexicon, RegExp | null>();
const hintCache = new Map<Lexicon, WordTest>();

/** Whether a text holds one of the named times at all: one plain search before the bounded regex's scan. */
function clockWordHint(lex: Lexicon): WordTest {
  let hint = hintCache.get(lex);
  if (!hint) hintCache.set(lex, (hint = anyOf(Object.keys(lex.clockWords))));
  return hint;
}

/** The lexicon's named times of day ("midnight", "minuit"), as written; not inside a word ("après-midi"). */
function clockWordRegex(lex: Lexicon): RegExp | null {
  if (!wordCache.has(lex)) {
    const words = Object.keys(lex.clockWords);
    wordCache.set(lex, words.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, 'gu') : null);
  }
  return wordCache.get(lex)!;
}

/** H[sep MM][ suffix]: a suffix or a ":" separator makes it a time; "14.30" alone is a number. Sticky, tried where digits start. */
function timeRegex(lex: Lexicon): RegExp {
  let re = cache.get(lex);
  if (re) return re;
  const given = lex.clockSeparators.length ? lex.clockSeparators : [':'];
  const seps = alternation(given.filter((x) => x !== '.'));
  // ("(?!)" keeps the group where the language writes no dot: it never matches)
  const dot = given.includes('.') ? '\\.' : '(?!)';
  const suffix = lex.clockSuffixes.length ? `(?:[\\s\\u00a0]?(${alternation(lex.clockSuffixes)})(?![\\p{L}]))` : '()';
  // (not after a currency sign: "£9.30 pm" is a price per month; no space around a dot: in "aged 11. 30 am
  // prayers" the dot ends a sentence)
  re = new RegExp(`(?<![\\p{L}\\p{N}.,:\\p{Sc}])([01]?\\d|2[0-3])(?:${dot}([0-5]\\d)|[\\s\\u00a0]?(${seps})[\\s\\u00a0]?([0-5]\\d))?(?::[0-5]\\d)?${suffix}?(?![\\p{N}])`, 'iuy');
  cache.set(lex, re);
  return re;
}

const ratioCache = new Map<Lexicon, { before: RegExp; after: RegExp } | null>();

/** The lexicon's ratio words right before a number (with at most one short link word: "scale of") and right after it ("scale", "-scale"). */
function ratioRegexes(lex: Lexicon): { before: RegExp; after: RegExp } | null {
  if (!ratioCache.has(lex)) {
    const alt = alternation(lex.ratioWords);
    ratioCache.set(lex, lex.ratioWords.length ? {
      before: new RegExp(`(?<![\\p{L}])(?:${alt})(?:[\\s\\u00a0]+\\p{L}{1,3})?[\\s\\u00a0]*$`, 'iu'),
      after: new RegExp(`^[\\s\\u00a0-]?(?:${alt})(?![\\p{L}])`, 'iu'),
    } : null);
  }
  return ratioCache.get(lex)!;
}

// How far before a ratio its word is looked for ("at a scale of ").
const MAX_RATIO_LOOKBEHIND = 24;

function isRatio(text: string, start: number, end: number, re: { before: RegExp; after: RegExp } | null): boolean {
  if (/^[.,]\d/.test(text.slice(end, end + 2))) return true;
  if (!re) return false;
  return re.after.test(text.slice(end, end + 16)) || re.before.test(text.slice(Math.max(0, start - MAX_RATIO_LOOKBEHIND), start));
}

/** The end of a ratio's second number, with its groups ("1:25,000"). */
function ratioEnd(text: string, end: number): number {
  const g = /^(?:[.,]\d{3})+(?!\d)/.exec(text.slice(end, end + 16));
  return end + (g ? g[0].length : 0);
}

export const times: FigurePass = {
  name: 'times',
  run(ctx) {
    const { text, lex } = ctx;
    const firstTime = ctx.out.length;
    // a time starts on a digit after no digit: where a run of digits starts
    eachAtDigitRuns(ctx, timeRegex(lex), (m) => {
      const [, h, dotMin, sepOther, minOther, suffix] = m;
      const [sep, min] = dotMin ? ['.', dotMin] : [sepOther, minOther];
      // a time needs minutes after ":" (10:30) or a clock word (9 a.m., 14.30 Uhr, 18h30)
      if (!suffix && sep !== ':' && !(sep && /^\p{L}$/u.test(sep))) return;
      if (!min && !suffix) return;
      let hour = Number(h);
      const pm = suffix && /^p/i.test(suffix);
      if (pm && hour < 12) hour += 12;
      if (suffix && /^a/i.test(suffix) && hour === 12) hour = 0;
      const end = m.index + m[0].length;
      // a ratio written like a clock: by a ratio word ("a 1:24 scale model", "at a scale of 1:50", "im
      // Maßstab 1:24") or going on as a grouped number ("1:25,000") it is no time; nor is it a figure
      if (sep === ':' && !suffix && isRatio(ctx.text, m.index, end, ratioRegexes(lex))) {
        claim(ctx, m.index, ratioEnd(ctx.text, end));
        return;
      }
      // the game clock: minutes and seconds only, no clock word, in a sentence about a game
      if (sep === ':' && !suffix && /^\d{1,2}:\d\d$/.test(m[0]) && inGame(ctx, m.index)) {
        pushFigure(ctx, m.index, end, 'measure', Number(h) * 60 + Number(min), 's');
        return;
      }
      pushFigure(ctx, m.index, end, 'date', `${String(hour).padStart(2, '0')}:${min ?? '00'}`);
    });
    clockPhrases(ctx);
    clockForms(ctx);
    timeRanges(ctx, firstTime);
    // "around midnight", "à midi", "опівночі": a time of day named by a word
    const words = clockWordRegex(lex);
    // most texts name no time of day: a plain search spares the regex its scan
    if (!words || !clockWordHint(lex).test(text)) return;
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) pushFigure(ctx, m.index, m.index + m[0].length, 'date', lex.clockWords[m[0]]);
  },
};

// A bare hour before a link and a time ("zwischen 18 und 20 Uhr", "from 9 to 11 a.m."): the hour, the link word or dash.
const BARE_HOUR_BEFORE = /(?<![\p{L}\p{N}.,:])([01]?\d|2[0-4])(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(\p{L}+)[ \u00a0]+)$/u;

/** The start of a range of times ending at a time, its link ('-' for a dash) and its first time ("HH:MM"). */
interface TimeRangeHead {
  start: number;
  link: string;
  lo: string;
}

const JOINING_GAP = /^(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(\p{L}+)[ \u00a0]+)$/u;

// The hours from which a first time is an evening's and up to which a second is a morning's: a range over midnight.
const EVENING_FROM = 18;
const MORNING_UNTIL = 9;

/** Do two times ("22:00", "05:00") run from an evening into the next morning? */
function overnight(lo: string, hi: string): boolean {
  const [h1, h2] = [Number(lo.slice(0, 2)), Number(hi.slice(0, 2))];
  return /^\d\d:\d\d$/.test(lo) && /^\d\d:\d\d$/.test(hi) && h1 >= EVENING_FROM && h2 <= MORNING_UNTIL;
}

/** The dash or the one word (group 1) between two times ("9 a.m. to 5 p.m."), or null. */
function joiningGap(text: string, t1: FigureSpan, t2: FigureSpan): RegExpExecArray | null {
  const gap = text.slice(t1.end, t2.start);
  return gap.length <= 12 ? JOINING_GAP.exec(gap) : null;
}

/** A bare hour joined to the time `t2` ("from 9 to 11 a.m."): the head from the hour, which runs up to the time. */
function bareHourHead(ctx: FigureContext, t2: FigureSpan): TimeRangeHead | null {
  const bm = BARE_HOUR_BEFORE.exec(before(ctx, t2.start, 24));
  if (!bm) return null;
  const start = t2.start - bm[0].length;
  if (ctx.used[start]) return null;
  // "Aug. 9 to 6:30 a.m.": a day after a month (the dates pass reads it later), no hour
  const word = /(\p{L}+)\.?[ \u00a0]+$/u.exec(before(ctx, start, 16));
  if (word && ctx.F.monthMap.has(word[1].toLowerCase())) return null;
  const hi = Number(String(t2.value).slice(0, 2));
  // the bare hour takes the half of the day of the time after it ("from 9 to 11 a.m.", "from 1 to 3 p.m.")
  const h = Number(bm[1]) + (hi > 12 && Number(bm[1]) < 12 && hi - 12 >= Number(bm[1]) ? 12 : 0);
  if (h >= hi) return null;
  return { start, link: bm[2]?.toLowerCase() ?? '-', lo: `${String(h).padStart(2, '0')}:00` };
}

/** The range's start with the opener before it ("between", "von", "з"), or -1 when its link makes no range. */
function withOpener(ctx: FigureContext, head: TimeRangeHead, toWords: Set<string>): number {
  const op = ctx.F.rangeOpenerBefore?.exec(before(ctx, head.start, 16));
  const closers = op ? ctx.F.rangePairs.get(op[1].toLowerCase()) : undefined;
  if (op && (head.link === '-' || closers?.includes(head.link) || toWords.has(head.link))) return head.start - op[0].length;
  return head.link === '-' || toWords.has(head.link) ? head.start : -1;
}

/**
 * A range of times is one figure (labelling policy: "de 8 h à 20 h", "с 9 утра до 21:00"): two times, or a bare hour
 * and a time, joined by a dash, by the lexicon's "to" word (`rangeToWords`) or by the closer of an opener before the
 * first ("between … and", "von … bis", "з … до"), are made one, with the opener.
 */
function timeRanges(ctx: FigureContext, first: number): void {
  const { text } = ctx;
  const toWords = rangeToWords(ctx.lex);
  const found = ctx.out.slice(first).filter((f) => f.kind === 'date').sort((a, b) => a.start - b.start);
  const drop = new Set<FigureSpan>();
  for (let k = 0; k < found.length; k++) {
    const t2 = found[k];
    const t1 = k > 0 && !drop.has(found[k - 1]) ? found[k - 1] : undefined;
    const gm = t1 ? joiningGap(text, t1, t2) : null;
    // "moved from 3 p.m. to 11 a.m.": a later time first is a change of time, no range
    // ("з 22:00 до 5:00", "from 10 p.m. to 6 a.m.": an evening time then a morning one is a night, a range over midnight)
    if (gm && !(String(t1!.value) < String(t2.value)) && !overnight(String(t1!.value), String(t2.value))) continue;
    const head = gm ? { start: t1!.start, link: gm[1]?.toLowerCase() ?? '-', lo: String(t1!.value) } : bareHourHead(ctx, t2);
    if (!head) continue;
    const start = withOpener(ctx, head, toWords);
    if (start < 0 || text.slice(start, t2.end).includes('\n')) continue;
    claim(ctx, start, t2.end);
    if (gm) drop.add(t1!);
    t2.start = start;
    t2.text = text.slice(start, t2.end);
    t2.value = `${head.lo}–${String(t2.value)}`;
  }
  if (drop.size) ctx.out.splice(first, ctx.out.length - first, ...ctx.out.slice(first).filter((f) => !drop.has(f)));
}
