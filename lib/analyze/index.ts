// Finds sources and figures in an article's plain text. Pure: text in, spans out (no DOM, no
// browser APIs), so the same code runs in the side panel, the `analyze` CLI and the tests.
// One context (tokens, sentences, quotations, links) is built per text; the source passes
// (./sources) and the figure passes (./figures) run over it; the words are in ./lexicons.
import type { TextLink } from '../extract/types';
import type { Analysis } from './types';
import { makeContext } from './context';
import { LEXICONS } from './lexicons';
import { findFigures } from './figures';
import { findSources } from './sources';
import { blankNonProse } from './prose';

export type { Analysis, SourceSpan, FigureSpan, SourceKind, FigureKind } from './types';
export { LEXICONS } from './lexicons';
export type { Lexicon } from './lexicons';

/**
 * The analyser's version. Stored next to every saved analysis (lib/db keeps the sources and
 * figures of each saved article): when this number changes, stored analyses are recomputed lazily.
 * Bump it with any change that alters analyzeText's output.
 */
export const ANALYZER_VERSION = 14; // 2: issue #9's rules (segmenter, passes, lexicon fields, table figures); 3: participle clauses, weak verbs closing a report, bracketed and "via" credits, mid-month dates; long ASCII runs are not prose, at most 1M characters read; 4: German prepositions open no source; 5: a linked cue is a link source of its own, credit labels after a modifier ("Main image credit:") — stored analyses lack these sources; 6: the generalisation rules of issue #9's last round (verb paradigms in all five languages, negation, verdicts, document and naming verbs, occasions and quoted outlets between name and verb, own-outlet links, agencies ending captions, mixed quotation marks, street words no longer eating figures; figures: scores, units joined by a hyphen, number-and-unit adjectives in ru/uk/de, quarters as adjectives, house numbers); 7: issue #9's fourth round (embedded-post signatures, credits alone on a line or after an initial, people by role, ages, home towns and short prepositional phrases set off, hearing bodies as listeners, reporting adverbs as link cues, judging verbs with 'as', 'said' after a name is a verb; figures: bare game scores (hyphen or colon; vote tallies kept), amounts without a number, 'one' where the sentence counts, 'Day 3' as a name, uk/ru 'two thirds'); 8: adverbs of frequency between a name and its verb ("The founder always argued"); 9: issue #9 batch 4 — a stop word as an adjective after an article ("according to a new report"), a brand's "!" ("E! News"), credits glued to a caption's last word or repeating a part of the page's slash credit, "Getty - Contributor", the agent of a document's participle ("obtained by Variety"), the source noun before a participle clause ("NASA scientists using a telescope … have confirmed"), more verbs of saying ("marveled", "hinted") and "recognized that", a name linked to a story on its own site in a reporting sentence ("a statement to Rolling Stone"), a second credit after a position ("Photos by A, left, and B/AP"), a name set off inside an apposition ("Prince Andrew, the … brother of heir to the British throne, Charles, has told"), the first of two subjects joined after its apposition ("Kurt Volker, the former envoy, and Tim Morrison … said"), the object of a causative verb before an infinitive of saying ("allowed Mosseri to claim that"), singular estimate and forecast cues in ru/uk/de ("по оценке", "за оцінкою", "nach Berechnungen"); 10: issue #9 batch 5 — editorial labels are no source ("Correction", "Editor's note", "Korrektur"), acts are no reports ("found and rescued her", "released the footage", "told him to …", "advises users to …"), a place after a preposition belongs to the name before it ("… of the Aberdeen Royal Infirmary in the UK told", "in Munich, Germany, and co-author …, said"), progressive cues ("are reporting"), ages as nouns ("The 56-year-old said", "Der 56-Jährige"), journals as sources (pass published-in), research subjects ("studies", "hints that", "in the words of"), "(NASA via AP, File)" credits, more role nouns and present-tense cues; figures: "type 2"/"group 2" as names, durations ("more than a year", "within a month", "a half-century"); and from the panel on untuned pages: a weekday after a journal's title, a lower-case "new" before a listed name, a document analysed by a document, a group named by its leader ("Paganini and his team wrote", pass led-groups); 11: issue #9 batch 6 — a document's topic is part of its name ("research into hibernation shows", "eine Studie über", lexicon topicPreps), a name set off after a described subject ("The company that runs the AMAs, Dick Clark Productions, denies", "Une revue spécialisée, Flight Global, a rapporté"), a plan presented ("The government has unveiled a plan", lexicon plannedNouns), a comma in an institution's fields ("Ministry of Trade, Industry and Energy"), a time before a verb that is also a noun ("The Wrap’s report today claims"), a capitalised noun of time ending a name ("Aviation Week"), "I" right before a verb is a pronoun subject ("That’s why I always say" listed "That’s why I"), the plural "tell" ("sources tell CNN"), a claim noun with its author before its clause ("Van Der Beek’s announcement that", "an earlier declaration by China's health chiefs that", pass claim-clauses, lexicon claimNouns), a link inside the claim a cue opens, wherever it points ("Deadline reports that … <a>R-rated Star Trek spin-off …</a>", pass claim-links), a causative's object before a bare content clause ("led the French manufacturer to announce it would"), a time between a document's participle and its agent ("released Tuesday by the Pew Research Center"), verbs of showing in uk/ru ("Дослідження показало, що", "Данные свидетельствуют"); figures: a publication's identifier after its label is no figure ("DOI: 10.1007/…", "ISBN", "УДК", lexicon identifierLabels), a model's variant is no range ("787-9", "A350-900"), times of day named by a word ("around midnight", "à minuit", lexicon clockWords), a proportion in digits ("3 in 10 adults", "3 sur 10", lexicon proportionLinks); and from the panel on untuned pages: an English sentence opening with its verb is an imperative, not an inverted speaker ("Expect the senator to …"), a personal pronoun after the head ends a name ("multiple people | I spoke to"), a contact clause after "according to" ("a document | Matthesen prepared"), a circumstance after a proper name ("Obama | in the call had confirmed"); 12: issue #9 batch 7 (narrowed after review) — figures: units glued to a number for storage, frequency, power and frame rate ("2.4GHz", "512GB", "96W", "24FPS"; "TB"/"GB"/"MB" apart from it only when no noun follows, so "500 TB cases" stays a count, lexicon nounlessUnits), a size in a product's name is no figure when the same "N-inch Name" recurs ("the 16-inch MacBook Pro", pass name-sizes, lexicon nameSizeUnits), "in May." leaves its full stop to the sentence, "1080p" is a video's resolution, not pence, a number after a product's name in mixed case is its model ("iPhone 11", "AirPods 2"); sources: adjectives between a possessive author and a claim noun ("Schiff’s astounding assertion that", "Mueller’s own congressional testimony that"), "that" as a relative pronoun right after a noun phrase ("a blog post that said", lexicon nounRelativeWords), a shop’s or affiliate’s link or product page, a home page named by its anchor ("Money 20/20 conference") and the site a syndicated piece first appeared on ("This article was originally published by Futurism", lexicons syndicationCues, syndicationPieces) back no claim, a description set off by dashes between a subject and its verb in English ("Peng Mei — project manager … — responded"; not the Russian/Ukrainian ", — заявил X", lexicon dashedDescriptions), a participle between a possessive noun and a noun is an adjective ("Epstein’s alleged sex trafficking ring"), a name describing a group told is no outlet ("told WeWork executives"), a link on a single noun that names no possible source is a term ("neo-banks"), beliefs, promises and confirmations with their clause ("have suspected that", "have promised that"; "swears" only before a clause, lexicon clauseOnlyVerbs), a compound joined by a hyphen is a noun of its last part ("The co-founders said", "The neo-banks", "экс-министр"; not "hard-headed"); 13 (one version: both landed together): a real-browser tour's errors — a page read from a copy (a file, a local server) has its canonical address's site and a domain spelling its site name as the outlet's own; paid, affiliate and click-tracking links are offers; a box label run into its sentence is cut off ("Summary Studies"); the people a study was done in are part of its name ("Another study in 38 people"); a listed name keeps its document noun after a quantifier or an adjective ("Another large study", not "Another large"); figures: a year-less date earlier in the year than the publication is in the next year when its clause marks the future ("set to expire in February", "by January"), the same day was put there before, or a run of coming dates goes on ("… picks up February 7th"; a list of tour dates); "25 to 30 times" is one range; table cells parted by a tab or a line never join into a range; reference lists "(10, 11)" and sections "401(k)" are no figures; and issue #9 batch 8 — a judging or naming verb whose object is a relative pronoun before its subject ("which astrobiologists regard as", "in what police called a …", pass relative-judges, lexicon objectRelatives, judgingVerbs), "eyewitness" and "astrobiologist" as source nouns, the outlet after a reporting verb, a comma and "via" ("Lynn said, via the Los Angeles Times", pass via-outlets, lexicon afterCuePreps), credits under a caption as a name, a comma and an agency ("Al Goldis, Associated Press", lexicon commaCreditAgencies) or as a caption ending "via" and a name ("… keyboard via iFixit"), idioms of protest, comment and warning as verbs of saying ("cried foul", "pointed it out", "chimed in", "sounded the alarm"), "that" as the subject of a relative clause between a source noun and its verb ("Organizations that seek to combat misinformation cried foul"); figures: an ordinal quarter with no year in a game's sentence is a period of play, not a date ("scoring 24 points in the third quarter for a 38-10 bulge", lexicon gameWords); and a source's listed name drops a lower-case description before its proper name ("CEO and president Craig Menear" → "Craig Menear"; kept whole with a tie word, joined names, an acronym role, a pronoun head; en and fr, lexicon descriptionTies); 14: issue #9 batch 9 (Readability.js's test pages) — credits: a bare agency in the parenthesis after a caption's last sentence ("… tourists. (Reuters)"), a second agency after a dash closing a slash credit ("Ashraf Shazly/Agence France-Presse — Getty Images"), a credit label without a colon in the parenthesis ending a line ("(Photo Prakash Mathema. AFP)"); sources: a passive's agent after its complement or a time ("described as “heartbreaking” by the conservation department", "was quoted as saying late Thursday by the Interfax news agency"), stances with their clause ("is concerned the laws would", "is adamant …", lexicon clauseOnlyVerbs; fr "considère qu’", "soulève notamment que", "craignent qu’"), a bare clause with a noun subject, a negative determiner names no one ("no group claimed", lexicon negativeDeterminers), a person's title opens the name of someone told, a listener ("told President Jacob Zuma", lexicon personTitles), a dotted abbreviation goes on into the name told ("the U.S. Senate", not "the U.S"), a time between an inverted verb and its subject ("a déclaré jeudi le ministre"), "divulged", "elders", fr "arguant"; links: an app store's page of an app is a product page; figures: a duration after a name is no part of it ("General Assembly 18 months ago"), a software version after its label is a name ("Update 5.3"), fr counts in -aine ("une quinzaine"); also in 14: a German passive around its clause has no speaker ("werden … mehr als 40.000 Besucher erwartet", lexicon passiveBracket), and name particles borrowed from other languages ("di", "del", "al") no longer make a short Italian page read as English (lexicon foreignParticles), and a text plainly in a language without a lexicon is named unread ("es": lexicons/unread.ts); batch 10 (more Readability.js test pages): credits after "©" and a syndication participle name the provider ("© Provided by Business Insider", "© Bereitgestellt von", "© Fourni par", lexicon creditMarks), three or more parts joined only by bars and no agency are a menu, not a credit, and a link that is an item of such a menu backs no claim ("Order Reprints | Today’s Paper | Subscribe"); sources: a capitalised month before a capitalised word opens a first name where only names are capitalised ("said Mar Hicks", "April Ryan said"; no date "April" either), an ambiguous verb before an infinitive marker and a bare word goes on or adds, it says nothing ("continued to program", "added to costs"), verbs of remembering report with their clause, also after a comma ("remembered that", "вспомнил, что", lexicon clauseOnlyVerbs), a document's words quoted after "reads"/"lautet"/"гласит" with the document as subject ("The tweet from Vulture magazine reads, “…”", lexicon docSubjectVerbs); figures: a number with a group separator is no house number before a street word ("19,000 lane miles"), fifths and tenths ("one-tenth", "ein Fünftel", "deux cinquièmes", "пятая часть", lexicon fractions)

export interface AnalyzeOptions {
  /** BCP 47 language of the article; decides number separators and lexicons. */
  lang?: string | null;
  /** Outbound links of the body (offsets into `text`). */
  links?: TextLink[];
  /**
   * Publication date (ISO 8601) of the article, if known: dates without a year ("1 October") get
   * its year in their `value`; without it their value is a year-less ISO form ("--10-01").
   */
  published?: string | null;
  /** The article's URL: a body link to another site on the words it backs is a source, one to the site itself is background. */
  url?: string | null;
  /** The page's canonical URL (`Article.canonicalUrl`): for a copy read from a file or a local server, its site is the outlet's. */
  canonicalUrl?: string | null;
  /** The outlet's name (`Article.siteName`): for such a copy, a link to the domain it spells is the outlet's own. */
  siteName?: string | null;
}

/**
 * Most characters of one text the analysis reads. News articles are far shorter (the longest of the
 * benchmark's 181 is 54,000 characters; a long read is about 100,000); a text beyond this is a book,
 * a dump or a page built to stall the panel (a 20 MB page took 8 s of analysis in Chromium). The
 * rest of the text is still shown and can be annotated; the Sources and Figures views say where the
 * reading stopped (`Analysis.analysedChars`).
 */
export const MAX_ANALYSED_CHARS = 1_000_000;

/** Where to stop reading a text longer than MAX_ANALYSED_CHARS: at a paragraph end, else a space. */
export function analysisEnd(text: string): number {
  if (text.length <= MAX_ANALYSED_CHARS) return text.length;
  const para = text.lastIndexOf('\n\n', MAX_ANALYSED_CHARS);
  if (para > MAX_ANALYSED_CHARS * 0.9) return para;
  const space = text.lastIndexOf(' ', MAX_ANALYSED_CHARS);
  return space > MAX_ANALYSED_CHARS * 0.9 ? space : MAX_ANALYSED_CHARS;
}

/**
 * The language a text the analysis could not place is declared in, when no lexicon has it ("ko");
 * "und" when none is declared. Null for a declared language that has a lexicon: a box score
 * declared English reads as no language (too few function words), yet it is not in another one.
 */
function unreadLanguage(declared: string | null | undefined): string | null {
  const base = (declared || '').toLowerCase().split(/[-_]/)[0];
  if (Object.hasOwn(LEXICONS, base)) return null;
  return base || 'und';
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  if (!text) return { sources: [], figures: [] };
  const end = analysisEnd(text);
  const read = end < text.length ? text.slice(0, end) : text;
  const prose = blankNonProse(read);
  const ctx = makeContext(prose, options);
  const analysis: Analysis = { sources: findSources(ctx), figures: findFigures(ctx) };
  if (end < text.length) analysis.analysedChars = end;
  const unread = ctx.sourcesKnown ? null : ctx.unreadLang ?? unreadLanguage(options.lang);
  if (unread) analysis.languageUnread = unread;
  if (prose === text) return analysis;
  // a span may end next to a blanked run: its text is always the article's own
  for (const span of [...analysis.sources, ...analysis.figures]) span.text = text.slice(span.start, span.end);
  return analysis;
}
