// Clock times in words that French, Russian and Ukrainian build their own way: "à huit heures et demie",
// "midi et quart", "в половине девятого" (8:30: half of the ninth hour), "без четверти девять", "в 9 утра",
// "о пів на дев'яту", "о восьмій годині". clock-phrases.ts reads the English and German pattern (a fraction, a
// direction, an hour); these forms put an ordinal hour, a preposition or a part of the day where that pattern
// has none, so they are templates in the lexicon (`clockForms`), compiled here into one regex. Before, the hour
// of most was read as a duration ("huit heures", 8 h) or as a count ("9" in "в 9 утра").
import type { DayPart, Lexicon } from '../lexicons';
import { alternation, anyOf, startsWith, type WordTest } from '../text';
import { isFree, pushFigure, type FigureContext } from './types';

const WS = '[\\s\\u00a0]+';
// White space inside a look-behind, bounded (see clock-phrases.ts: an unbounded run read backwards was quadratic).
const WS_BACK = '[\\s\\u00a0]{1,4}';
// A clause ends after the time: a punctuation mark or the end of the text ("à deux heures de Paris" goes on).
const CLAUSE_END = /^[\s\u00a0]{0,4}(?:[,.;:!?)”"’»]|$)/u;
const END = '(?![\\p{L}\\p{N}])';
const DIGIT_HOUR = '(?:[01]?\\d|2[0-4])(?![.,:]\\d)';

interface Compiled {
  re: RegExp;
  /** Whether a text holds a word every match of some form needs: one plain search before the regex's scan. */
  hint: WordTest;
  lex: Lexicon;
  dayParts: Map<string, DayPart>;
}

const cache = new Map<Lexicon, Compiled | null>();

/** Words as an alternation; an apostrophe matches either apostrophe, a space any white space. */
function words(ws: Iterable<string>): string {
  return alternation(ws).replace(/['’ʼ]/g, "['’ʼ]").replace(/\\? /g, WS);
}

/** The regex of one slot of a template (`{P}`, `{H:…}`) in form `i`, with its named group. */
function slot(lex: Lexicon, name: string, inline: string | undefined, i: number): string {
  const f = lex.clockForms;
  const list = (all: Iterable<string>) => (inline ? inline.split('|') : [...all]);
  switch (name) {
    case 'P':
      return `(?<=(?<![\\p{L}])(?:${words(list(f.preps))})${WS_BACK})`;
    case 'H':
      return `(?<h${i}>${words(list(Object.keys(f.hours)))}${Object.keys(f.hours).length ? '|' : ''}${DIGIT_HOUR})`;
    case 'O':
      return `(?<o${i}>${words(list(Object.keys(f.ordinalHours)))})`;
    case 'N':
      return `(?<n${i}>${words(list(Object.keys(lex.clockWords)))})`;
    case 'M':
      return `(?<m${i}>${words(list(Object.keys(f.minutes)))}|[1-5]?\\d)`;
    case 'D':
      return `(?<d${i}>${words(list(Object.keys(f.dayParts)))})`;
  }
  throw new Error(`clockForms: unknown slot {${name}}`);
}

/** The regex of template `i`: its slots and words, with an optional part of the day after it. */
function formRegex(lex: Lexicon, template: string, i: number): string {
  const tokens = template.split(' ');
  const parts = tokens.map((t) => {
    const s = /^\{([PHONMD])(?::(.+))?\}$/u.exec(t);
    return s ? slot(lex, s[1], s[2], i) : `(?:${words(t.split('|'))})`;
  });
  // the preposition is a look-behind: no space after it
  const body = parts[0].startsWith('(?<=') ? parts[0] + parts.slice(1).join(WS) : parts.join(WS);
  const tail = template.includes('{D') || !Object.keys(lex.clockForms.dayParts).length ? '' : `(?:${WS}${slot(lex, 'D', undefined, i)})?`;
  return `(?<f${i}>${body}${tail}${END})`;
}

/** A word as the lower-cased text may write it: with any apostrophe. */
function spellings(w: string): string[] {
  const c = w.toLowerCase();
  return /['’ʼ]/.test(c) ? ["'", '’', 'ʼ'].map((a) => c.replace(/['’ʼ]/g, a)) : [c];
}

/** The words one of which every match of the form holds: a word of its own, else its hour's, part of the day's or named time's. */
function neededWords(lex: Lexicon, template: string): string[] {
  const f = lex.clockForms;
  const tokens = template.split(' ');
  const word = tokens.find((w) => !w.startsWith('{'));
  if (word) return word.split('|');
  const s = tokens.map((w) => /^\{([OND])(?::(.+))?\}$/u.exec(w)).find(Boolean);
  // (a form of hours and minutes alone, in digits too, needs nothing: it is always scanned)
  if (!s) return [''];
  return s[2] ? s[2].split('|') : Object.keys({ O: f.ordinalHours, N: lex.clockWords, D: f.dayParts }[s[1] as 'O' | 'N' | 'D']);
}

/** The words a form's first word after its preposition may be (digits are added apart). */
function firstWords(lex: Lexicon, template: string): string[] {
  const f = lex.clockForms;
  const t = template.split(' ').find((w) => !w.startsWith('{P'))!;
  const s = /^\{([HONMD])(?::(.+))?\}$/u.exec(t);
  if (!s) return t.split('|');
  if (s[2]) return s[2].split('|');
  return Object.keys({ H: f.hours, O: f.ordinalHours, N: lex.clockWords, M: f.minutes, D: f.dayParts }[s[1]]!);
}

function compile(lex: Lexicon): Compiled | null {
  if (cache.has(lex)) return cache.get(lex)!;
  const forms = lex.clockForms.forms;
  // (a look-ahead for the first characters: the regex fails at once where no form can start, see `startsWith`)
  const lead = startsWith(forms.flatMap(([t]) => firstWords(lex, t)), '0-9');
  const c = forms.length
    ? {
        re: new RegExp(`${lead}(?<![\\p{L}\\p{N}])(?:${forms.map(([t], i) => formRegex(lex, t, i)).join('|')})`, 'giu'),
        lex,
        hint: forms.some(([t]) => neededWords(lex, t).includes('')) ? { test: () => true } : anyOf(forms.flatMap(([t]) => neededWords(lex, t)).flatMap(spellings)),
        dayParts: new Map(Object.entries(lex.clockForms.dayParts).map(([w, p]) => [w.toLowerCase().replace(/[’ʼ]/g, "'"), p])),
      }
    : null;
  cache.set(lex, c);
  return c;
}

const key = (w: string) => w.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[\s\u00a0]+/g, ' ');

/** The hour (0–23) a part of the day makes of `h`: "8 du soir" is 20, "2 ночи" 2 but "11 ночи" 23, "12 утра" 0. */
function withDayPart(h: number, part: DayPart | undefined): number {
  if (!part) return h;
  if (part === 'afternoon' || part === 'evening') return h < 12 ? h + 12 : h;
  if (part === 'night') return h === 12 ? 0 : h >= 9 && h < 12 ? h + 12 : h;
  return h === 12 ? 0 : h;
}

/** "HH:MM" of form `i` matched with groups `g`, or null when it names no time. */
function timeOf(c: Compiled, i: number, g: Record<string, string | undefined>): string | null {
  const f = c.lex.clockForms;
  const lookup = (map: Record<string, number>, w: string) => {
    const hit = Object.entries(map).find(([k]) => key(k) === key(w));
    return hit ? hit[1] : Number(w);
  };
  const named = g[`n${i}`] ? c.lex.clockWords[Object.keys(c.lex.clockWords).find((k) => key(k) === key(g[`n${i}`]!))!] : undefined;
  const hour = g[`h${i}`] ? lookup(f.hours, g[`h${i}`]!) : g[`o${i}`] ? lookup(f.ordinalHours, g[`o${i}`]!) : named ? Number(named.slice(0, 2)) : 0;
  const [, mins, when] = f.forms[i];
  const m = g[`m${i}`] ? lookup(f.minutes, g[`m${i}`]!) : 0;
  // a count of minutes before the hour is in fives up to the half hour ("moins dix", "без десяти")
  if (mins === '-M' && !(m >= 5 && m <= 30 && m % 5 === 0)) return null;
  if (!(hour >= 0 && hour <= 24)) return null;
  let total = (hour * 60 + (mins === 'M' ? m : mins === '-M' ? -m : mins) + 1440) % 1440;
  const d = g[`d${i}`];
  const part = d ? c.dayParts.get(key(d)) : undefined;
  if (when === 'end' && !part && !g.end) return null;
  total = withDayPart(Math.floor(total / 60), part) * 60 + (total % 60);
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** List the clock times of the lexicon's forms (kind date, "HH:MM"), where no earlier pass has read. */
export function clockForms(ctx: FigureContext): void {
  const c = compile(ctx.lex);
  // most texts name no clock time in words: a plain search spares the regex its scan; in the lower-cased text, as the
  // regex ignores case ("À DIX HEURES ET DEMIE"); once per analysis (the times pass calls this once)
  if (!c || !c.hint.test(ctx.text.toLowerCase())) return;
  c.re.lastIndex = 0;
  for (let m = c.re.exec(ctx.text); m; m = c.re.exec(ctx.text)) {
    const end = m.index + m[0].length;
    const i = c.lex.clockForms.forms.findIndex((_, k) => m!.groups![`f${k}`] !== undefined);
    const groups = { ...m.groups!, end: CLAUSE_END.test(ctx.text.slice(end, end + 8)) ? '1' : undefined };
    const v = isFree(ctx, m.index, end) ? timeOf(c, i, groups) : null;
    if (v) pushFigure(ctx, m.index, end, 'date', v);
  }
}
