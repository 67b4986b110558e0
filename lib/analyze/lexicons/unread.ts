// Frequent function words of languages Gloss has no lexicon for, so that the language check can tell
// "written in a language we cannot read" from "written in ours": Spanish shares "que", "en", "y" and
// "un" with French, and a Spanish page (la-nacion, no language declared) was read as French — its
// sources looked for with French verbs, and the panel said "No sources found" instead of naming the
// language. Only words that are in none of our lexicons' function-word lists count (the check
// ignores the others), so each list holds words its language uses often and ours never do.
// The check compares counts (a few "come" or "no" in an English text never outweigh its "the" and
// "of"), yet a word that is common in one of ours is left out all the same ("ще" is Ukrainian too).
// Data, not rules: adding a language we cannot read is one entry here.
export const UNREAD_FUNCTION_WORDS: Record<string, string[]> = {
  es: ['el', 'los', 'las', 'del', 'por', 'para', 'con', 'una', 'más', 'pero', 'como', 'su', 'sus', 'este', 'esta', 'fue', 'según', 'también', 'entre', 'muy', 'sobre', 'hasta', 'desde', 'sin', 'ya', 'porque', 'cuando', 'donde'],
  it: ['che', 'della', 'dello', 'delle', 'degli', 'nel', 'nella', 'alla', 'alle', 'gli', 'per', 'non', 'sono', 'anche', 'questo', 'questa', 'dei', 'più', 'ma', 'come', 'stato', 'essere', 'hanno', 'tra', 'sulla', 'dalla'],
  pt: ['os', 'não', 'com', 'uma', 'para', 'do', 'da', 'em', 'no', 'na', 'dos', 'das', 'pelo', 'pela', 'mais', 'foi', 'ao', 'às', 'seu', 'sua', 'também', 'já', 'muito', 'quando', 'isso', 'este', 'esta'],
  nl: ['het', 'een', 'niet', 'zijn', 'wordt', 'worden', 'ook', 'maar', 'nog', 'bij', 'naar', 'uit', 'dat', 'deze', 'wel', 'hij', 'zij', 'heeft', 'hebben', 'werd', 'tegen', 'volgens', 'omdat'],
  pl: ['się', 'nie', 'jest', 'że', 'na', 'do', 'jak', 'ale', 'od', 'przez', 'przy', 'oraz', 'już', 'jego', 'jej', 'są', 'był', 'była', 'było', 'który', 'która', 'które', 'także', 'tylko'],
  bg: ['че', 'са', 'като', 'които', 'който', 'която', 'това', 'тази', 'този', 'беше', 'бяха', 'също', 'според', 'във', 'със'],
};

/**
 * Languages without a lexicon that write decimals with a comma and group thousands with a dot or a space
 * ("17.000 orang", "1,5 milioni"): their numbers are read that way (context.ts numberFormat), not as English, when
 * the text's own numbers do not tell. Not 'es': Latin America writes "17,000 personas" (Spain "17.000").
 */
export const COMMA_DECIMAL: ReadonlySet<string> = new Set(['it', 'pt', 'nl', 'pl', 'bg', 'id', 'tr', 'da', 'nb', 'nn', 'no', 'ro', 'hr', 'sl', 'sr', 'cs', 'sk', 'hu', 'fi', 'sv', 'el', 'vi', 'lt', 'lv', 'et', 'ca']);
