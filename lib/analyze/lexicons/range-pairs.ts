// The words that make two numbers one range come from one lexicon table, `rangePairs`: each entry an
// [opener, joiner] pair ("from … to", "vom … bis", "з … по"; an empty opener when the joiner alone
// makes the range: "18 to 24"), and the scope it holds in when not everywhere: 'days' (a range of
// days in one month only: "from 18 through 24 November", "5 по 7 жовтня") or 'numbers' (amounts,
// times and word ranges only: "de 5 à 7", where days take "du … au"). These views read it per use.
import type { Lexicon, RangePair } from './types';

/** Pairs with an opener that join two numbers ("from 4 to 9", "zwischen 5 und 7"). */
export function numberRangePairs(lex: Lexicon): RangePair[] {
  return lex.rangePairs.filter(([o, , scope]) => o && scope !== 'days');
}

/** Joiners that make a range without an opener ("25 to 30 times", "5 bis 7 Prozent"), lower-cased. */
export function rangeToWords(lex: Lexicon): Set<string> {
  return new Set(lex.rangePairs.filter(([o, , scope]) => !o && scope !== 'days').map(([, j]) => j.toLowerCase()));
}

/** Pairs that join two days of one month ("from 18 to 24 November", "du 2 au 4 juin", "18 to 24 November"). */
export function dayRangePairs(lex: Lexicon): RangePair[] {
  return lex.rangePairs.filter(([, , scope]) => scope !== 'numbers');
}
