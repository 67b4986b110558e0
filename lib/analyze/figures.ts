// Figures: counts, money, percentages, ranges, measures and dates, with a normalised value and unit.
// A few precompiled regexes per language run once over the text (blocked ranges, dates, numbers,
// spelled-out numbers); each number is then extended in place with sticky regexes (range, scale,
// unit, rate) instead of one unreadable mega-pattern. Numbers that are part of names ("Boeing 737",
// "COVID-19", "G7", "Horizon 2020"), URLs, phone numbers, times and list markers are not figures.
import type { FigureSpan, FigureKind } from './types';
import type { Lexicon } from './lexicons';
import { alternation, PhraseMatcher, T, tokenize, type Token } from './text';

const SP = '[\\s\\u00a0\\u202f]';
// Nouns that make "<money> a <noun>" a rate ("$30 a tonne", "58 Euro im Monat", "300 рублей в месяц").
const RATE_NOUNS = ['year', 'month', 'week', 'day', 'night', 'hour', 'share', 'tonne', 'ton', 'barrel', 'head', 'litre', 'liter', 'kilo', 'person',
  'an', 'mois', 'jour', 'semaine', 'heure', 'litre', 'kilo', 'personne', 'Jahr', 'Monat', 'Tag', 'Woche', 'Stunde', 'Liter', 'Kopf',
  'год', 'месяц', 'день', 'сутки', 'час', 'рік', 'місяць', 'день', 'добу', 'годину', 'тонну', 'тонну', 'літр', 'литр'];

interface Compiled {
  lex: Lexicon;
  num: RegExp; // global
  numAt: RegExp; // sticky
  date: RegExp;
  year: RegExp;
  wordNum: RegExp | null;
  fraction: PhraseMatcher;
  numberWords: Map<string, number>;
  scaleAt: RegExp;
  scaleAttachedAt: RegExp;
  unitAt: RegExp;
  rateAt: RegExp;
  rangeSepAt: RegExp;
  hyphenUnitAt: RegExp;
  prefixCur: RegExp;
  datePrepBefore: RegExp;
  approxBefore: RegExp;
  countNounAt: RegExp;
  periodBefore: RegExp;
  yearWordAt: RegExp;
  unitMap: Map<string, { kind: 'money' | 'percent' | 'measure'; unit: string }>;
  scaleMap: Map<string, number>;
  monthMap: Map<string, number>;
  capMonths: boolean;
  lowerWords: Set<string>;
}

const cache = new Map<string, Compiled>();

function numPattern(fmt: 'en' | 'eu'): string {
  return fmt === 'en'
    ? '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?'
    : `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d.])|\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?(?![\\d])|\\d+\\.\\d{1,2}(?![\\d.])|\\d+(?:,\\d+)?`;
}

const CUR_SYMBOLS = ['US$', 'A$', 'C$', 'HK$', 'NZ$', 'S$', 'R$', '$', '€', '£', '¥', '₴', '₽', '₹', '¢'];
const CUR_CODE = /^[A-Z]{3}$/;

export function compileFigures(lang: string, lex: Lexicon): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const unitMap = new Map<string, { kind: 'money' | 'percent' | 'measure'; unit: string }>();
  for (const [k, v] of Object.entries(lex.units)) unitMap.set(k.toLowerCase(), { kind: 'measure', unit: v });
  for (const k of lex.percentWords) unitMap.set(k.toLowerCase(), { kind: 'percent', unit: '%' });
  for (const [k, v] of Object.entries(lex.currencies)) unitMap.set(k.toLowerCase(), { kind: 'money', unit: v });
  const scaleMap = new Map(Object.entries(lex.scales).map(([k, v]) => [k.toLowerCase(), v]));
  const monthMap = new Map(Object.entries(lex.months).map(([k, v]) => [k.toLowerCase(), v]));
  const months = alternation(Object.keys(lex.months));
  const N = numPattern(lex.numbers);
  const unitWords = [...unitMap.keys()];
  // Word-like units need a boundary after them; symbols (%, °C) do not.
  const unitAlt = alternation(unitWords);
  const capMonths = lex.numbers === 'en' || lang === 'de';
  const day = '(\\d{1,2})(?:\\.|er|st|nd|rd|th)?';
  const yr = '((?:1[89]|20)\\d\\d)';
  const mon = `(${months})\\.?`;
  const yw = lex.yearWords.length ? `(?:${SP}+(?:${alternation(lex.yearWords)})(?![\\p{L}]))?` : '';
  // ISO | d.m.yyyy | D Month [YYYY] | Month D[, YYYY] | Month[-Month] YYYY | Month
  const date = new RegExp(
    [
      `(?<![\\p{L}\\p{N}])(${'\\d{4}'})-(\\d{2})-(\\d{2})(?![\\p{N}])`,
      `(?<![\\p{L}\\p{N}.])(\\d{1,2})([./])(\\d{1,2})\\5(\\d{4})(?![\\p{N}])`,
      `(?<![\\p{L}\\p{N}.,])${day}${SP}+${mon}(?![\\p{L}])(?:,?${SP}+${yr}(?![\\p{N}])${yw})?`,
      lex.numbers === 'en'
        ? `(?<![\\p{L}\\p{N}])${mon}(?![\\p{L}])${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}.,]\\d|[\\p{N}\\p{L}%])(?:,?${SP}+${yr}(?![\\p{N}]))?`
        : '(?!)()()()',
      `(?<![\\p{L}\\p{N}])${mon}(?![\\p{L}])(?:${SP}+(?:bis|to|until|and|und|à|au|до|по)${SP}+${mon}(?![\\p{L}]))?(?:,?${SP}+${yr}(?![\\p{N}])${yw})?`,
    ].join('|'),
    'iuy',
  );
  const year = new RegExp(`(?<![\\p{L}\\p{N}.,'’/-])((?:1[89]|20)\\d\\d)(?:${SP}?[-–/]${SP}?(\\d{2}|(?:1[89]|20)\\d\\d))?(?![\\p{L}\\p{N}]|[.,]\\d)${yw}`, 'gu');
  const numWords = Object.keys(lex.numberWords);
  const wordNum = numWords.length ? new RegExp(`(${alternation(numWords)})(?=${SP}+\\p{L})`, 'uy') : null;
  const fraction = new PhraseMatcher(Object.keys(lex.fractions));
  const compiled: Compiled = {
    lex,
    num: new RegExp(N, 'g'),
    numAt: new RegExp(N, 'y'),
    date,
    year,
    wordNum,
    fraction,
    numberWords: new Map(numWords.map((w) => [w.toLowerCase(), lex.numberWords[w]])),
    scaleAt: new RegExp(`${SP}?(${alternation(Object.keys(lex.scales).filter((k) => k.length > 1 && k !== 'mn'))})(?:(?<=[’'])|(?![\\p{L}\\p{N}]))`, 'iuy'),
    scaleAttachedAt: new RegExp(`(mn|mln|bn|tn|trn|m|b|k)(?![\\p{L}\\p{N}])`, 'uy'),
    unitAt: new RegExp(`${SP}?(${unitAlt})(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}·])|(?<![\\p{L}\\p{N}]))`, 'iuy'),
    rateAt: new RegExp(`(?:${SP}(?:${alternation(lex.ratePreps)})${SP}|/)(?!\\d)([\\p{L}][\\p{L}·‑-]*)|${SP}(?:a|an|le|la|l’|l'|im|am|в|на|par)${SP}(${alternation(RATE_NOUNS)})(?![\\p{L}])`, 'iuy'),
    rangeSepAt: new RegExp(`${SP}?[-–—]${SP}?(?=[\\d$€£¥₴₽])`, 'uy'),
    hyphenUnitAt: /-(year|month|week|day|hour|minute|km|kilometre|kilometer|mile|metre|meter|tonne|kg|storey|acre|hectare)(?![\p{L}])/uy,
    prefixCur: new RegExp(`(?:(?<![\\p{L}])(${CUR_SYMBOLS.map((s) => s.replace(/\$/g, '\\$')).join('|')})|(?<![\\p{L}])([A-Z]{3}|Rs\\.?))${SP}?$`, 'u'),
    datePrepBefore: new RegExp(`(?<![\\p{L}])(${alternation(lex.datePreps)})${SP}+$`, 'iu'),
    approxBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.approximators)})${SP}+$`, 'iu'),
    countNounAt: new RegExp(`${SP}+(?:${alternation([...lex.countNouns, ...Object.keys(lex.scales), ...unitWords])})(?![\\p{L}])`, 'iuy'),
    periodBefore: new RegExp(`(?<![\\p{L}])((?:the${SP}+)?(?:${alternation(lex.periodWords)})(?:${SP}+of)?)${SP}+$`, 'iu'),
    yearWordAt: new RegExp(`${SP}+(?:${alternation(lex.yearWords.length ? lex.yearWords : ['\u0000'])})(?![\\p{L}])`, 'iuy'),
    unitMap,
    scaleMap,
    monthMap,
    capMonths,
    lowerWords: new Set([...lex.datePreps, ...lex.approximators, ...lex.stopWords, ...Object.keys(lex.months)].map((w) => w.toLowerCase())),
  };
  cache.set(lang, compiled);
  return compiled;
}

function parseNumber(s: string, fmt: 'en' | 'eu'): number {
  if (fmt === 'en') return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return Number(s.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.'));
}

const pad = (n: number) => String(n).padStart(2, '0');
function isoDate(y: number | null, m: number | null, d: number | null): string | undefined {
  if (m && (m < 1 || m > 12)) return undefined;
  if (d && (d < 1 || d > 31)) return undefined;
  if (y == null) return m ? `--${pad(m)}${d ? `-${pad(d)}` : ''}` : undefined;
  return `${y}${m ? `-${pad(m)}` : ''}${m && d ? `-${pad(d)}` : ''}`;
}

export interface FigureOptions {
  /** A year to complete dates without one ("1 October" → 2024-10-01), e.g. the publication year. */
  year?: number | null;
}

// Characters that are not figures even when they contain digits.
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”«»]+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// a domain is found from its top-level part, then widened back to the start of the name
const TLD_RE = /\.(?<=[\p{L}\p{N}]\.)(?:com|org|net|gov|edu|int|eu|ua|ru|de|fr|uk|io|info|test|co|ch|at|pl|by|kz)(?:\/[^\s]*)?(?![\p{L}\p{N}])/giu;
const PHONE_RE = /\+\d{1,3}(?:[\s\u00a0.-]?\(?\d{1,5}\)?){2,5}(?![\p{N}])|(?<![\p{L}\p{N}]|\p{N}[.,])(?:\+\d{1,3}[\s\u00a0./-]?)?\(?0\d{2,5}\)?[\s\u00a0./-]?\d{3,}(?:[\s\u00a0.-]\d{2,})*(?![\p{N}])/gu;
// times ("10:30", "17h30"), footnote and comment counters ("[3]", "(8)"), list numbering
const TIME_RE = /\d{1,2}(?::|h(?=\d\d))\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/giu;
const MARKER_RE = /[[(]\d{1,3}[\])]|\n\d{1,2}[.)](?=\s)/gu;

const NAME_CHAR = /[\p{L}&.'’-]/u;
const NAME_WORD_OK = /^(?:[\p{Ll}]|\p{Lu}\p{Ll}*$)/u;

export function findFigures(text: string, lang: string, lex: Lexicon, opts: FigureOptions = {}, tokens: Token[] = tokenize(text)): FigureSpan[] {
  const C = compileFigures(lang, lex);
  const fmt = lex.numbers;
  const n = text.length;
  const used = new Uint8Array(n);
  const mark = (a: number, b: number) => used.fill(1, a, b);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (used[i]) return false;
    return true;
  };
  for (const re of [URL_RE, EMAIL_RE, TLD_RE, PHONE_RE, TIME_RE, MARKER_RE]) {
    if (re === EMAIL_RE && !text.includes('@')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === TIME_RE && /\p{N}/u.test(text[m.index - 1] ?? '')) continue;
      if (re === TLD_RE) {
        let a = m.index;
        while (a > 0 && /[\p{L}\p{N}.-]/u.test(text[a - 1])) a--;
        mark(a, m.index + m[0].length);
        continue;
      }
      // a "phone" that is really a spaced thousands group ("180 000") or a lone year is left alone
      if (re === PHONE_RE && !/^[+(]|^0/.test(m[0])) continue;
      mark(m.index, m.index + m[0].length);
    }
  }
  const out: FigureSpan[] = [];
  const push = (start: number, end: number, kind: FigureKind, value?: FigureSpan['value'], unit?: string) => {
    if (end <= start || !free(start, end)) return;
    mark(start, end);
    const f: FigureSpan = { start, end, text: text.slice(start, end), kind };
    if (value !== undefined && !(typeof value === 'number' && Number.isNaN(value))) f.value = value;
    if (unit) f.unit = unit;
    out.push(f);
  };
  const before = (pos: number, len = 40) => text.slice(Math.max(0, pos - len), pos);
  const isSentenceStart = (pos: number) => {
    const b = before(pos, 4);
    return /(?:^|[.!?…:;"“”«»(—–-]\s*|\n\s*)$/u.test(b) || pos === 0;
  };
  /** The word right before `pos` (one space), if it is a capitalised name word: then the number belongs to a name. */
  const nameBefore = (pos: number): boolean => {
    const sp = pos - 1;
    if (sp < 1 || (text[sp] !== ' ' && text[sp] !== '\u00a0')) return false;
    let wb = sp;
    while (wb > 0 && sp - wb < 30 && NAME_CHAR.test(text[wb - 1])) wb--;
    const w = text.slice(wb, sp);
    if (!w || !/^\p{L}/u.test(w)) return false;
    const m = [text.slice(wb, pos)];
    if (!/^\p{Lu}/u.test(w)) return false;
    const lw = w.toLowerCase().replace(/[.’']$/, '');
    if (C.lowerWords.has(lw) || C.monthMap.has(lw) || C.unitMap.has(lw) || C.scaleMap.has(lw)) return false;
    if (CUR_CODE.test(w) && C.unitMap.get(lw)?.kind === 'money') return false;
    const wStart = pos - m[0].length;
    if (isSentenceStart(wStart)) return false;
    return NAME_WORD_OK.test(w) || /^[\p{Lu}\p{N}&]+$/u.test(w);
  };

  // 1. Dates with a month name, ISO and numeric dates.
  for (const tok of tokens) {
    if (tok.t !== T.Num && !(tok.t === T.Word && C.monthMap.has(tok.lc))) continue;
    if (used[tok.s]) continue;
    C.date.lastIndex = tok.s;
    const m = C.date.exec(text);
    if (!m) continue;
    let start = m.index;
    const end = m.index + m[0].length;
    let y: number | null = null;
    let mo: number | null = null;
    let d: number | null = null;
    let monthTok: string | undefined;
    if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
    else if (m[4]) {
      // d.m.yyyy, d/m/yyyy; m/d/yyyy in English when the first part cannot be a month
      [d, mo, y] = [+m[4], +m[6], +m[7]];
      if (fmt === 'en' && m[5] === '/' && mo <= 12 && d <= 12) [d, mo] = [mo, d];
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
      const raw = monthTok;
      mo = C.monthMap.get(raw.toLowerCase()) ?? null;
      if (!mo) continue;
      if (C.capMonths && !/^\p{Lu}/u.test(raw)) continue; // "may", "march" as words
      const bare = !y && !d;
      if (bare) {
        // an English "May"/"March" alone is too often a verb/noun; keep it only after a date word
        const prep = C.datePrepBefore.exec(before(start));
        if (prep) start -= prep[0].length;
        else if (raw.length <= 3 || (['may', 'march', 'mars'].includes(raw.toLowerCase()) && lang !== 'de')) continue;
      }
    }
    const value = isoDate(y ?? opts.year ?? null, mo, d);
    if (!value) continue;
    // "October." ends a sentence: the dot belongs to the month only when it is abbreviated
    const e2 = text[end - 1] === '.' && (monthTok?.length ?? 0) > 3 && /^(?:[\s\u00a0]+\p{Lu}|\s*$|\n)/u.test(text.slice(end, end + 3)) ? end - 1 : end;
    push(start, e2, 'date', value);
  }

  // 2. Years ("in 2023", "2024/25", "2022-23", "2025 року"), unless a quantity or part of a name.
  C.year.lastIndex = 0;
  for (let m = C.year.exec(text); m; m = C.year.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    if (!free(start, end)) continue;
    const after = text.slice(end, end + 30);
    C.countNounAt.lastIndex = 0;
    if (!m[2] && C.countNounAt.test(after)) continue;
    if (/^[\s\u00a0]?(?:%|[-–]\d)/u.test(after)) continue;
    const b = before(start);
    if (C.prefixCur.test(b) || C.approxBefore.test(b)) continue;
    const period = C.periodBefore.exec(b);
    if (!period && nameBefore(start)) continue;
    if (period) start -= period[0].length;
    else {
      const prep = C.datePrepBefore.exec(b);
      if (prep) start -= prep[0].length;
    }
    let value: string = m[1];
    if (m[2]) value = `${m[1]}/${m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]}`;
    push(start, end, 'date', value);
  }

  // 3. Numbers, extended to ranges, scales, units, currencies and rates.
  C.num.lastIndex = 0;
  for (let m = C.num.exec(text); m; m = C.num.exec(text)) {
    const ns = m.index;
    let ne = ns + m[0].length;
    if (!free(ns, ne)) continue;
    const prev = text[ns - 1] ?? ' ';
    const prev2 = text[ns - 2] ?? ' ';
    if (/[\p{N}.,]/u.test(prev) && !/\s/u.test(prev)) continue; // tail of another token
    let start = ns;
    let value = parseNumber(m[0], fmt);
    let unit: string | undefined;
    let kind: FigureKind = 'count';
    // currency before ("$", "US$", "DKK ", "€")
    const b = before(ns, 8);
    const cur = C.prefixCur.exec(b);
    let curCode: string | undefined;
    if (cur) {
      const sym = cur[1] || cur[2];
      const code = C.unitMap.get(sym.toLowerCase());
      if (code?.kind === 'money' || cur[1]) {
        curCode = code?.unit ?? (sym === '$' ? 'USD' : sym);
        start = ns - cur[0].length;
      }
    }
    if (!curCode && (/[\p{L}]/u.test(prev) || (/[-‑]/.test(prev) && /[\p{L}]/u.test(prev2)))) continue; // G7, COVID-19, Ту-95
    if (!curCode && nameBefore(ns)) continue; // Boeing 737, CAC 40, NHS 111
    // sign
    let sign = 1;
    if (!curCode && /[-−]/.test(prev) && /[\s(]/.test(prev2)) {
      start = ns - 1;
      sign = -1;
    }
    // range
    let hi: number | null = null;
    const tryAt = (re: RegExp, pos: number) => {
      re.lastIndex = pos;
      return re.exec(text);
    };
    let r = tryAt(C.rangeSepAt, ne);
    if (r) {
      let p2 = ne + r[0].length;
      const c2 = /^(?:US\$|\$|€|£|¥|₴|₽)/.exec(text.slice(p2, p2 + 3));
      if (c2) p2 += c2[0].length;
      const m2 = tryAt(C.numAt, p2);
      if (m2 && !/^(?:1[89]|20)\d\d$/.test(m[0])) {
        hi = parseNumber(m2[0], fmt);
        ne = p2 + m2[0].length;
      }
    }
    // scale
    let scale = 1;
    let sm = curCode ? tryAt(C.scaleAttachedAt, ne) : null;
    if (!sm) sm = tryAt(C.scaleAt, ne);
    if (sm) {
      scale = C.scaleMap.get(sm[1].toLowerCase()) ?? { mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12, m: 1e6, b: 1e9, k: 1e3 }[sm[1]] ?? 1;
      ne += sm[0].length;
    }
    // unit / currency / percent
    const um = tryAt(C.unitAt, ne);
    if (um) {
      const u = C.unitMap.get(um[1].toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' '));
      // a bare single letter ("p" for pence) only when attached to the number
      if (u && !(/^\p{L}$/u.test(um[1]) && um[0].length > 1)) {
        if (u.kind === 'money') curCode = curCode ?? u.unit;
        else {
          kind = u.kind;
          unit = u.unit;
        }
        ne += um[0].length;
      }
    } else {
      const hm = tryAt(C.hyphenUnitAt, ne);
      if (hm && !curCode) {
        kind = 'measure';
        unit = C.unitMap.get(hm[1] + 's')?.unit ?? hm[1];
        ne += hm[0].length;
      }
    }
    // a letter glued to the number that is no unit: an ordinal or a model name ("5G", "2nd")
    if (/[\p{L}]/u.test(text[ne] ?? '') && ne === ns + m[0].length) continue;
    if (curCode) {
      kind = 'money';
      unit = curCode;
      const rm = tryAt(C.rateAt, ne);
      if (rm) {
        unit = `${curCode}/${(rm[1] || rm[2]).toLowerCase()}`;
        ne += rm[0].length;
      }
    }
    // bare 4-digit years were handled above; a 4-digit year-like number without unit here is a count
    const lo = sign * value * scale;
    const v: FigureSpan['value'] = hi != null ? [lo, hi * scale] : lo;
    if (hi != null && kind !== 'money') {
      kind = 'range';
    } else if (hi != null && kind === 'money') {
      kind = 'range';
    }
    push(start, ne, kind, v, unit);
  }

  // 4. Spelled-out numbers and fractions ("two former engineers", "fünf Monate", "ein Viertel").
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.t !== T.Word) continue;
    const flen = C.fraction.at(tokens, i);
    if (flen) {
      const end = tokens[i + flen - 1].e;
      const pct = lex.fractions[text.slice(tok.s, end).toLowerCase().replace(/[\s\u00a0]+/g, ' ')];
      if (pct != null) push(tok.s, end, 'percent', pct, '%');
      continue;
    }
    const val = C.numberWords.get(tok.lc);
    if (val == null || !C.wordNum) continue;
    const prevCh = text[tok.s - 1] ?? ' ';
    if (prevCh === '-' || /[\p{L}\p{N}]/u.test(prevCh)) continue;
    C.wordNum.lastIndex = tok.s;
    const m = C.wordNum.exec(text);
    if (!m) continue;
    const raw = m[1];
    if (lang !== 'de' && tok.cap && !isSentenceStart(tok.s)) continue;
    if (lang === 'de' && tok.cap) continue;
    let end = tok.s + raw.length;
    let kind: FigureKind = 'count';
    let unit: string | undefined;
    C.unitAt.lastIndex = end;
    const um = C.unitAt.exec(text);
    if (um) {
      const u = C.unitMap.get(um[1].toLowerCase());
      if (u && u.kind === 'measure') {
        kind = 'measure';
        unit = u.unit;
        end += um[0].length;
      }
    }
    push(tok.s, end, kind, val, unit);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
