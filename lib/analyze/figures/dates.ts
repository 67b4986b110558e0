// Pass: dates with a month name ("1 October", "September 12, 2024", "3. Oktober 2024",
// "16 вересня 2024 року"), ISO dates and numeric dates ("03.10.2024"); a bare month only with its
// preposition ("in May"), and never a month word that is usually something else ("may", "march").
import { T } from '../text';
import { isoDate } from './compile';
import { before } from './context-words';
import { pushFigure, type FigureContext, type FigurePass } from './types';

/**
 * A token's lower-cased text without an English possessive's ending ("october’s" → "october"): what
 * `lc.replace(/['’]s$/u, '')` gives, read from the last two characters (every word of a text is
 * asked, and a regex per word was a tenth of this pass in Chromium).
 */
function withoutPossessive(lc: string): string {
  const n = lc.length;
  if (n < 2 || lc.charCodeAt(n - 1) !== 0x73) return lc; // "s"
  const a = lc.charCodeAt(n - 2);
  return a === 0x27 || a === 0x2019 ? lc.slice(0, n - 2) : lc; // ' ’
}

export const dates: FigurePass = {
  name: 'dates',
  run(ctx) {
    const { F, text } = ctx;
    for (const tok of ctx.tokens) {
      // "mid-December" is one token: the month starts after its joined preposition
      const hy = tok.t === T.Word ? tok.lc.indexOf('-') + 1 : 0;
      const joined = hy > 0 && F.hyphenPreps.has(tok.lc.slice(0, hy)) && F.monthMap.has(tok.lc.slice(hy));
      // ("October’s conference": a month in the possessive is one token, the month before its "’s")
      if (tok.t !== T.Num && !(tok.t === T.Word && F.monthMap.has(withoutPossessive(tok.lc))) && !joined) continue;
      if (ctx.used[tok.s]) continue;
      F.date.lastIndex = joined ? tok.s + hy : tok.s;
      const m = F.date.exec(text);
      if (m) dateMatch(ctx, m);
    }
  },
};

function dateMatch(ctx: FigureContext, m: RegExpExecArray): void {
  const { F, text, lex } = ctx;
  let start = m.index;
  const end = m.index + m[0].length;
  let y: number | null = null;
  let mo: number | null = null;
  let d: number | null = null;
  let monthTok: string | undefined;
  if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if (m[4]) {
    // d.m.yyyy, d/m/yyyy; m/d/yyyy where the month is written first, when the first part can be a month
    [d, mo, y] = [+m[4], +m[6], +m[7]];
    if (lex.monthBeforeDay && m[5] === '/' && mo <= 12 && d <= 12) [d, mo] = [mo, d];
    else if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else if (m[8]) {
    d = +m[8];
    monthTok = m[9];
    y = m[10] ? +m[10] : null;
  } else if (m[11]) {
    monthTok = m[11];
    d = +m[12];
    y = m[13] ? +m[13] : null;
  } else if (m[14]) {
    monthTok = m[14];
    y = m[16] ? +m[16] : null;
  }
  if (monthTok) {
    mo = F.monthMap.get(monthTok.toLowerCase()) ?? null;
    if (!mo) return;
    if (lex.capitalisedMonths && !/^\p{Lu}/u.test(monthTok)) return; // "may", "march" as words
    if (!y && !d) {
      // a bare month that is also a number word ("sept" in French: "sept jours", "de sept ans") is the number
      if (F.numberWords.has(monthTok.toLowerCase())) return;
      // a bare month keeps its preposition; a short or ambiguous one is a date only with it
      const prep = F.datePrepBefore.exec(before(ctx, start));
      // "the March high": after an article, a capitalised month is one
      const det = F.determinerBefore.test(before(ctx, start, 12)) && /^\p{Lu}/u.test(monthTok);
      if (prep) {
        start -= prep[0].length;
        // "in mid-December": a preposition before the joined one
        const outer = prep[0].endsWith('-') ? F.datePrepBefore.exec(before(ctx, start)) : null;
        if (outer && !outer[0].endsWith('-')) start -= outer[0].length;
      } else if (!det && (monthTok.length <= 3 || lex.ambiguousMonths.includes(monthTok.toLowerCase()))) return;
      // "said April Ryan, a reporter": where only names are capitalised, a bare month right before a capitalised word
      // that is no month or weekday is a first name
      else if (!det && !lex.capitalisedNouns && firstNameMonth(ctx, end)) return;
    }
  }
  // "18–24 November", "November 18-24, 2019": a range of days in one month is one date
  const range = monthTok && mo && d != null ? dayRange(ctx, m, start, end, mo, d, y) : null;
  // (a range's last day places it in its year: one under way on the publication day is that year's)
  const year = (range?.year ?? y) ?? (mo ? yearOf(ctx, range?.start ?? start, m.index, range?.end ?? end, mo, range?.last ?? d) : ctx.year) ?? null;
  // "October." and "in May." end a sentence: the dot belongs to the month only when it is abbreviated
  const sentenceDot = !!monthTok && ((monthTok.length > 3 || !abbreviates(F.monthMap, monthTok)) && /^(?:[\s\u00a0]+\p{Lu}|\s*$|\n)/u.test(text.slice(end, end + 3)));
  const e2 = text[end - 1] === '.' && sentenceDot ? end - 1 : end;
  const span = range ? rangeValue(year, mo!, range.first, range.last) : undefined;
  // (a range overlapping a figure read before it, "November 5 to 6 p.m.", leaves the date alone)
  if (range && span && pushFigure(ctx, range.start, range.end > end ? range.end : e2, 'date', span)) return;
  const value = isoDate(year, mo, d);
  if (value) pushFigure(ctx, start, e2, 'date', value);
}

// How far before a "24 November" the range's first day is looked for ("18. bis ", "18 through ").
const MAX_DAY_RANGE_HEAD = 24;
// The last day of each month (February's in a leap year): "1-31 November" is no range.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The range of days a date with a day closes or opens: "18–24 November" and "vom 18. bis 24. November"
 * (its first day before it), "November 18-24, 2019" (its last day after it, with the range's year).
 * The first day comes before the last, which the month has; a day inside a longer number ("3.5-4
 * November") opens none.
 */
function dayRange(ctx: FigureContext, m: RegExpExecArray, start: number, end: number, mo: number, d: number, y: number | null): { start: number; end: number; first: number; last: number; year: number | null } | null {
  const re = ctx.F.dayRanges;
  if (m[8]) {
    const h = re.head.exec(ctx.text.slice(Math.max(0, start - MAX_DAY_RANGE_HEAD), start));
    if (!h || /[\p{N}.,:/-]/u.test(ctx.text[start - h[0].length - 1] ?? '')) return null;
    // (one group per alternative holds the first day; the one that matched is the one defined)
    const first = Number(h.slice(1).find((g) => g !== undefined));
    return first >= 1 && first < d && d <= MONTH_DAYS[mo - 1] ? { start: start - h[0].length, end, first, last: d, year: y } : null;
  }
  if (!m[11] || y != null) return null;
  re.tail.lastIndex = end;
  const t = re.tail.exec(ctx.text);
  const last = t ? Number(t[1] ?? t[2]) : 0;
  return t && last > d && last <= MONTH_DAYS[mo - 1] ? { start, end: end + t[0].length, first: d, last, year: t[3] ? Number(t[3]) : null } : null;
}

/** "2019-11-18/2019-11-24" (the ISO 8601 interval of the days), or "--11-18/--11-24" with no year. */
function rangeValue(y: number | null, mo: number, first: number, last: number): string | undefined {
  const a = isoDate(y, mo, first);
  const b = isoDate(y, mo, last);
  return a && b ? `${a}/${b}` : undefined;
}

/** Is the bare month ending at `end` followed by one space and a capitalised word that is no month or weekday ("April Ryan")? */
function firstNameMonth(ctx: FigureContext, end: number): boolean {
  const m = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(ctx.text.slice(end, end + 40));
  if (!m) return false;
  const w = m[1].toLowerCase();
  return !ctx.F.monthMap.has(w) && !ctx.lex.weekdays.includes(w);
}

// A year-less date within this many characters of the one before it, with no blank line between, continues
// its run ("June 9 – Tampa\nJune 10 – Atlanta", "November 19th …; … picks up February 7th").
const RUN_GAP = 200;

interface YearlessState {
  /** The last year-less date: where it ended, its sentence, the year it was given, and whether it was ahead of the publication. */
  prev: { end: number; sentence: number; y: number; mo: number; d: number | null; ahead: boolean; lineHead: boolean } | null;
  /** The year given to each month-day ("6-9") met so far: the same day named again is the same date. */
  seen: Map<string, number>;
}
const states = new WeakMap<FigureContext, YearlessState>();

const calendarBefore = (m1: number, d1: number | null, m2: number, d2: number | null) => m1 < m2 || (m1 === m2 && d1 != null && d2 != null && d1 < d2);

/**
 * The year of a month (and day) named without one: the publication's, unless the date plainly lies
 * ahead of the publication though earlier in the year — its sentence marks the future before it
 * ("will", "set to expire in February", "by January"), the same day was already put in the next year,
 * or it continues a run of dates that went on into the next year ("… picks up February 7th" after
 * "November 19th"; a list of tour dates after "kicks off June 9th" of next year's tour).
 */
function yearOf(ctx: FigureContext, start: number, monthStart: number, end: number, mo: number, d: number | null): number | null {
  const Y = ctx.year;
  const pub = ctx.publishedDay;
  if (Y == null || !pub) return Y;
  let st = states.get(ctx);
  if (!st) states.set(ctx, (st = { prev: null, seen: new Map() }));
  const sentence = ctx.sentences.at(start);
  const behind = calendarBefore(mo, d, pub.m, pub.d);
  const prev = st.prev && st.prev.end <= start && (st.prev.sentence === sentence || (start - st.prev.end <= RUN_GAP && !ctx.text.slice(st.prev.end, start).includes('\n\n'))) ? st.prev : null;
  let y = Y;
  const tense = tenseBefore(ctx, start, monthStart);
  const lineHead = /(?:^|\n)[ \t\u00a0]*$/.test(ctx.text.slice(Math.max(0, start - 8), start));
  // the run goes on in next year: in one sentence, or down a list of lines that open with their dates
  if (prev && prev.y > Y && tense !== 'past' && (prev.sentence === sentence || (lineHead && prev.lineHead)) && !calendarBefore(mo, d, prev.mo, prev.d)) y = prev.y;
  else if (behind) {
    const key = d != null ? `${mo}-${d}` : '';
    if (tense === 'future') y = Y + 1;
    else if (key && st.seen.has(key)) y = st.seen.get(key)!;
    // a run of coming dates that passes the year's end: "continues November 19th …; picks up February 7th"
    else if (tense !== 'past' && prev && prev.sentence === sentence && prev.ahead && prev.y === Y && calendarBefore(mo, d, prev.mo, prev.d)) y = Y + 1;
  }
  st.prev = { end, sentence, y, mo, d, ahead: y > Y || !behind, lineHead };
  if (d != null && y > Y) st.seen.set(`${mo}-${d}`, y);
  return y;
}

/**
 * The tense its clause gives a date: 'future' after a future marker with no past marker after that, or
 * after a deadline's preposition ("by January") in a clause with no past marker; 'past' after a past
 * marker ("said", "since"); else null.
 */
function tenseBefore(ctx: FigureContext, start: number, monthStart: number): 'future' | 'past' | null {
  const mk = ctx.F.tenseMarkers;
  if (!mk.future && !mk.past && !mk.deadline.size) return null;
  const si = ctx.sentences.at(start);
  const from = si >= 0 ? Math.min(ctx.sentences.starts[si], start) : 0;
  // (the clause: a semicolon parts two statements, "The next round starts in mid-December; no rain since mid-September")
  const full = ctx.text.slice(from, Math.max(start, monthStart));
  const head = full.slice(full.lastIndexOf(';') + 1);
  const lastIndex = (re: RegExp | null, s: string) => {
    if (!re) return -1;
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
    return at;
  };
  const past = lastIndex(mk.past, head);
  if (lastIndex(mk.future, head) > past) return 'future';
  if (past >= 0) return 'past';
  // "by January": the word before the month (inside the span or right before it)
  const prep = /([\p{L}]+)[\s\u00a0]*$/u.exec(ctx.text.slice(Math.max(from, monthStart - 20), monthStart));
  return prep && mk.deadline.has(prep[1].toLowerCase()) ? 'future' : null;
}

/** Whether a month word is a shortening of a longer one ("Jun" of "June"; not "May", "Mai", "mai"). */
function abbreviates(months: Map<string, number>, word: string): boolean {
  const lc = word.toLowerCase();
  const month = months.get(lc);
  for (const [name, n] of months) if (n === month && name.length > lc.length && name.startsWith(lc)) return true;
  return false;
}
