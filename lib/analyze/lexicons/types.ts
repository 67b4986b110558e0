// The shape of one language's lexicon: plain data (word lists and maps), no logic, so a new
// language or a missing word is a data edit. Words are matched case-insensitively on word
// boundaries; multi-word entries are matched with any white space (also U+00A0) between words.

/** [opener ('' for none), joiner, scope: where the pair holds when not everywhere]. */
export type RangePair = readonly [opener: string, joiner: string, scope?: 'days' | 'numbers'];

export interface Lexicon {
  /** Number format: "en" = 1,234.5 ; "eu" = 1.234,5 or 1 234,5. */
  numbers: 'en' | 'eu';
  /** Month names, abbreviations and inflected forms → month number (1–12). */
  months: Record<string, number>;
  /** Words before a bare month or year that belong to the date span ("in May", "since 2003"). */
  datePreps: string[];
  /**
   * The words of datePreps that name a part of the period rather than lead to it ("early", "mid-", "Ende",
   * "fin", "наприкінці"): they stay with a year ("early 2020", "Ende 2024"), while a plain preposition
   * does not ("in 2015" is labelled "2015": a date with a year drops its preposition).
   */
  yearPeriodPreps: string[];
  /** Words after a year that belong to it ("року", "году"). */
  yearWords: string[];
  /** Words for parts of a year that make a date with a following year ("first quarter of"). */
  periodWords: string[];
  /** Multipliers after a number ("million", "bn", "млн"). */
  scales: Record<string, number>;
  /** Currency symbols, codes and words → ISO 4217. */
  currencies: Record<string, string>;
  /** Words meaning per cent after a number. */
  percentWords: string[];
  /** Units of measure → normalised unit. */
  units: Record<string, string>;
  /**
   * Units written in one case only, matched as written → normalised unit: "PS" (metric horsepower),
   * "Nm" (newton-metres), where the lower-case letters are another unit ("nm": a nanometre) or none; "ms"
   * (milliseconds) in lower case only, as "MS" is multiple sclerosis and "Ms." a title.
   */
  caseUnits: Record<string, string>;
  /** Keys of `caseUnits` read only glued to the number or after a hyphen ("12MP", "12-MP"): spaced, the letters are a word of their own ("400 MP candidates"). */
  gluedUnits: string[];
  /**
   * Scales and currencies the language's norm writes without a dot ("млн", "млрд", "грн"), though some outlets add
   * one: a dot after them that closes the sentence is the full stop, not part of the figure ("4,2 млрд грн." →
   * "4,2 млрд грн"; figures/abbreviation-stops.ts). Lower case. Empty where the short forms take their dot ("Mrd.", "тыс.").
   */
  dotlessAbbreviations: string[];
  /**
   * A capital letter glued to an amount that names its currency → ISO 4217, read only with a scale
   * ("N500m") or thousands groups ("N50,000"), since the letter and digits are as often a name ("N95").
   */
  letterCurrencies: Record<string, string>;
  /** Spelled-out cardinal numbers (from two up) → value. */
  numberWords: Record<string, number>;
  /** Fractions spelled out → percent ("ein Viertel" → 25). */
  fractions: Record<string, number>;
  /** Words joining spelled-out numbers ("twenty and five"? "fünfundzwanzig": "und"). */
  numberJoiners: string[];
  /** Articles that make a scale a number ("a million", "eine Million"). */
  scaleArticles: string[];
  /**
   * Scale words that name one of their scale on their own, where the language has no article for it ("мільярд доларів",
   * "миллион человек", "тысячу рублей"): singular forms only, read only where no number stands before them.
   */
  loneScales: string[];
  /** Words after a number that add a half to it where the language says so without "and a" ("два с половиной миллиона" = 2.5 million). */
  numberHalves: string[];
  /** Number words are written as one compound word ("fünfundzwanzig", "zweihundert"). */
  compoundNumbers: boolean;
  /**
   * Number prefixes of adjectives written as one word with their unit ("двух" in "двухдневный",
   * "zwei" in "zweitägige") → the number; with `unitStems`. Empty where a hyphen joins them ("two-day").
   */
  numberPrefixes?: Record<string, number>;
  /** Unit stems after such a prefix ("дневн" → "d", "jährig" → "yr"). */
  unitStems?: Record<string, string>;
  /**
   * Quantities spelled out as phrases → their value ("a dozen" → 12, "half a million" → 500000). A
   * vague one ("tens of thousands", "several hundred": with a plural scale or a vague quantifier) is
   * listed without a value (figures/vague-amounts.ts, isVagueAmount); its number here is unused.
   */
  approxQuantities: Record<string, number>;
  /**
   * A span of years said as a phrase with its article → its years ("a quarter of a century" → 25, "ein
   * Vierteljahrhundert", "un demi-siècle", "четверть века", "півстоліття"): one duration, a measure in years,
   * not a share and a century apart.
   */
  yearSpans: Record<string, number>;
  /** Words for the sign below zero before a temperature ("minus", "moins", "минус"): part of the figure, its value negative (figures/signs.ts). */
  minusWords: string[];
  /** What stands before a minus word in a tolerance ("plus or minus 3 degrees", "плюс-минус", "±"), lower case: then the word is no sign. */
  plusMinusWords: string[];
  /**
   * Ordinal number words, all their cases, → their value ("пятом" → 5, "сорокового" → 40, "двухтысячного"
   * → 2000): the last word of a year spelled out before a year word ("в тысяча девятьсот сорок пятом году"
   * is 1945), and of a compound ordinal, which is no count ("на сорок пятой минуте", "у двадцять першому столітті").
   * Empty where a year is spelled with cardinals ("nineteen forty-five").
   */
  yearOrdinals: Record<string, number>;
  /**
   * The hundreds of a year said in two numbers ("nineteen forty-five", "eighteen twelve"), to their value: the first
   * word of such a year, before a number from ten to ninety-nine (figures/spelled.ts pairedYear). Empty where years
   * are not said so ("neunzehnhundert…", "mille neuf cent…" are numbers of their own).
   */
  yearHundreds: Record<string, number>;
  /**
   * A single unit of time with its article ("a year", "a month", "ein Jahr"), to its unit: a duration
   * only after a lead of `durationLeads` ("more than a year", "within a month", "after a year") and
   * not before a word of `relativeTimeWords` ("a year ago", "a year later" date an event).
   */
  durationSpans: Record<string, string>;
  durationLeads: string[];
  relativeTimeWords: string[];
  /** The number one as a word ("one", "один", "одна"): a count before a noun; empty where it is also the article ("ein", "un"). */
  oneWords: string[];
  /** Words before "one" that make it a count ("only one", "лише одна"), besides the approximators. */
  oneLimiters: string[];
  /** Words after "one" that make it a pronoun or an idiom ("one of", "one another", "one way"); also not a count after them ("every one"). */
  oneExclusions: string[];
  /** Plural scale words that make an amount without a number before a unit or currency ("billions" of dollars, "Milliarden" Euro); such an amount has no value. */
  pluralScales: Record<string, number>;
  /** Vague quantifiers that make an amount before a scale or a unit of measure ("several" million dollars, "mehrere" Tonnen). */
  vagueQuantifiers: string[];
  /** Words linking an amount in words to its unit ("billions of dollars", "des milliards d’euros"); empty where the unit follows directly. */
  quantityLinks: string[];
  /** Words of a multiple ("twice", "doubled", "вдвічі") → factor. */
  multipliers: Record<string, number>;
  /** Multiples that are a figure only before one of `multiplierFollowers` ("double the number", "triple that figure"; "a double room" is none). */
  multipliersBeforeDeterminer: Record<string, number>;
  /** The determiners, demonstratives and possessives after which those multiples are a figure. */
  multiplierFollowers: string[];
  /** Words after a multiple that make it an idiom, no figure ("doubled down"). */
  multiplierIdioms: string[];
  /** Nouns right before a number word that make the two a name, no count ("a figure eight": a shape), lower case; absent: none. */
  numberNameHeads?: string[];
  /** Superlatives after an amount noun that make it a rank, no count ("десятка лучших": the top ten), lower case; absent: none. */
  rankAfterAmounts?: string[];
  /** Unit words that are money or a measure by context ("pounds": GBP, or lb of weight) → the measure unit. */
  ambiguousUnits: Record<string, string>;
  /**
   * Unit words that, set apart from their number, count only when no noun follows ("1 TB of storage",
   * not "500 TB cases": tuberculosis); glued ("512GB") they always count. Lower case.
   */
  nounlessUnits: string[];
  /** Words that make an ambiguous unit money when its sentence has one ("paid", "worth", "cost"). */
  moneyWords: string[];
  /** Words after a clock time ("a.m.", "Uhr", "h"). */
  clockSuffixes: string[];
  /** Separators between hours and minutes (":", "." in "14.30 Uhr", "h" in "18h30"). */
  clockSeparators: string[];
  /** Times of day named by a word ("midnight", "noon", "Mitternacht", "minuit", "опівночі"), as written (case matters: "Midnight Oil" is a name) → "HH:MM". */
  clockWords: Record<string, string>;
  /**
   * Clock times in words (see figures/clock-phrases.ts): the words for past and to ("past", "nach"; "to", "vor"),
   * the fractions of an hour with their minutes ("half": 30, "a quarter": 15, "Viertel": 15), the words of time a
   * minute count must follow ("at five to eight"), the word of minutes ("minutes"), the half before an hour
   * ("halb acht" = 7:30) and the word after an hour ("o'clock", "Uhr"). Absent: none read.
   */
  clockPhrases?: { past: string[]; to: string[]; fractions: Record<string, number>; preps: string[]; minuteWords: string[]; halfBefore: string[]; oclock: string[] };
  /**
   * Clock times in words built the language's own way (see figures/clock-forms.ts): "à huit heures et demie", "в
   * половине девятого", "о пів на дев'яту", "о восьмій годині". `forms` are templates, words apart by a space, "a|b"
   * for either word, and slots: `{P}` one of `preps` (or `{P:a|b}` one of those), said before the time and left out
   * of the figure, it must come first; `{H}` an hour (`hours`, or digits up to 24); `{O}` an hour as an ordinal
   * (`ordinalHours`: "девятого" = 9); `{N}` a time named by a word (`clockWords`: "midi"); `{M}` a minute count
   * (`minutes`); `{D}` a part of the day (`dayParts`, or `{D:a|b}` one of those). Each form gives its minutes from
   * the hour (a number, "M" or "-M" for the minute count) and when it is a time: 'sure' always, 'end' only when it
   * ends its clause or a part of the day follows ("à deux heures de Paris" is a distance). A part of the day may
   * follow any form ("du soir", "вечера": 12 hours later). Empty: none read.
   */
  clockForms: {
    forms: Array<[template: string, minutes: number | 'M' | '-M', when: 'sure' | 'end']>;
    preps: string[];
    hours: Record<string, number>;
    ordinalHours: Record<string, number>;
    minutes: Record<string, number>;
    dayParts: Record<string, DayPart>;
  };
  /**
   * Words naming a ratio written like a clock ("a 1:24 scale model", "at a scale of 1:50", "im Maßstab 1:24"):
   * next to one, "H:MM" is no time of day.
   */
  ratioWords: string[];
  /** The word for a quarter of a year ("quarter", "Quartal", "квартал"). */
  quarterWords: string[];
  /**
   * Nouns of a half-year, read after an ordinal of quarterOrdinals as a date like a quarter ("в первом полугодии",
   * "im ersten Halbjahr", "au premier semestre"; figures/periods.ts), lower case. Empty where the word for half is as
   * often a game's ("the first half").
   */
  halfYearWords: string[];
  /** Ordinals before it → quarter number ("third" → 3). */
  quarterOrdinals: Record<string, number>;
  /** Endings that make a decade of a year ("1990s", "1990er", "1990-ті"). */
  decadeSuffixes: string[];
  /** Words before a year that make it a decade ("années 1990"). */
  decadePrefixes: string[];
  /** Words for a century after an ordinal or Roman numeral ("19th century", "XIXe siècle"). */
  centuryWords: string[];
  /** Ordinals in words before a century word, with their number ("the fourteenth century", "im neunzehnten Jahrhundert"). */
  centuryOrdinals: Record<string, number>;
  /** Words before a number that make it a reference, not a quantity ("Section 230", "ч. 4", "Art. 5"). */
  referenceWords: string[];
  /**
   * Reference words in the plural ("junctions", "Sections", "статтями"): before two numbers joined by the language's
   * "and" (andWords) both are references ("between junctions 4 and 5"). Before one number alone a plural may be a noun
   * before a count ("auf beiden Seiten 30 Verletzte"), and after a singular reference the second may be a count ("Typ 2
   * und 12 Ärzte", "page 12 and 40 people").
   */
  referencePlurals: string[];
  /** Emergency phone numbers ("911", "112"): not a figure next to a word of calling. */
  emergencyNumbers: string[];
  /**
   * Short service numbers that are not emergencies ("101" for the police in Britain, "NHS 111", "116117", "1545"):
   * no figure after a word of calling ("call 101", "call police on 101") — only after it, since before one they
   * may be a count ("received 101 calls").
   */
  serviceNumbers: string[];
  /**
   * Prepositions that set a phone number after a word of calling and its addressee ("call police on 101", "die
   * Polizei unter 110 anrufen" is read the other way): "<calling word> <one or two words> <preposition> <number>".
   */
  phonePreps: string[];
  /**
   * The word for "and" between two numbers that are one thing: the parts of a duration ("four years and eight
   * months", "drei Jahren und sechs Monaten") and a second number after a reference word ("junctions 4 and 5",
   * "статті 5 і 6").
   */
  andWords: string[];
  /** The word joining two digits into a device's kind ("3-in-1 charger", "2-in-1-Laptop", "3-en-1", "2-в-1"): a product's type, no figure. */
  comboJoiners: string[];
  /** Words of calling that make an emergency number next to them a phone number ("911 calls", "Notruf 112"). */
  phoneWords: string[];
  /** Labels of an identifier ("DOI", "ISBN", "PMID", "УДК", a post box: "P.O. Box", "Postfach"), as written: the identifier after one ("DOI: 10.1007/978-3-319-09575-2_199-1", "P.O. Box 69440") is no figure. */
  identifierLabels: string[];
  /** Street words: a number before "Third Street" or after "rue" is an address. */
  streetWords: string[];
  /** Nouns after "N-M" that make it a game's score, not a range ("a 4-1 win", "ein 2:0-Sieg"). */
  /**
   * Words of a game (optional): a quarter with no year in a sentence with one of them or with a game's score is
   * a period of play, not a date ("scoring 24 points in the third quarter for a 38-10 bulge", "trailed at halftime").
   */
  gameWords?: string[];
  scoreWords: string[];
  /** Words of voting that make "N-M" a tally of votes, not a game's score ("passed 52-48", "a 5-4 ruling"). */
  tallyWords: string[];
  /**
   * The [opener, joiner] pairs that make two numbers one range ("from 4 to 9", "от 4 до 9", "zwischen 5 und 7",
   * "vom 18. bis 24. November"); an empty opener when the joiner alone makes it ("25 to 30 times", "5 bis 7
   * Prozent", "18 to 24 November"; "and" only with its opener: "on 18 and 24 November" is two days). A third
   * element limits a pair to ranges of days in one month ('days') or to every other range ('numbers');
   * range-pairs.ts reads the views.
   */
  rangePairs: RangePair[];
  /** Words joining two numbers of a proportion ("3 in 10 adults", "3 out of 10", "drei von zehn" in digits, "3 sur 10", "3 з 10", "3 из 10"): one figure, a share. */
  proportionLinks: string[];
  /** Words after a money amount that make it a rate ("per share", "je Liter"). */
  ratePreps: string[];
  /** Articles that make "<money> <article> <rate noun>" a rate ("$30 a tonne", "1,68 euro le litre"). */
  rateArticles: string[];
  /** Nouns of such a rate ("year", "Monat", "litre", "місяць"). */
  rateNouns: string[];
  /** Scales written right after a currency amount, without a space ("$1.2bn", "£750mn", "$300M"; case matters: "M" after a currency is a million). */
  attachedScales: Record<string, number>;
  /** Units joined to a number by a hyphen ("10-year", "5-km"). */
  hyphenUnits: string[];
  /**
   * Stems of adjectives of measure joined to a number by a hyphen, declined ("34-jähriger", "12-monatigen",
   * "34-летний", "10-річного"), and the unit each gives (optional): an age or a span, a measure, not a count.
   */
  hyphenUnitStems?: Record<string, string>;
  /**
   * Nouns that, joined to a number by a hyphen, name a kind of thing by its make-up ("a four-cylinder
   * engine", "a four-door sedan", "five-spoke wheels", "a 6-speed gearbox"): the name of a kind, as
   * "type 2" is, not a count. Empty where such adjectives are one word ("Vierzylinder").
   */
  configurationNouns: string[];
  /**
   * Hyphen units that size a product in its name ("the 16-inch MacBook Pro", "a 65-inch Samsung TV"):
   * before a capitalised word the size is part of the name, not a figure. Empty where every noun is
   * capitalised (German) or the size follows the name ("MacBook Pro de 16 pouces").
   */
  nameSizeUnits: string[];
  /** Words joining two months of a range ("May to July", "Mai bis Juli"). */
  rangeWords: string[];
  /** Words after a period word before a year ("first quarter of 2025"). */
  periodLinks: string[];
  /** Dates are written month first ("September 12, 2024"; "9/12/2024" is September 12). */
  monthBeforeDay: boolean;
  /** Month names are capitalised, so a lower-case one is another word ("may", "march"). */
  capitalisedMonths: boolean;
  /** Month names that are usually another word: a date only with a preposition or a day ("May", "mars"). */
  ambiguousMonths: string[];
  /**
   * Words after which a number with a dot and a word after it is an ordinal, no figure ("der 1. FC Köln",
   * "zum 5. Mal", "nach dem 2. Weltkrieg"): languages that write ordinals as "5." (German). Empty elsewhere.
   */
  ordinalDotLeads: string[];
  /**
   * Capitalised articles and pronouns that open a sentence, as written ("Der", "Die", "Er", "Am"): after "10.000." one
   * makes the dot the sentence's end, not an ordinal's ("übertraf die 10.000. Der Veranstalter …"); empty where
   * ordinalDotLeads is.
   */
  sentenceOpeners: string[];

  /** Reporting verbs and verb phrases: the source is the subject, before or after the verb. */
  speechVerbs: string[];
  /**
   * Separable reporting verbs, [finite form, particle] lower case: a cue only with its particle closing the clause
   * ("wirft dem Mann Betrug vor", "wies darauf hin, dass", "hob hervor"; "wirft einen Ball" reports nothing; pass
   * cues, separable-cues.ts). Empty where verbs keep their particles.
   */
  separableCues: Array<readonly [verb: string, particle: string]>;
  /** Reporting participles opening a clause after a comma ("…, saying …", "…, заявив …"): the source is the main clause's subject. */
  participleCues: string[];
  /**
   * Participles of naming and describing after a comma (pass participle-clauses): "X responded with
   * anger, calling it a betrayal", ", describing the plan as reckless", ", назвав рішення «ганебним»".
   * They report for the sentence's subject only with the name they give: a quotation, a complement
   * word (`complementWords`) or, after an object pronoun of `namedObjects`, a word ("calling them
   * liars"); "…, calling the police" is an act.
   */
  namingParticiples: string[];
  /** Object pronouns a naming participle names ("calling it", "назвав його"): the name may follow bare. */
  namedObjects: string[];
  /** Idioms that start like a naming and name nothing ("calling it a day", "calling it quits"): no report. */
  namingIdioms: string[];
  /** Participles after a document that report for it ("data pointing to", "a study showing", "une étude montrant"). */
  docParticiples: string[];
  /** Words that make a complement verb report when its object is followed by one ("described the call as improper"). */
  complementWords: string[];
  /** Weak verbs that report with an object and a complement word ("described … as", "bezeichnete … als"). */
  complementVerbs: string[];
  /**
   * Words after a complement word that make it an idiom, no complement ("see the show as part of the festival", "as
   * well", "as soon as", "comme prévu", "как минимум", "як і"): the verb reports only with another complement word.
   */
  complementIdioms: string[];
  /**
   * Relative pronouns that stand for the object of a judging or naming verb, and the verbs (optional;
   * with `complementVerbs` and `namingVerbs`): in "Europa, which astrobiologists regard as one of the
   * best bets" and "in what host Tom Bergeron described as the hardest verdict" the subject between the
   * pronoun and the verb judges the thing the pronoun stands for: a source (pass relative-judges).
   */
  objectRelatives?: string[];
  judgingVerbs?: string[];
  /**
   * Prepositions that credit the outlet a statement was taken from only right after a reporting verb
   * and a comma (optional): "Lynn said, via the Los Angeles Times." — elsewhere "via" is a channel
   * ("tickets via Live Nation") (pass via-outlets).
   */
  afterCuePreps?: string[];
  /** Reporting participles that end a clause ("hatte … aufgerufen"): the subject opens the clause. */
  finalCues: string[];
  /** Words after a comma that still belong to the name before it ("Dräger, Inc.", "Kennedy, Jr."). */
  nameSuffixes: string[];
  /** Words opening a clause whose subject comes first and its reporting verb last ("wie das Landesamt am Mittwoch mitteilte"). */
  asClause: string[];
  /** Prepositions that are a cue before a document ("nach einem Bericht des DWD", "nach den Prognosen"). */
  docPreps: string[];
  /** Prepositional cues: the source follows ("according to", "laut", "за даними"). */
  accordingTo: string[];
  /** Prepositional cues that name the source only at a sentence's end, after a comma or quotation (optional): ", so der Minister." */
  closingCues?: string[];
  /** Prepositional cues written after their source (optional): "dem Landesamt zufolge". */
  postpositions?: string[];
  /** Impersonal plural cues followed by "in/at X" ("сообщили в X", "повідомили у X"). */
  impersonal: string[];
  /** Prepositions introducing X in an impersonal cue ("в", "у"). */
  impersonalPreps: string[];
  /**
   * Prepositions whose object is never the subject of a verb (optional; languages whose clauses end
   * with their verb need it): "welche Informationen er mit Ärzten teilt" — "Ärzten" is the object
   * of "mit", not who "teilt"; "sieht abseits von der Datenfreigabe … vor" — no name follows "abseits".
   */
  objectPreps?: string[];
  /**
   * Prepositions that open a fronted phrase before a subject written without a comma ("В Москве министр
   * заявил", "Prior to launch Google promised"): the phrase's object is not part of the subject. Empty where
   * the verb comes second after a fronted phrase (German).
   */
  frontedPreps: string[];
  /**
   * Words opening an absolute phrase with a reporting participle ("…, with Audi suggesting that …"): the
   * name between them and the participle reports. Empty where the construction does not exist.
   */
  withWords: string[];
  /**
   * Idioms of wording that report only in a clause opened by an as-word (`asWords`): "As Gaiman put it, …", "wie Müller es
   * formulierte", "comme le formule X", "как выразился X" (pass as-idioms). Elsewhere they are acts ("put it on the table").
   */
  asIdioms: string[];
  /**
   * Nouns of wording after a possessive author inside a preposition's phrase (pass wording-possessives: "in Tyler
   * Cowen’s words", "in the mayor’s phrase"), and that preposition (`wordingPreps`: "in"); empty where the language
   * writes the author after the noun ("selon les mots de", "mit den Worten von": accordingTo) or in a case ending.
   */
  wordingNouns: string[];
  /**
   * Past participles of naming or describing (pass naming-agents): with a quotation or an as-phrase of what
   * the thing was called and an agent after it ("Called a “violent rhythm game” by its creators, …"), the agent
   * is the source. Empty where the agent comes in a case of its own (Russian, Ukrainian) or before the participle.
   */
  namedParticiples: string[];
  wordingPreps: string[];
  /**
   * Verbs of writing that write a work as often as they report ("George R.R. Martin wrote A Song of Ice and Fire",
   * "the team that wrote the software"): with an object that is no document and no clause after it, an act (cues.ts
   * workWritten). Empty where the word after the verb is as often its subject (verb-second and free word order:
   * "schrieb der Minister", "écrit le ministre", "написал министр").
   */
  writingVerbs: string[];
  /**
   * Verbs of writing (lower case, every form read as a cue) that make an act with an object of `writtenActObjects` in
   * their clause: "Der Konzern schreibt rote Zahlen", "hat einen Verlust geschrieben", "hat Geschichte geschrieben"
   * (pass cues, writtenAct). Empty: none read.
   */
  writtenActVerbs: string[];
  /** Nouns that, as the object of a verb of `writtenActVerbs`, make it an act, lower case ("zahlen", "verlust", "geschichte"). */
  writtenActObjects: string[];
  /**
   * Prepositions before a reporting gerund that tells how the subject acted ("Obama inserted himself into the race by
   * warning candidates that …", "en affirmant que …"): the gerund reports for the sentence's subject, as after a comma
   * (pass participle-clauses). Empty where the language has no such gerund.
   */
  gerundPreps: string[];
  /** Words opening such a clause ("as", "wie", "comme", "как", "як"), lower case. */
  asWords: string[];
  /**
   * Object pronouns that are never possessives ("him", "them", not "her"): one inside a phrase read back from
   * a verb ends it; followed by a verb, it makes the phrase the subject of an embedded clause, no source
   * ("the call made him realize Giuliani and the president believed").
   */
  objectPronouns: string[];
  /**
   * Prepositions that attach a place or an institution to the noun before them ("Owen Dempsey of the
   * Aberdeen Royal Infirmary in the UK told", "police in Texas said"): the phrase after one is no
   * subject; the subject is the noun before it, read with the phrase.
   */
  nounPreps: string[];
  /**
   * Articles an outlet after a told verb may take (optional; where the outlet is marked by its case):
   * "sagte dem Wirtschaftsblatt" (dative) but not "bestätigte den Einsatz" (an object).
   */
  outletArticles?: string[];
  /**
   * Common nouns of an outlet, lower case: they make "told the <noun>" a source ("tells the paper"), and where nouns
   * are capitalised a lower-case agency name after one (or a compound ending in one) is its name ("die
   * Nachrichtenagentur dpa"). A listener the labelled pages treat as audience stays one ("sagte der Zeitung",
   * "рассказал изданию": lexicon `audience`).
   */
  outletNouns: string[];
  /** "X told <outlet>", "sagte dem <Blatt>": the outlet after the verb is a source too. */
  toldVerbs: string[];
  /**
   * Whether case marks an outlet spoken to standing between a told verb and its speaker ("сообщил ТАСС
   * источник", "розповів Укрінформу речник"): then the two are split (pass told-splits). Off where that
   * order is one name ("said Goldman Sachs analyst Jan Hatzius").
   */
  outletBeforeSpeaker: boolean;
  /**
   * Endings of the lower-case adjectives an institution's name goes on with after its capitalised head,
   * before "de/des" and a common noun ("l’Organisation mondiale de la santé", "l’Institut national de la
   * statistique"), so that the name is read whole before its verb; with any ending listed, "la Cour des
   * comptes" (a common noun after a capitalised head and "des") is read whole too. French; empty where a
   * lower-case word after a name starts something else.
   */
  nameAdjectiveEndings: string[];
  /** Adverbs that mark a claim as reported by others ("reportedly", "angeblich", "нібито"): a link on one is a link source. */
  reportingAdverbs: string[];
  /**
   * Sentence adverbs of stance and linking ("perhaps", "however", "vielleicht", "peut-être", "возможно", "можливо"):
   * they open or join a clause but never a noun phrase, so a source's name never starts with one. Lower case.
   */
  stanceAdverbs: string[];
  /**
   * Nouns of a news story ("story", "article", "op-ed", "Artikel", "tribune", "статья", "стаття", with their
   * inflected forms): a link on one to a page of another site cites that outlet's story. Lower case.
   */
  storyNouns: string[];
  /**
   * Prepositions after a credit label that name who passed the picture on ("Image via Getty Images", "Photo via
   * Twitter"): the credit follows, as after `agentPreps` ("Photo by …"). Lower case.
   */
  creditVias: string[];
  /**
   * Words of a syndication note ("This article was originally published by <a>Futurism</a>"): the
   * site linked on its line published the article first, so its links are the outlet's own. Lower case.
   */
  syndicationCues: string[];
  /**
   * Words of a syndication note naming the piece itself ("this article", "dieser Beitrag"): only such a note,
   * or one in the text's last lines, marks the linked site as the first publisher ("The findings were
   * originally published in Nature" cites Nature). Lower case.
   */
  syndicationPieces: string[];
  /**
   * Titles of a person, lower case, without a final dot (optional): a capitalised name after a told verb
   * that opens with one is the person told, a listener, not an outlet ("told President Jacob Zuma",
   * "sagte Ministerpräsident …"); also the listener of "told the U.S. Senate" is read to its end first.
   */
  personTitles?: string[];
  /** Bodies that hear an account, as written in a name after a told verb ("the Intelligence Committee", "dem Untersuchungsausschuss"): listeners, not outlets. */
  hearingBodies: string[];
  /** The infinitive's marker before a reporting verb ("to" in "allowed Mosseri to claim"); empty where the rule is not used. */
  infinitiveMarkers: string[];
  /** Verbs whose infinitive after a reporting verb makes it a passive of hearsay, no report ("The county said to be the poorest", "a man believed to have fled"); absent: none. */
  passiveInfinitives?: string[];
  /**
   * Verbs and predicates whose subject speaks through the reporting verb in their infinitive, before its
   * marker ("went on" in "went on to say that", "was quick to point out", "beeilte sich zu betonen"):
   * only those that tell the report took place (not "declined", "plans", "expected"). Empty where the
   * lexicon's reporting verbs have no infinitive after a marker (fr, ru, uk: "a tenu à rappeler",
   * "поспешил заявить" — their cue lists hold finite forms).
   */
  controlVerbs: string[];
  /**
   * Verbs that make their object do what the infinitive says ("allowed Mosseri to claim that …",
   * "prompted some Twitter users to argue that …"): that object is the speaker. Verbs of asking
   * ("asked him to confirm") are left out: the asked one may not speak.
   */
  /** Reporting verbs with other senses ("swore in the president", "swore an oath") that report only before a clause ("swore that …", "swears he has …"). */
  clauseOnlyVerbs: string[];
  /**
   * Of the clauseOnlyVerbs, those whose object is often a noun after a demonstrative that spells like the clause
   * word ("held that seat for decades", "held that lead"): their clause must open with a determiner, a pronoun, a
   * capitalised word or a number ("The courts have held that the law …", "held that it applies").
   */
  holdingVerbs: string[];
  causativeVerbs: string[];
  /** Verbs of telling that give an instruction with an object and an infinitive ("told him to get rid of", "were told by WeWork to sign"): not a report. */
  directiveVerbs: string[];
  /**
   * Verbs of answering that report nothing when a thing follows their preposition of means (optional; with
   * `answerPreps`): "police responded with tear gas", "a minority of protesters have responded with violence"
   * are acts; "responded with a statement", "replied with a quotation" report (a document word or a quotation
   * after the preposition).
   */
  answerVerbs?: string[];
  /** The preposition of means after a verb of answering ("with", "mit", "par"). */
  answerPreps?: string[];
  /** "WIRED spoke to <one mother>": the person after the verb is the source (not the subject). */
  interviewVerbs: string[];
  /**
   * Verbs of voice and command that report only beside a quotation ('“Don’t get nervous,” instructed Milton
   * Velez', 'Velez shouted: “…”'); elsewhere they are acts ("ordered an inquiry", "begged for food").
   */
  quoteVerbs: string[];
  /** Listeners that are not sources ("reporters", "журналистам"). */
  audience: string[];
  /** Negations right before a reporting verb: "did not say", "cannot explain", "не сообщил" report nothing. */
  negations: string[];
  /**
   * Negative determiners and pronouns that open a phrase naming no one (optional): "Although no group
   * claimed responsibility", "kein Verband bestätigte", "aucun responsable n’a confirmé" — no source.
   */
  negativeDeterminers?: string[];
  /** Words of a verdict after a verb of judging ("found him guilty", "признал виновными"): an act, not a claim. */
  verdictWords: string[];
  /**
   * Verbs that report only with a document as their subject and its words right after them, behind a colon, a comma or
   * a quotation mark ("The statement read: “…”", "The tweet from Vulture magazine reads, “…”", "Die Erklärung lautet: „…“",
   * "Документ гласит: «…»"): "read the statement", "the report read like a novel" report nothing.
   */
  docSubjectVerbs: string[];
  /**
   * Verbs of identifying, ranking and listing that report only with a document as their subject, whatever follows them
   * ("The plan identifies three threats", "The report, which compares …, ranks ReactJS at the top", "Der Bericht benennt
   * drei Risiken", "Le rapport recense …", "Доклад выделяет …"): a person or a police force that identifies someone acts.
   */
  docFindingVerbs: string[];
  /** Verbs that report only with a document as their object ("released two critical reports", "опубликовало доклад"); listed as reporting verbs too. */
  docVerbs: string[];
  /**
   * What a document verb may present besides a document, lower case: a plan and its kin ("unveiled a plan",
   * "legte einen Fahrplan vor", "a présenté une feuille de route", "представив стратегію"): the presenter
   * states what will be done. Only as such an object; elsewhere they are no document nouns.
   */
  plannedNouns: string[];
  /** Pictures and recordings ("footage", "video", "Aufnahmen"): releasing one is an act, not a report, so they are no object of a `docVerbs` verb (as a subject, "Video footage shows", they are documents). */
  mediaNouns: string[];
  /** Indefinite articles: after a naming verb's object they open its complement ("called the decision a landmark judgment"). */
  indefiniteArticles: string[];
  /** Verbs that report only with a quotation after their object ("called the plan “a disaster”", "назвал решение «ошибкой»"). */
  namingVerbs: string[];
  /** Personal pronouns: never a source, and a subject that stands for someone named before. */
  personalPronouns: string[];
  /** Plural pronouns whose source may be the previous sentence's subject ("They found"). */
  pluralPronouns: string[];
  /**
   * Singular personal pronouns of a person in the subject's case ("he", "she"): as a reporting verb's
   * subject ("“…,” she said", "sagte er") they stand for the one person named just before (pass
   * pronoun-speakers), never a source themselves.
   */
  speakerPronouns: string[];
  /**
   * Subordinating conjunctions opening an adverbial clause, lower case ("after", "when", "because", "nachdem",
   * "quand", "когда", "коли"): a pronoun before one is the subject of that clause, not of the sentence's
   * main clause (pass pronoun-speakers: "After he landed, Senator John Smith met reporters").
   */
  subordinators: string[];
  /**
   * Endings that join a subject pronoun to its inverted verb in an incise ("explique-t-elle", "a-t-il
   * déclaré"; pass inverted-pronouns). Empty where the pronoun after the verb is a word of its own
   * ("sagte er", "сказал он", "said he": pronoun-speakers reads those).
   */
  invertedPronounSuffixes: string[];
  /** Verbs that are speech only when they close the clause ("…, he added." vs "added 40% to costs"). */
  ambiguousVerbs: string[];
  /** Words that open a clause after a verb ("that", "dass", "що") or join clauses ("and"). */
  clauseWords: string[];
  /** Words joining two verbs of one subject ("and", "und", "і"): "X is … and has accused …" reports for X. */
  coordinators: string[];
  /** Relative pronouns opening a clause after a name (", who …,"). */
  relativeWords: string[];
  /**
   * Words that are a relative pronoun only between a noun phrase and its verb ("a blog post that said",
   * "a memo that says"), a conjunction elsewhere ("said that …").
   */
  nounRelativeWords: string[];
  /** Endings of a past tense that ends a name read forward ("analysed"). */
  pastTenseEndings: string[];
  /** Endings of a participle that opens a clause after a name (", analyzing …,"). */
  participleEndings: string[];
  /**
   * Endings of a past participle that, right after an object's noun and without an auxiliary, describes that
   * noun (a reduced passive relative: "cancelled its project first announced in 2017", "a annulé son projet
   * annoncé en 2017"); empty where such a participle is no form of a reporting cue (German puts it before the
   * noun, Russian and Ukrainian have their own participle forms).
   */
  reducedRelativeEndings: string[];
  /**
   * Forms of "believe" that, before a person and no clause, mean trusting them ("the manager believed the waitress, who
   * said …"): nothing is reported. Empty where the phrase after the verb may as well be its subject ("Das glaubte der
   * Minister") or where no such form is a cue.
   */
  trustVerbs: string[];
  /**
   * Cues of sharing with a listener, whose clause follows the listener ("Hazama shared with AutoIndustriya.com that …",
   * "поделился с журналистами тем, что …"); they report only with that clause. Empty where the language's own cue
   * already covers it ("teilte der Zeitung mit, dass", "a confié à … que").
   */
  sharedCues: string[];
  /**
   * Verbs of emphasis ("emphasizes", "souligne", "підкреслює") that, with only a noun after them and no clause,
   * report only for a subject that names someone or a document: "the Master Builder Series sets emphasizes
   * playability" describes a product.
   */
  focusVerbs: string[];
  /**
   * Words joining two subjects into one ("he and his wife Kali explained", "er und seine Frau"): a pronoun joined so
   * to a named subject belongs to it, and the source is the whole pair, as the gold labels "Paganini and his team".
   */
  pairWords: string[];
  /**
   * Endings of a noun's plural, read only off a word whose stem is itself a source noun ("supporters" is "supporter"
   * + "s"): a plural role before a coordinator names a group, not a second title of the name after it ("Trump
   * supporters and former adviser Steve Bannon"); empty: no such reading.
   */
  pluralEndings: string[];
  /**
   * Endings of the name of a field of knowledge, lower case ("neuroscience", "psychology", "economics"): such
   * a word opening its sentence as a verb of saying's subject speaks for its researchers ("Neuroscience tells us
   * that …"), where another abstract noun ("Experience tells us that …") names nobody.
   */
  disciplineEndings: string[];
  /**
   * Endings of a plural noun naming people by what they do, lower case ("advertisers", "programmers", "economists",
   * "libertarians", "participants"): such a noun heading a verb of saying's subject names who reports
   * ("Some advertisers claim that …") though no source noun lists it (./sources/agent-subjects.ts).
   */
  agentNounEndings: string[];
  /** Verbs of indicating that things do as well as people; an agent-ending plural is no source with them (agent-subjects.ts). */
  agentThingVerbs: string[];
  /**
   * A modal with its perfect auxiliary that puts a verb in the counterfactual past ("might have", "should have"):
   * a reporting verb after it tells what was not said ("Uber might have suggested that …"; ./sources/counterfactuals.ts).
   * Empty where the conditional reports hearsay ("aurait déclaré") or the words split around the verb.
   */
  counterfactualPerfects: string[];
  /** Nouns are capitalised (German): a lower-case word after a name ends it. */
  capitalisedNouns: boolean;
  /** A reporting verb may come before its subject after a fronted phrase ("Das teilte der Verbund mit"). */
  verbSecond: boolean;
  /**
   * A description set off by dashes may stand between a subject and its verb ("Peng Mei — project
   * manager … — responded"). English only: Russian and Ukrainian close a quotation with ", — said X"
   * and use a dash for "is" ("Москва — столица России, — напомнил Песков"), German sets off
   * appositions the same way.
   */
  dashedDescriptions: boolean;
  /** Possessive determiners ("his", "ihre", "його"): "His repeated claims" names nobody. */
  possessives: string[];
  /**
   * Of the possessives, those of a third person ("his", "its", "their", "seine", "leur", "його"): after a rate's preposition
   * that is also a cue ("per its latest filing", "per his lawyer") they name someone else's source; a first or second
   * person's ("per our analysis", "per my sources") is the writer's own, no source.
   */
  thirdPossessives: string[];
  /** Nouns of time ("week", "Tage", "тиждень"): a phrase headed by one is a time, not a source. */
  timeWords: string[];
  /** Days of the week (a time even when capitalised). */
  weekdays: string[];
  /** Words that make a time phrase ("next", "nächsten", "наступного"). */
  timeModifiers: string[];
  /** Phrases opening the occasion between a name and its verb ("в интервью ТАСС", "під час брифінгу", "in a tweet"): the name is before them. */
  settingPhrases: string[];
  /** Qualifiers after a source noun that belong to the source ("familiar with the talks", "close to"); a poll with its agent ("surveyed by") comes from groupForecasts.polled. */
  qualifiers: string[];
  /** Pronouns that stand for people when a qualifier or a relative clause follows ("Those close to the minister say",
   * "those who know him say"): the head of a source then, never alone. */
  qualifiedPronouns?: string[];
  /** Nouns of anonymous sources that take a qualifier ("people", "sources", "джерела"). */
  anonymousNouns: string[];
  /** Prepositions joining a document to its author ("a report by the IMF", "data from"). */
  docLinks: string[];
  /** Prepositions joining a document to the people it studied, before their number ("a study in 38 people"); absent: none. */
  sampleLinks?: string[];
  /** Determiners and quantifiers that name nobody by themselves ("another", "several", "some"): a source's listed name is never only these with an adjective. */
  nameQuantifiers?: string[];
  /**
   * Words that tie a lower-case description to the name after it, lower case ("people close to
   * Putin", "the mother of victim Jane Doe"): the listed name is then the whole phrase; without
   * one, a description before a proper name is dropped from the listed name ("CEO and president
   * Craig Menear" → "Craig Menear"). Absent: descriptions are always kept (ru/uk, whose case
   * endings tie "мать жертвы Ивана Петрова" without any such word; de, whose nouns are capitalised,
   * so that "ranghoher Beamter des Ministeriums" has no lower-case description to tell).
   */
  descriptionTies?: string[];
  /**
   * Nouns that carry a claim whose content a clause gives, lower case ("announcement", "declaration",
   * "Behauptung", "affirmation", "заява"): with a named author before or after them and a clause word
   * after ("Van Der Beek’s announcement that …", "an earlier declaration by China's health chiefs that …"),
   * the author with the noun is a source (pass claim-clauses).
   */
  claimNouns: string[];
  /** Words between such a noun's author and its clause word ("про те" in "заява Зеленського про те, що"); empty where the clause word follows directly. */
  claimLinks: string[];
  /**
   * Prepositions joining a document to its topic, lower case ("research into hibernation", "a study on
   * mice", "eine Studie über", "une étude sur", "дослідження щодо"): the topic is part of the
   * document's name when the document is the subject of a reporting verb.
   */
  topicPreps: string[];
  /** Words after an age set off by commas after a name ("Dupont, 45 ans, a déclaré"); empty where the age stands alone ("Jones, 45, said"). */
  ageWords: string[];
  /**
   * Words that give an age before its bare number, lower case (optional): "aged 34", "at the age of 9", "at 16" is
   * not one. The number is an age (a measure in years, labelling policy), not a count. Languages that write the
   * unit after the number ("im Alter von 9 Jahren") need none.
   */
  ageBefore?: string[];
  /**
   * Of `ageBefore`, the words that are part of the age's span, lower case: the age's own participle ("aged 34" is
   * labelled whole, labelling policy), not a phrase that leads to it ("at the age of 9" is "9"). Empty where the unit
   * after the number carries the age ("âgé de 34 ans": "34 ans").
   */
  ageSpanWords: string[];
  /**
   * Words for a percentage point that follow a number with decimals only, lower case: French writes "le chômage a
   * reculé de 0,5 point" for a point of a rate; after a whole number the same word is a score's points ("3 points
   * d'avance"), so it stays a count. Empty where the point is always written out ("percentage points").
   */
  decimalPointWords: string[];
  /** Words after such a point that make it a score's point, lower case ("18,5 points par match", "8,5 points sur 10"); empty where decimalPointWords is. */
  scorePointWords: string[];
  /**
   * A person and a verb before a bare number that is an age only when the number ends its clause or "years" or
   * "and" or a time follows (optional): "I'm 74 and still working", "she turned 40 last year"; "He is 3 points
   * behind" is a count.
   */
  ageCopulas?: string[];
  /**
   * Words of a change before an amount, lower case (optional): "raised rates 0.5% to 1.75%", "cut by $5 to $20" give
   * a change, from one amount to another, so two amounts with their unit repeated after them are no range.
   */
  changeWords?: string[];
  /**
   * Impersonal cues, lower case, whose speaker is the origin fronted before them with an origin preposition (`originPreps`):
   * "Aus Regierungskreisen hieß es, …" (pass cues, fronted-origins.ts). Empty where the language says it otherwise.
   */
  frontedOriginCues: string[];
  /** Prepositions opening a home town set off by commas after a name ("Jones, of Boston, said", "Müller, aus Berlin, sagte"). */
  originPreps: string[];
  /**
   * Phrases citing a source that may stand between a subject and its reporting verb, lower case (pass citing-subjects:
   * "Агентство Bloomberg со ссылкой на собеседников пишет, что …": the phrase before one is a source). Empty: none read.
   */
  citingPreps: string[];
  /**
   * Phrases of one's own account, lower case, that make the clause's own subject its source whatever the verb (pass
   * own-accounts: "Die Kinderklinik verzeichnet nach eigenen Angaben mehr Patienten", "Компанія, за власними даними,
   * …"). Empty: none read.
   */
  ownAccounts: string[];
  /** Endings of adverbs that may stand between a name and its verb ("reportedly"). */
  adverbEndings: string[];
  /** Words with an adverb ending that are not adverbs ("family", "supply"). */
  adverbExceptions: string[];
  /** Floating words between a name and its verb ("both", "all", "alone"). */
  floatingQuantifiers: string[];
  /** Auxiliary and modal verbs: a comma-delimited phrase with one is a clause, not an apposition. */
  auxiliaries: string[];
  /** Auxiliaries that make a reporting verb passive ("were told", "will be announced", "wurde mitgeteilt"). */
  passiveAuxiliaries: string[];
  /**
   * The passive's auxiliary may stand second and its participle last, the clause between them
   * (optional; German: "Dieses Jahr werden mehr als 40.000 Besucher erwartet"): a reporting verb that
   * ends its clause after such an auxiliary is passive, and the phrase before it is no speaker.
   */
  passiveBracket?: boolean;
  /** How many final letters inflection may change in a name ("Лисенко"/"Лисенка": 3; English 1). */
  inflectionTail: number;
  /** Labels that start a caption and are not part of a name ("Image caption"). */
  captionLabels: string[];
  /**
   * The noun of an age written with its number, a word of its own ("56-year-old"), lower case: "The
   * 56-year-old said" names a person, and the age is a measure in years. Where the noun is a declined
   * form of the year's adjective ("56-Jährige", "56-річний"), `ageNounEndings` gives it instead (read
   * both through lexicons/age-nouns.ts).
   */
  ageNouns: string[];
  /** Endings after the year's stem (`hyphenUnitStems`, unit 'yr') that make the age's noun ("jährig" + "en": "den 42-Jährigen"), lower case. */
  ageNounEndings: string[];
  /**
   * Nouns for a person that a press text gives an age in brackets after a determiner ("Der Angeklagte (34),",
   * figures/context-words.ts ageInBrackets), lower case. Any other noun before a bracket is a counter or a score
   * ("Die Kommentare (8)", "Die Grünen (12)"). Empty where the language does not write ages so.
   */
  bracketAgeNouns: string[];
  /**
   * The people who work with a named person, lower case ("team", "colleagues", "Kollegen", "équipe",
   * "колеги"): "Paganini and his team wrote", "Smith and colleagues found" is a group led by the name.
   */
  companionNouns: string[];
  /**
   * A publication cited as where findings appeared: a participle of publishing (`publicationVerbs`:
   * "published", "featured", "veröffentlicht", "publiée", "опублікована"), a preposition
   * (`publicationPreps`: "in", "dans", "в") and a journal's common noun (`journalNouns`: "journal",
   * "Fachzeitschrift", "revue", "журналі") before its name, all lower case.
   */
  publicationVerbs: string[];
  publicationPreps: string[];
  journalNouns: string[];
  /** Editorial labels that open a note by the outlet ("Correction", "Editor's note"): never a source, nor part of one. */
  editorialLabels: string[];
  /** Reporting verbs with other senses ("found inspiration", "shows off"): a source only with a source noun or a clause. */
  weakVerbs: string[];
  /**
   * Verbs of committing, also listed as weak reporting verbs: with an infinitive after them they state the policy of
   * an institution or a country ("Twitter pledged to take action", "Israel has vowed to punish …", "Die Regierung
   * versprach, … zu senken", "a promis de", "пообещало наказать"); a person's promise to act stays an act ("Andy
   * Beshear promised to protect Medicaid"), and "pledged $5 million" gives money. French cues hold their marker ("a
   * promis de"), as the infinitive there has no marker of its own in `infinitiveMarkers` (cues.ts, commitments.ts).
   */
  commitmentVerbs: string[];
  /** Endings of an infinitive written without a marker right after a commitment verb ("punir", "наказать", "покарати"); empty where a marker precedes it. */
  infinitiveEndings: string[];
  /**
   * Endings of a finite past verb in a language without a capital for nouns: the phrase read after a cue preposition
   * ends before such a word when it follows a noun ("Суд со ссылкой на закон | отклонил иск", "з посиланням на закон |
   * відхилив позов"). Only endings few nouns share (not "-ал", "-ели": "канал", "модели"); empty where verbs have no
   * such ending or a capital marks nouns (prep-verb-ends.ts).
   */
  prepPhraseVerbEndings: string[];
  /**
   * Articles that open a new phrase right after a capitalised noun read after a cue preposition, where nouns are
   * capitalised ("unter Berufung auf das Gesetz | die Klage ab"); never a genitive's article ("der", "des"), which may
   * continue the phrase ("die Angaben der Polizei"). Empty elsewhere (prep-verb-ends.ts).
   */
  prepPhraseNewArticles: string[];
  /** Endings of an adjective before a noun that may share a verb ending ("дослідницький колектив"): no cut after one. */
  prepPhraseAdjectiveEndings: string[];
  /**
   * Nouns of a law or rule: after a cue preposition ("unter Berufung auf das Gesetz", "laut Gesetz", "согласно закону")
   * a rule is what is applied, not who said or reported a claim, so no source (labelling policy: sources are speakers,
   * institutions and documents cited as a claim's origin). A law's bill ("законопроект", a document read) is no rule.
   */
  ruleNouns: string[];
  /**
   * Verbs (with their preposition) whose object is the source the subject cites: "Le journal cite plusieurs
   * conseillers", "Агентство посилається на трьох дипломатів", "The paper quoted two officials". The object is a source
   * when it names someone (a source noun or a name), and so is a sentence-opening subject (cited-objects.ts).
   */
  citingVerbs: string[];
  /**
   * Verbs of charging, also listed as reporting verbs: they report only with someone charged and the charge's
   * preposition (`chargePreps`) soon after them ("The Justice Department has charged Assange with espionage",
   * "предъявила обвинение в"); "charged the phone with a cable" and "charged $5" are acts (commitments.ts).
   */
  chargeVerbs: string[];
  chargePreps: string[];
  /** Objects that make a weak verb a finding ("found evidence of …", "found no evidence"): a source then, whoever the subject. */
  evidenceNouns?: string[];
  /**
   * Verbs of blaming or crediting a cause and the preposition that names the cause after their object ("The fund
   * blamed the slowdown on higher tariffs", "Demographers attribute much of the growth to migration"): a weak verb
   * reports with such a frame, a claim about a cause, even without a clause ("blamed him on Monday" names a day, not
   * a cause; "the attribute we added to the tag" has a clause, not an object, before its preposition).
   */
  causeFrames?: Array<{ verbs: string[]; preps: string[] }>;
  /**
   * Verbs of saying that never stand inside a noun phrase, lower case ("said", "says"): a phrase read back from a later
   * verb stops after one ("Western officials said | satellite images showed …": the images are the inner verb's subject).
   */
  sayingVerbs?: string[];
  /**
   * Verbs of identifying and the word before the name they give ("Police identified the driver as Marcus Bell"): with a
   * capitalised name after it, anyone who identifies someone so states who it was — not only a document (`docFindingVerbs`).
   */
  identifyingFrames?: { verbs: string[]; preps: string[] };
  /**
   * Endings of adjectives that a source noun's stem may begin ("critical" starts like "critic", "political" like
   * "politic…"): before a word that is also a verb ("two highly critical | reports"), such a word is an adjective and the
   * word after it a noun.
   */
  adjectiveEndings?: string[];
  /** Reporting verbs that are also nouns ("claims", "shows"): not a verb after a determiner or before "of". */
  nounVerbs: string[];
  /** Marks a credit follows without a colon ("©", "Image copyright"), also with the participle of a syndicated
   * picture ("© Provided by Business Insider": the provider is the credit, not "Provided"). */
  creditMarks: string[];
  /** Words marking a credited picture as one from the archive, ending a credit ("PTI File Photo", "dpa/Archiv"): no part of its name. */
  archiveMarks: string[];
  /** Agencies a caption may end with, without a label ("… Timothy Weeks AP"), as written. */
  /** Agencies spelled out that are a credit only after a photographer's name and a comma, the whole line ("Al Goldis, Associated Press"). */
  commaCreditAgencies?: string[];
  creditAgencies: string[];
  /**
   * Words of an outlet's or agency's name that say what it is ("Herald", "Times", "Press", "News"), lower
   * case: capitals ending a caption that hold one are a credit ("… the military takeover HARARE HERALD"),
   * where other capitals there are the sentence's acronyms ("… runs on the latest NVIDIA RTX").
   */
  mastheadWords: string[];
  /** Labels of a credit line ("Photo", "Фото"), followed by ":". */
  /**
   * Where a pictured person stands, set off between two credits of one caption: "Photos by Richard
   * Shotwell, left, and Mark Von Holden/Invision/AP" — the second credit after it and a coordinator.
   */
  creditPositions: string[];
  creditLabels: string[];
  /**
   * What opens a closing line that credits the wires or agencies a story drew on, lower case ("With Post
   * wires", "Mit Material von dpa", "Avec AFP"): the names after it are sources (./sources/furniture-lines.ts).
   */
  wireCreditLeads: string[];
  /** A lower-case noun of wires or agencies that may close such a line with the name before it ("Post | wires"). */
  wireNouns: string[];
  /** Labels of a closing reference line, lower case, before ":" ("More information: G. Petit et al. …"): the reference is a source. */
  referenceLabels: string[];
  /** "Pour X, « … »": a lead-in naming the speaker of a quote in the same sentence. */
  quoteLeadIns: string[];

  /** Common nouns that can head a source ("ministry", "analysts"). Stems: a word matches when it starts with one. */
  sourceNouns: string[];
  /** Nouns of documents that carry a claim ("statement", "report"); a link on one is a link source. */
  docNouns: string[];
  /**
   * Nouns that are documents only as the subject of a reporting verb ("The plan identifies three threats", "Recent
   * work shows that …", "Der Plan nennt drei Risiken"): no document elsewhere — a link on "Plan & Grow BIG" or "body of work"
   * cites nothing (links.ts reads `docNouns` only).
   */
  subjectDocNouns: string[];
  /** Pronouns and quantifiers that never name a source ("he", "they", "some"). */
  pronouns: string[];
  /** Determiners stripped from the front of a name when listing it. */
  determiners: string[];
  /** Lower-case words allowed inside a name ("of", "for", "de", "der"). */
  connectors: string[];
  /**
   * Connectors that are particles of names from other languages ("di", "van", "al"), not words of
   * this one (optional): the language check does not count them, or an Italian page full of "di"
   * and "del" reads as English.
   */
  foreignParticles?: string[];
  /**
   * Lower-case particles that open a surname before its capitalised word ("de Miranda", "van der Berg", "bin Salman"):
   * a name set off by commas or written as a possessive author keeps them. Articles and prepositions that stand
   * before capitalised nouns of the language itself are left out (German "der", "von"; French "le", "la", "du").
   */
  nameParticles: string[];
  /** Words that end a name or a clause ("that", "who", "on", "in"). */
  stopWords: string[];
  /**
   * Participles (of `participles`) of only seeing a document (optional): "an email seen by The Real
   * Deal", "documents reviewed by CNN" — their agent saw it, which makes no source (labelling policy:
   * one who only sees something is none); "obtained by Variety", "signed by seven physicians" do.
   */
  witnessParticiples?: string[];
  /**
   * Participles of a claim whose agent (after `agentPreps`) made it: "a diagnosis later confirmed by
   * lab testing", "recommended as a key technology by the Agency's panel", "confirmé par le
   * ministère", "bestätigt von der Polizei" (pass passive-agents). Empty where the agent has no
   * preposition (Russian and Ukrainian mark it by case alone).
   */
  claimParticiples: string[];
  /**
   * Nouns of something said whose giver follows a preposition of origin (`fromPreps`): "despite advice
   * from several former royal PR aides", "rhetoric from Netanyahu's Likud party", "Kritik von
   * Verbänden", "des critiques de la part de l'opposition", "критика со стороны депутатов" (pass from-nouns).
   */
  fromNouns: string[];
  /** Prepositions of origin after a `fromNouns` noun ("from", "von", "de la part de", "со стороны"). */
  fromPreps: string[];
  /**
   * Estimates a group of forecasters made (pass group-forecasts): "analysts had expected $2.52 a
   * share", "Wall Street analysts surveyed by Refinitiv were expecting …", "les analystes tablaient
   * sur …". `verbs` report only after one of the `groups` (anyone else's expectation is no claim:
   * "the law is expected to pass"); `polled` are the participles of the poll that asked them, after
   * the group and before its agent ("polled by Reuters"), kept with the group as its qualifier; with each of `agentPreps`
   * they are qualifiers of any source noun as well (sources/compile.ts adds them to `qualifiers`).
   */
  groupForecasts: { verbs: string[]; groups: string[]; polled: string[] };
  /**
   * Verbs of giving that report only with a word of content as their object (pass content-objects):
   * "Analysts provided a few theories", "these studies provided the first explanation", "ont avancé
   * une hypothèse", "дали пояснення". `verbs` are the finite forms (an act otherwise: "provided
   * buses"); `nouns` the heads of the object that make it something said (explanation, theory,
   * estimate, details, testimony). Empty where the language has none. `estimates` are verbs that
   * state an estimate only with an amount noun and its preposition after it ("The ministry put the
   * death toll at 40", "The UN puts the number of refugees at 6 million"; "put a number of products
   * on sale" is an act): `verbs`, the amount `nouns` and the `preps` before the amount.
   */
  contentObjects: { verbs: string[]; nouns: string[]; estimates: { verbs: string[]; nouns: string[]; preps: string[] } };
  /**
   * Stop words that are adjectives between an article and its noun (optional): "according to a new
   * case report", "an earlier report by the IMF", "the last survey" — there they are part of the name.
   */
  stopAdjectives?: string[];
  /**
   * Words that tie a title to its domain before a name ("Secretary of State Mike Pompeo", "envoy to
   * Ukraine Kurt Volker"): the capitalised word after one belongs to the title, not to the name.
   */
  titleLinks?: string[];
  /**
   * Words and phrases that put what their sentence says ahead of the publication ("will", "set to",
   * "scheduled"), lower case: a month (and day) without a year after one of them, earlier in the year
   * than the publication, is in the next year ("set to expire in February" published in November).
   */
  futureMarkers?: string[];
  /** Prepositions of a deadline before a month ("by January"): ahead of the publication unless the sentence is in the past. */
  deadlinePreps?: string[];
  /** Words that put a sentence (or what follows them in it) in the past ("said", "had", "was"), lower case. */
  pastMarkers?: string[];
  /** Adverbs and auxiliaries allowed between a name and its verb ("also", "has"). */
  adverbs: string[];
  /** Participles that end a document name ("published", "publiée"); an agent may follow. */
  participles: string[];
  /** Agent prepositions after a participle ("by", "par"). */
  agentPreps: string[];
  /** Words before a number that mark it as an approximate quantity, not a year ("about", "rund"). */
  approximators: string[];
  /**
   * The word of a comparison that ends an approximator ("than" in "more than", "als" in "mehr als"): after it, a
   * year in a sentence that names another year is that year compared ("2023 kamen mehr als 2022"), not a count.
   */
  thanWords: string[];
  /** Nouns after a number that make it a count, not a year ("people"). */
  countNouns: string[];

  /** Abbreviations a sentence does not end at, without their last dot ("Mr", "z. B", "т. е"). */
  abbreviations: string[];
}

/** A part of the day after a clock time: morning and night keep the hour (but "11 at night" is 23:00), afternoon and evening add 12. */
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';
