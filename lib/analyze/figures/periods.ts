// Pass: periods that are dates without a day — quarters ("Q3 2024", "the third quarter", "the
// December quarter", "im dritten Quartal", "у третьому кварталі"), half-years ("в первом полугодии"), decades ("the 1990s", "the '90s",
// "1990er Jahre", "les années 1990", "1990-ті") and centuries ("the 19th century", "19.
// Jahrhundert", "XIXe siècle", "XIX століття"). Words come from the lexicon.
import { alternation } from '../text';
import type { Lexicon } from '../lexicons';
import { before } from './context-words';
import { inGame } from './in-game';
import { SP } from './compile';
import { pushFigure, type FigureContext, type FigurePass } from './types';

interface PeriodRegexes {
  quarterKey: RegExp;
  centuryKey: RegExp;
  quarterCode: RegExp;
  quarterWord: RegExp | null;
  halfKey: RegExp;
  halfWord: RegExp | null;
  decade: RegExp | null;
  decadePrefix: RegExp | null;
  century: RegExp | null;
}
const cache = new Map<Lexicon, PeriodRegexes>();
const YEAR = '((?:1[89]|20)\\d\\d)';
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function compile(lex: Lexicon): PeriodRegexes {
  let r = cache.get(lex);
  if (r) return r;
  const months = alternation(Object.keys(lex.months));
  const ords = alternation(Object.keys(lex.quarterOrdinals));
  const qw = alternation(lex.quarterWords);
  const links = lex.periodLinks.length ? `(?:(?:${alternation(lex.periodLinks)})${SP}+)?` : '';
  const dets = lex.determiners.length ? `(?:(?:${alternation(lex.determiners)})${SP}+)?` : '';
  // (a decade after an indefinite article describes the noun after it, "a 1990s grunge band": the article is the noun's)
  const definite = lex.determiners.filter((d) => !lex.indefiniteArticles.includes(d));
  const decadeDets = definite.length ? `(?:(?:${alternation(definite)})${SP}+)?` : '';
  // "the fourteenth century": an ordinal in words (group 3)
  const centuryOrds = Object.keys(lex.centuryOrdinals).length ? `|(${alternation(Object.keys(lex.centuryOrdinals)).replace(/ /g, SP + '+')})` : '';
  r = {
    quarterKey: new RegExp(alternation(lex.quarterWords) || '(?!)', 'giu'),
    centuryKey: new RegExp(alternation(lex.centuryWords) || '(?!)', 'giu'),
    // "Q3", "Q3 2024", "Q3/2024", "H1 2025"
    quarterCode: new RegExp(`(?<![\\p{L}\\p{N}])([QH])([1-4])(?:${SP}?[/-]?${SP}?${YEAR})?(?![\\p{L}\\p{N}])`, 'gu'),
    // "the third quarter (of 2024)", "the December quarter", "im dritten Quartal 2024", and the
    // adjective "third-quarter earnings"
    quarterWord: qw ? new RegExp(`(?<![\\p{L}])${dets}(${ords}|${months}${lex.ordinalDotLeads.length ? '|[1-4]\\.' : ''})(?:${SP}+|-)(?:${qw})(?![\\p{L}])(?:${SP}+${links}${YEAR})?`, 'giu') : null,
    // "в первом полугодии", "im ersten Halbjahr", "au premier semestre" (with a year after it the years pass reads it whole, periodWords: "втором полугодии 2024 года")
    halfKey: new RegExp(alternation(lex.halfYearWords) || '(?!)', 'giu'),
    halfWord: lex.halfYearWords.length ? new RegExp(`(?<![\\p{L}])${dets}(${ords})${SP}+(?:${alternation(lex.halfYearWords)})(?![\\p{L}])(?!${SP}+${links}${YEAR})`, 'giu') : null,
    decade: lex.decadeSuffixes.length ? new RegExp(`(?<![\\p{L}\\p{N}])${decadeDets}(?:((?:1[0-9]|20)\\d0)|([’'])?(\\d0))(${alternation(lex.decadeSuffixes)})(?![\\p{L}\\p{N}])`, 'giu') : null,
    decadePrefix: lex.decadePrefixes.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(lex.decadePrefixes)})${SP}+((?:1[0-9]|20)?\\d0)(?![\\p{L}\\p{N}])`, 'giu') : null,
    century: lex.centuryWords.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])${dets}(?:(\\d{1,2})(?:st|nd|rd|th|\\.|e|-?й|-?го)?|([IVXL]{1,6})(?:e|-?й|-?го)?${centuryOrds})${SP}+(?:${alternation(lex.centuryWords)})(?![\\p{L}])`, 'giu')
      : null,
  };
  cache.set(lex, r);
  return r;
}

function roman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    n += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return n;
}

/**
 * Run `re` over the text, but only near the places `key` finds (the period word, a digit): the
 * full patterns start with look-behinds and long alternations that are slow to try at every offset.
 */
function each(ctx: FigureContext, re: RegExp | null, key: RegExp, f: (m: RegExpExecArray) => void): void {
  if (!re) return;
  const { text } = ctx;
  let done = 0;
  key.lastIndex = 0;
  for (let k = key.exec(text); k; k = key.exec(text)) {
    if (k.index < done) continue;
    // the window around the key, from a white-space boundary so that look-behinds see what they need
    let from = Math.max(done, k.index - WINDOW);
    while (from > done && !/\s/.test(text[from - 1])) from--;
    const to = Math.min(text.length, k.index + k[0].length + WINDOW);
    const part = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      // a match cut by the window's end is read again from the full text
      if (m.index + m[0].length === part.length && to < text.length) break;
      m.index += from;
      f(m);
      done = m.index + m[0].length;
    }
    done = Math.max(done, k.index + k[0].length);
    key.lastIndex = Math.max(key.lastIndex, done);
  }
}

// How far around a key word a period pattern may reach ("the third quarter of 2025").
const WINDOW = 48;

export const periods: FigurePass = {
  name: 'periods',
  run(ctx) {
    const { lex } = ctx;
    const R = compile(lex);
    const ordinals = new Map(Object.entries(lex.quarterOrdinals).map(([k, v]) => [k.toLowerCase(), v]));
    const months = new Map(Object.entries(lex.months).map(([k, v]) => [k.toLowerCase(), v]));
    each(ctx, R.quarterCode, /[QH][1-4]/g, (m) => {
      const value = `${m[3] ? `${m[3]}-` : ''}${m[1]}${m[2]}`;
      // "H1" alone is as often a chip or a visa as a half-year: only with its year
      if (m[1] === 'H' && (+m[2] > 2 || !m[3])) return;
      pushFigure(ctx, m.index, m.index + m[0].length, 'date', value);
    });
    each(ctx, R.quarterWord, R.quarterKey, (m) => {
      const w = m[1].toLowerCase();
      // "the December quarter" ends in that month; a month name must be capitalised where months are
      // ("im 3. Quartal": an ordinal in digits where ordinals are written so)
      const q = /^[1-4]\.$/.test(w) ? +w[0] : ordinals.get(w) ?? (months.has(w) && (!lex.capitalisedMonths || /^\p{Lu}/u.test(m[1])) ? Math.ceil(months.get(w)! / 3) : 0);
      if (!q) return;
      // "scoring 24 points in the third quarter for a 38-10 bulge": an ordinal quarter with no year in a game's sentence is a period of play
      if (!m[2] && ordinals.has(w) && inGame(ctx, m.index)) return;
      pushFigure(ctx, m.index, m.index + m[0].length, 'date', `${m[2] ? `${m[2]}-` : ''}Q${q}`);
    });
    each(ctx, R.halfWord, R.halfKey, (m) => {
      const h = ordinals.get(m[1].toLowerCase());
      if (h === 1 || h === 2) pushFigure(ctx, m.index, m.index + m[0].length, 'date', `H${h}`);
    });
    each(ctx, R.decade, /\d0(?!\d)/g, (m) => {
      // "the 50s" with a bare "s" is temperatures, ages or poll numbers as often as a decade: an amount
      // in tens, with no value; "die 90er Jahre", "у 90-х роках", "the '90s" name the decade
      // ("in seinen 40ern": with no article, where the language has articles, a two-digit decade is an age as often: no value either)
      if (m[1] == null && !m[2] && (m[4].toLowerCase() === 's' || (lex.determiners.length > 0 && !/^\p{L}/u.test(m[0])))) {
        pushFigure(ctx, m.index, m.index + m[0].length, 'count');
        return;
      }
      const y = m[1] ?? `19${m[3]}`;
      pushFigure(ctx, m.index, m.index + m[0].length, 'date', `${y}s`);
    });
    each(ctx, R.decadePrefix, /\d0(?!\d)/g, (m) => {
      const y = m[1].length === 2 ? `19${m[1]}` : m[1];
      pushFigure(ctx, m.index, m.index + m[0].length, 'date', `${y}s`);
    });
    each(ctx, R.century, R.centuryKey, (m) => {
      if (m[2] && m[2] !== m[2].toUpperCase()) return; // "vi century" is no Roman numeral
      // "20th Century Fox": a capitalised century word names something, unless "the" introduces it
      const word = m[0].slice(m[0].search(/\p{L}+$/u));
      if (!lex.capitalisedNouns && /^\p{Lu}/u.test(word) && !/^\p{L}/u.test(m[0])) return;
      // ("Twentieth Century Fox": with an ordinal in words, a capitalised century word names something)
      if (m[3] && !lex.capitalisedNouns && /^\p{Lu}/u.test(word)) return;
      // ("the club enters its second century", "a third century of play": an age, not an era; an era
      // takes a definite article or a date's preposition: "the fourteenth century", "im neunzehnten")
      if (m[3] && !eraOpening(ctx, m)) return;
      const n = m[1] ? Number(m[1]) : m[2] ? roman(m[2]) : lex.centuryOrdinals[m[3].toLowerCase().replace(/\s+/g, ' ')];
      if (!n || n > 21) return;
      // a Roman numeral needs capitals; an Arabic one an ordinal mark or a century word right after
      if (m[2] && /^\d/.test(before(ctx, m.index, 1))) return;
      pushFigure(ctx, m.index, m.index + m[0].length, 'date', `C${n}`);
    });
  },
};

/** Does a century match open on a definite article ("the", "du") or follow a date's preposition ("im", "в")? */
function eraOpening(ctx: FigureContext, m: RegExpExecArray): boolean {
  const lex = ctx.lex;
  const first = /^\p{L}+/u.exec(m[0])?.[0].toLowerCase();
  if (first && first !== m[3].split(/[\s-]/)[0].toLowerCase()) return lex.determiners.includes(first) && !lex.indefiniteArticles.includes(first);
  const prev = /(\p{L}+)[\s\u00a0]+$/u.exec(before(ctx, m.index, 16));
  return !!prev && lex.datePreps.includes(prev[1].toLowerCase());
}
