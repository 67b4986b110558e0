// French lexicon (data only; see ./types.ts for what each list means).
import type { Lexicon } from './types';

/** Each phrase also after an elided "de", with either apostrophe ("d’une dizaine", "d'une dizaine"). */
function elided(phrases: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(phrases).flatMap(([k, v]) => [[`d’${k}`, v], [`d'${k}`, v]]));
}

const fr: Lexicon = {
  numbers: 'eu',
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8,
    septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
  datePreps: ['en', 'fin', 'début', 'mi', 'mi-', 'depuis', 'dès', 'avant', 'après', 'jusqu’en', "jusqu'en", 'jusqu’à', "jusqu'à", 'd’ici', "d'ici", 'à partir de', 'courant', 'entre', 'de', 'au', 'pour'],
  // (of datePreps, those that stay with a year: the part of the year they name)
  yearPeriodPreps: ['fin', 'début', 'mi', 'mi-'],
  yearWords: [],
  periodWords: ['premier trimestre', 'deuxième trimestre', 'troisième trimestre', 'quatrième trimestre', 'premier semestre', 'second semestre', 'printemps', 'été', 'automne', 'hiver', /* "à la fin de 2024": the period word with its "de" ("fin 2024" is read as a date's preposition) */ 'fin de', 'début de', 'milieu de'],
  scales: { mille: 1e3, millier: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, 'million de': 1e6, 'millions de': 1e6, 'millions d’': 1e6, 'million d’': 1e6, "million d'": 1e6, 'milliard d’': 1e9, "milliard d'": 1e9, "millions d'": 1e6, milliard: 1e9, milliards: 1e9, 'milliard de': 1e9, 'milliards de': 1e9, 'milliards d’': 1e9, "milliards d'": 1e9, md: 1e9, mds: 1e9, mrd: 1e9, 'm€': 1e6, 'md€': 1e9, 'k€': 1e3 },
  currencies: { '€': 'EUR', euro: 'EUR', euros: 'EUR', eur: 'EUR', '$': 'USD', dollar: 'USD', dollars: 'USD', '£': 'GBP', livres: 'GBP', 'francs suisses': 'CHF', chf: 'CHF', roubles: 'RUB', hryvnias: 'UAH', yuans: 'CNY', centimes: 'EUR¢', '₦': 'NGN', ngn: 'NGN', nairas: 'NGN', naira: 'NGN' },
  percentWords: ['%', 'pour cent', 'pourcent', 'points de pourcentage', 'point de pourcentage', 'points de base'],
  units: {
    fois: '×', 
    km: 'km', kilomètres: 'km', kilomètre: 'km', 'km²': 'km2', 'kilomètres carrés': 'km2', mètres: 'm', mètre: 'm', centimètres: 'cm', centimètre: 'cm', millimètres: 'mm', millimètre: 'mm', 'm²': 'm2', 'mètres carrés': 'm2', 'm³': 'm3', 'mètres cubes': 'm3',
    cm: 'cm', mm: 'mm', hectares: 'ha', hectare: 'ha', ha: 'ha', kg: 'kg', kilos: 'kg', kilogrammes: 'kg', grammes: 'g', tonnes: 't', tonne: 't', litres: 'l', litre: 'l',
    '°c': '°C', degrés: '°', 'degrés celsius': '°C', gw: 'GW', gigawatts: 'GW', mw: 'MW', mégawatts: 'MW', kwh: 'kWh', mwh: 'MWh', twh: 'TWh', 'km/h': 'km/h',
    gigaoctets: 'GB', téraoctets: 'TB', mégaoctets: 'MB', ghz: 'GHz', mhz: 'MHz', hz: 'Hz', hertz: 'Hz', khz: 'kHz', millisecondes: 'ms', mégapixels: 'MP', mpx: 'MP', kcal: 'kcal', w: 'W', watts: 'W', wh: 'Wh', mah: 'mAh', fps: 'fps',
    secondes: 's', minutes: 'min', heures: 'h', heure: 'h', jours: 'd', jour: 'd', semaines: 'wk', mois: 'mo', ans: 'yr', années: 'yr',
    // an engine's power and torque ("150 ch", "250 Nm" in caseUnits), an area in miles
    ch: 'PS', chevaux: 'PS', 'chevaux-vapeur': 'PS', kw: 'kW', kilowatts: 'kW', 'newtons-mètres': 'N·m', 'milles carrés': 'mi2',
  },
  // units written in one case only, matched as written
  caseUnits: { Nm: 'N·m', ms: 'ms', V: 'V', kW: 'kW', KW: 'kW', Ah: 'Ah', AH: 'Ah' },
  gluedUnits: [],
  // (none: its short forms take no dot or always keep theirs)
  dotlessAbbreviations: [],

  // (none: the letter forms of en are local to Nigerian English)
  letterCurrencies: {},
  numberWords: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15,
    seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70,
    'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90, cent: 100, cents: 100, douzaine: 12, dizaines: 20, centaines: 200, milliers: 2000,
  },
  fractions: { 'un quart': 25, 'un tiers': 33.3, 'la moitié': 50, 'deux tiers': 66.7, 'trois quarts': 75, 'd’un tiers': 33.3, "d'un tiers": 33.3, 'd’un quart': 25, "d'un quart": 25, 'un sur deux': 50, 'un sur trois': 33.3, 'un sur quatre': 25, 'un sur cinq': 20,
    // fifths and tenths in the plural; "un cinquième", "un dixième" are left out: ordinals ("un cinquième mandat")
    'deux cinquièmes': 40, 'trois cinquièmes': 60, 'quatre cinquièmes': 80, 'neuf dixièmes': 90 },
  numberJoiners: ['et'],
  // (also after an elided "de": "plus d'un million de personnes"; the "d'" is left out of the figure)
  scaleArticles: ['un', 'une', "d'un", 'd’un', "d'une", 'd’une'],
  loneScales: [],
  numberHalves: [],
  compoundNumbers: false,
  approxQuantities: { 'plusieurs centaines': 300, 'quelques centaines': 300, 'plusieurs milliers': 3000, 'quelques milliers': 3000, 'des dizaines de milliers': 10000, 'des centaines de milliers': 100000, 'une douzaine': 12, 'une dizaine': 10, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30, 'une quarantaine': 40, 'une cinquantaine': 50, 'une soixantaine': 60, 'une centaine': 100,
    // the same after an elided "de" ("plus d’une dizaine", "près d'une centaine"): listed from "une" (spelled.ts)
    ...elided({ 'une douzaine': 12, 'une dizaine': 10, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30, 'une quarantaine': 40, 'une cinquantaine': 50, 'une soixantaine': 60, 'une centaine': 100 }) },
  // a span of years as one duration ("un quart de siècle", "un demi-siècle")
  yearSpans: { 'un quart de siècle': 25, 'quart de siècle': 25, 'un demi-siècle': 50, 'demi-siècle': 50 },
  minusWords: ['moins'],
  // (the other half of a tolerance: "plus or minus 3 degrees" is no temperature below zero)
  plusMinusWords: ['plus ou', '±'],
  yearOrdinals: {},
  yearHundreds: {},
  durationSpans: {},
  durationLeads: [],
  relativeTimeWords: [],
  oneWords: [],
  oneLimiters: [],
  oneExclusions: [],
  pluralScales: { millions: 2e6, milliards: 2e9, centaines: 200, milliers: 2000 },
  vagueQuantifiers: ['plusieurs', 'quelques'],
  quantityLinks: ['de', 'd’', "d'"],
  multipliers: { doublé: 2, triplé: 3, quadruplé: 4, 'divisé par deux': 0.5 },
  multipliersBeforeDeterminer: {},
  multiplierFollowers: [],
  multiplierIdioms: [],
  numberNameHeads: [],
  rankAfterAmounts: [],
  nounlessUnits: [],
  ambiguousUnits: {},
  moneyWords: [],
  clockSuffixes: ['h'],
  clockSeparators: ['h', ':'],
  clockWords: { minuit: '00:00', midi: '12:00' },
  clockPhrases: { past: [], to: [], fractions: {}, preps: [], minuteWords: [], halfBefore: [], oclock: [] },
  // ("heures" alone is also a duration, "à deux heures de Paris" a distance, "réduit à deux heures" a length: a form
  // that ends no clause is a time only with minutes or a part of the day after it, or after "vers"/"dès")
  clockForms: {
    forms: [
      ['{P} {H} heures|heure et demie', 30, 'end'], ['{P} {H} heures|heure et quart', 15, 'end'], ['{P} {H} heures|heure moins le quart', -15, 'end'],
      ['{P} {H} heures|heure moins {M}', '-M', 'end'], ['{P} {H} heures|heure {M}', 'M', 'end'],
      ['{P:vers|dès} {H} heures|heure', 0, 'end'], ['{P} {H} heures|heure {D}', 0, 'sure'],
      ['{N} et demi|demie', 30, 'sure'], ['{N} et quart', 15, 'sure'], ['{N} moins le quart', -15, 'sure'],
    ],
    // (not "jusqu'à": "l'attente peut durer jusqu'à deux heures et demie" is a duration)
    preps: ['à', 'vers', 'dès'],
    hours: {
      une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
      quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, 'vingt et une': 21, 'vingt-deux': 22, 'vingt-trois': 23,
    },
    ordinalHours: {},
    minutes: { cinq: 5, dix: 10, quinze: 15, vingt: 20, 'vingt-cinq': 25, trente: 30, quarante: 40, 'quarante-cinq': 45, cinquante: 50 },
    dayParts: { 'du matin': 'morning', "de l'après-midi": 'afternoon', 'de l’après-midi': 'afternoon', 'du soir': 'evening' },
  },
  ratioWords: ['échelle', 'ratio', 'rapport'],
  quarterWords: ['trimestre'],
  halfYearWords: ['semestre'],
  quarterOrdinals: { premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4 },
  decadeSuffixes: [],
  decadePrefixes: ['années'],
  centuryWords: ['siècle', 'siècles'],
  centuryOrdinals: {
    premier: 1, 'deuxième': 2, 'troisième': 3, 'quatrième': 4, 'cinquième': 5, 'sixième': 6, 'septième': 7, 'huitième': 8,
    'neuvième': 9, 'dixième': 10, 'onzième': 11, 'douzième': 12, 'treizième': 13, 'quatorzième': 14, 'quinzième': 15,
    'seizième': 16, 'dix-septième': 17, 'dix-huitième': 18, 'dix-neuvième': 19, 'vingtième': 20, 'vingt-et-unième': 21,
    'vingt et unième': 21,
  },
  referenceWords: [/* a software version ("Update 5.3") */ 'version', 'Version', 'Jour', 'jour', 'partie', 'Partie', 'étape', 'Étape', 'acte', 'Acte', 'art.', 'article', 'n°', 'no', 'p.', 'page', 'chapitre', 'ligne', 'route', 'autoroute', 'saison', 'épisode', 'type', 'groupe', 'classe', 'catégorie', 'stade', 'génération'],
  referencePlurals: ['articles', 'alinéas', 'pages', 'sorties'],
  emergencyNumbers: ['112'],
  serviceNumbers: [],
  phonePreps: ['au'],
  andWords: ['et'],
  comboJoiners: ['en'],
  phoneWords: ['appeler', 'appelé', 'composer', 'composé', 'numéro'],
  identifierLabels: ['DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'arXiv', 'boîte postale', 'B.P.'],
  streetWords: ['rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'chemin', 'allée', 'impasse'],
  scoreWords: ['victoire', 'victoires', 'défaite', 'défaites', 'nul', 'succès', 'score', 'revers'],
  gameWords: ['prolongation', 'prolongations', 'mi-temps', 'supériorité numérique', 'coup du chapeau'],
  tallyWords: ['voix', 'vote', 'votes', 'voté', 'majorité', 'scrutin'],
  rangePairs: [['du', 'au', 'days'], ['de', 'à', 'numbers'], ['entre', 'et'], ['', 'au', 'days'], ['', 'à', 'numbers']],
  proportionLinks: ['sur'],
  ratePreps: ['par'],

  rateArticles: ['le', 'la', 'l’', "l'", 'par'],
  rateNouns: ['an', 'mois', 'jour', 'semaine', 'heure', 'litre', 'kilo', 'personne'],
  attachedScales: { mn: 1e6, bn: 1e9, m: 1e6, k: 1e3, M: 1e6, Mn: 1e6, Bn: 1e9, K: 1e3 },
  hyphenUnits: [],
  // (none: such adjectives are one word here, "Vierzylinder", "четырёхцилиндровый", or a count after the number, "quatre portes")
  configurationNouns: [],
  nameSizeUnits: [],
  rangeWords: ['à', 'au'],
  periodLinks: [],
  monthBeforeDay: false,
  capitalisedMonths: false,
  ambiguousMonths: ['mars'],
  ordinalDotLeads: [],
  sentenceOpeners: [],

  // (verbs keep their particles)
  separableCues: [],
  speechVerbs: [
    // a pledge with its infinitive (commitmentVerbs: "Twitter s’est engagé à prendre des mesures"); describing an object "comme" something (complementVerbs); charging someone (chargeVerbs: "Le parquet a mis en examen l’ancien ministre pour corruption")
    'a promis de', 'ont promis de', 'promet de', 'promettent de', 's’est engagé à', 's’est engagée à', 'se sont engagés à', 's\'est engagé à', 's\'est engagée à', 'se sont engagés à', 'a juré de', 'ont juré de', 'a décrit', 'ont décrit', 'décrit', 'décrivent', 'a inculpé', 'ont inculpé', 'a mis en examen', 'ont mis en examen',
    // a court's ruling reports its finding, before a clause only (also in weakVerbs)
    'a statué', 'ont statué', 'statue', 'a tranché', 'ont tranché', 'tranche',
    // the other forms of confessing ("Il a avoué que …", "Les élus avouent …")
    'avoué', 'avouent',
    // expecting, discovering and demanding ("Les économistes s’attendent à une baisse", "ont découvert que …",
    // "Les associations réclament davantage de moyens")
    's’attendent à', "s'attendent à", 's’attend à', "s'attend à", 'a découvert que', 'ont découvert que', 'découvrent que', 'découvre que',
    'réclame', 'réclament', 'a réclamé', 'ont réclamé',
    // verbs of remembering (clauseOnlyVerbs)
    'se souvient', 'se souviennent', 's’est souvenu', 's’est souvenue', "s'est souvenu", "s'est souvenue", 'se rappelle', 'se rappellent',
    // (clauseOnlyVerbs)
    'considère', 'considèrent', 'a considéré', 'ont considéré', 'soulève', 'soulèvent', 'a soulevé', 'ont soulevé', 'craint', 'craignent', 'pensent', 'croient', 'espèrent',
    // verbs of agreeing and signalling report only before a clause (also in weakVerbs)
    'conviennent', 'convient', 'a convenu',
    'a déclaré', 'ont déclaré', 'déclare', 'a dit', 'dit', 'a indiqué', 'ont indiqué', 'indique', 'a affirmé', 'affirme', 'a expliqué', 'explique',
    'a souligné', 'souligne', 'a précisé', 'précise', 'a annoncé', 'a estimé', 'estime', 'estiment', 'a assuré', 'assure', 'a ajouté', 'ajoute',
    'a confié', 'confie', 'a rappelé', 'rappelle', 'a averti', 'avertit', 'a reconnu', 'reconnaît', 'a jugé', 'a dénoncé', 'dénonce', 'a prévenu',
    'a insisté', 'insiste', 'a fait savoir', 'prévoit', 'prévoient', 'table sur', 'tablent sur', 'a salué', 'salue', 'a critiqué', 'a répondu',
    'a écrit', 'écrit', 'rapporte', 'rapportent', 'a relevé', 'relève', 'a noté', 'montre', 'révèle', 'a révélé', 'a confirmé', 'confirme',
    'a démenti', 'dément', 'recommande', 'recommandent', 'a recommandé', 'raconte', 'racontent', 'a raconté', 'témoigne', 'a témoigné', 'regrette',
    'a regretté', 'déplore', 'a déploré', 'plaide', 'a plaidé', 'jugent', 'soulignent', 'affirment', 'expliquent', 'indiquent', 'précisent',
    'déclarent', 'alertent', 'alerte', 'a alerté', 'déclaré', 'indiqué', 'affirmé', 'expliqué', 'souligné', 'précisé', 'annoncé', 'estimé', 'assuré',
    'confié', 'rappelé', 'averti', 'reconnu', 'jugé', 'dénoncé', 'insisté', 'salué', 'critiqué', 'répondu', 'relevé', 'révélé', 'confirmé',
    'démenti', 'raconté', 'plaidé', 'témoigné', 'regretté', 'déploré', 'recommandé', 'alerté', 'a poursuivi', 'poursuit', 'a martelé', 'martèle',
    'a tweeté', 'a lancé', 'lance', 'a résumé', 'résume', 'a observé', 'observe',
    // (not "accuse" nor "cite" alone: "La Bourse accuse une baisse de 3 %", "Le ministre cite l’exemple de la Suède" —
    // an allegation or a citation needs its frame, "accuse X d’avoir …", which a word list cannot check)
    // the other persons and tenses of verbs listed, and more verbs of saying
    'ont annoncé', 'annonce', 'annoncent', 'ont affirmé', 'ont expliqué', 'ont souligné', 'ont précisé', 'ont estimé', 'ont assuré',
    'ont ajouté', 'ont confié', 'ont rappelé', 'ont averti', 'ont reconnu', 'ont jugé', 'ont dénoncé', 'ont prévenu', 'ont insisté',
    'ont salué', 'ont critiqué', 'ont répondu', 'ont écrit', 'ont relevé', 'ont noté', 'ont confirmé', 'ont démenti', 'ont recommandé',
    'ont raconté', 'ont témoigné', 'ont regretté', 'ont déploré', 'ont plaidé', 'ont alerté', 'ont martelé', 'ont résumé', 'ont observé',
    'assurent', 'confient', 'rappellent', 'avertissent', 'reconnaissent', 'dénoncent', 'préviennent', 'insistent', 'saluent', 'critiquent',
    'répondent', 'écrivent', 'relèvent', 'notent', 'note', 'confirment', 'démentent', 'témoignent', 'regrettent', 'déplorent', 'plaident',
    'observent', 'résument', 'martèlent', 'poursuivent', 'répond', 'critique', 'a constaté', 'constate', 'constatent', 'ont constaté',
    'constaté', 'a admis', 'admet', 'admettent', 'a avoué', 'avoue', 'a nié', 'nie', 'nient', 'a contesté', 'conteste', 'contestent',
    'a fait valoir', 'fait valoir', 'font valoir', 'a mis en garde', 'met en garde', 'mettent en garde', 'a signalé', 'signale', 'signalent',
    'signalé', 'a détaillé', 'détaille', 'a commenté', 'commente', 'a réagi', 'réagit', 'a soutenu', 'ont soutenu', 'soutient', 'soutiennent', 'a prédit',
    'prédit', 'prédisent', 'a conclu', 'conclut', 'concluent', 'a déclaré à', 'a fait état de', 'fait état de', 'ont fait état de', 'font état de', 'avait fait état de', 'avaient fait état de',
    // (before an elided "d’", glued to its noun: "a fait état d’un incendie")
    'a fait état', 'fait état', 'ont fait état', 'font état', 'a évoqué', 'évoque',
    'évoquent', 'a tranché', 'a fustigé', 'fustige', 'a mis en avant', 'met en avant', 'a rapporté', 'ont rapporté', 'rapporté', 'a informé',
    'a communiqué',
    'a requis', 'ont requis', 'requiert',
  ],
  participleCues: ['arguant', 'arguant que', 'affirmant', 'expliquant', 'estimant', 'soulignant', 'précisant', 'ajoutant', 'indiquant', 'déclarant', 'assurant', 'rappelant', 'jugeant', 'avertissant', 'reconnaissant', 'en affirmant', 'en expliquant', 'en estimant', 'en soulignant', 'en précisant', 'en ajoutant', 'en indiquant', 'en assurant', 'en rappelant', 'notant', 'rappelant que', 'soulignant que', 'constatant', 'dénonçant', 'regrettant', 'déplorant', 'expliquant que', 'en notant', 'en constatant', 'en dénonçant', 'en rappelant que'],
  // (", qualifiant la décision d’« inacceptable »", ", la qualifiant de « honteuse »")
  namingParticiples: ['qualifiant', 'le qualifiant', 'la qualifiant', 'les qualifiant', 'décrivant'],
  namedObjects: [],
  namingIdioms: [],
  docParticiples: ['montrant', 'indiquant', 'suggérant', 'révélant', 'estimant', 'soulignant'],
  complementWords: [
    'comme',],
  complementVerbs: [
    'a décrit', 'ont décrit', 'décrit', 'décrivent',],
  complementIdioms: ['prévu', 'convenu', 'd’habitude', "d'habitude", 'si', 'suit', 'souvent', 'toujours'],
  finalCues: [],
  objectRelatives: [],
  judgingVerbs: [],
  afterCuePreps: [],
  nameSuffixes: ['sa', 'sas', 'sarl'],
  // prepositions opening a fronted phrase before a subject without a comma ("В Москве министр заявил")
  frontedPreps: ['à', 'en', 'dans', 'lors', 'pendant', 'après', 'avant', 'depuis', 'sur'],
  // words opening an absolute phrase with a reporting participle ("…, avec la police affirmant que …")
  withWords: ['avec'],
  // idioms of wording in an as-clause (pass as-idioms)
  asIdioms: ['formule', 'formulait', 'formulé', 'résume', 'résumait', 'résumé'],
  // (an author here follows the noun of wording, in an accordingTo phrase; see the type)
  wordingNouns: [],
  wordingPreps: [],
  // participles of naming or describing whose agent is a source with a quotation (pass naming-agents: « Qualifié de « … » par ses créateurs »)
  namedParticiples: ['qualifié', 'qualifiée', 'qualifiés', 'qualifiées', 'surnommé', 'surnommée', 'surnommés', 'surnommées', 'décrit', 'décrite', 'décrits', 'décrites'],
  asWords: ['comme'],
  // (none: after a verb of writing the next phrase is as often its subject, "inverted")
  writingVerbs: [],
  // (none: a verb of writing with a result as its object is not read here; see the type)
  writtenActVerbs: [],
  writtenActObjects: [],
  // a reporting gerund after a preposition of means (pass participle-clauses)
  gerundPreps: ['en'],
  // object pronouns that are never possessives: one ends a phrase read back from a verb ("made him realize | Giuliani believed")
  objectPronouns: ['lui', 'leur', 'eux'],
  asClause: [],
  docPreps: [],
  accordingTo: ['selon', 'selon les mots de', 'selon les mots du', 'pour reprendre les mots de', 'pour reprendre les mots du', 'd’après', "d'après", 'de source', 'citant', 'aux dires de', 'à en croire', 'cité par', 'citée par', 'a-t-on appris auprès de', 'a-t-on appris auprès du', 'apprend-on auprès de', 'apprend-on auprès du',
    // the same report with its source after "de" ("apprend-on de source policière": "source policière" is who told)
    'apprend-on de', 'a-t-on appris de'],
  impersonal: [],
  impersonalPreps: [],
  nounPreps: [],
  outletNouns: ['journal', 'quotidien', 'hebdomadaire', 'magazine', 'agence', 'chaîne', 'radio', 'site', 'média'],
  // (an outlet between a told verb and its speaker: "сообщил ТАСС источник"; see the type)
  // (adjectives of institution names in lower case: "l’Organisation mondiale de la santé"; see the type)
  nameAdjectiveEndings: ['al', 'ale', 'aux', 'ales', 'ien', 'ienne', 'ais', 'aise', 'ique', 'ier', 'ière', 'eur', 'eure', 'if', 'ive', 'el', 'elle', 'ain', 'aine', 'ois', 'oise'],
  outletBeforeSpeaker: false,
  toldVerbs: [
    'a déclaré', 'a confié', 'a indiqué', 'a expliqué', 'a affirmé', 'a précisé', 'a assuré',
    'ont déclaré', 'a raconté', 'ont confié', 'ont indiqué', 'ont expliqué', 'a dit', 'a répondu', 'a confirmé',
  ],
  audience: ['à la presse', 'aux journalistes', 'à l’afp', "à l'afp"],
  negativeDeterminers: ['aucun', 'aucune', 'nul', 'nulle'],
  negations: ['pas', 'jamais', 'ne', 'n’', "n'"],
  verdictWords: ['coupable', 'coupables', 'innocent', 'innocente', 'innocents'],
  // a document's words quoted after it ("The statement read: …"); French has no such verb ("On peut lire dans le communiqué")
  docSubjectVerbs: [],
  docFindingVerbs: [
    // evidence bearing a claim out ("Les données étayent l’hypothèse")
    'étaye', 'étayent', 'a étayé', 'corrobore', 'corroborent', 'a corroboré', 'identifie', 'a identifié', 'recense', 'a recensé', 'classe', 'a classé'],
  docVerbs: ['a publié', 'ont publié', 'publie', 'publient', 'a diffusé', 'ont diffusé', 'diffuse', 'a présenté', 'ont présenté', 'présente', 'a rendu public', 'ont rendu public'],
  plannedNouns: ['plan', 'plans', 'stratégie', 'proposition', 'propositions', 'carte'],
  mediaNouns: ['vidéo', 'vidéos', 'images', 'photos', 'enregistrement', 'enregistrements'],
  indefiniteArticles: ['un', 'une'],
  namingVerbs: ['a qualifié', 'qualifie', 'ont qualifié'],
  personalPronouns: ['il', 'elle', 'ils', 'elles', 'on', 'je', 'nous'],
  pluralPronouns: ['ils', 'elles'],
  speakerPronouns: ['il', 'elle'],
  subordinators: ['quand', 'lorsque', 'lorsqu', 'parce', 'puisque', 'puisqu', 'quoique', 'quoiqu', 'tandis', 'si'],
  invertedPronounSuffixes: ['-t-il', '-t-elle', '-il', '-elle'],
  ambiguousVerbs: ['ajoute', 'a ajouté', 'ont ajouté'],
  clauseWords: ['que', 'qu’', "qu'", 'et', 'mais'],
  coordinators: ['et', 'mais'],
  relativeWords: ['qui'],
  nounRelativeWords: [],
  pastTenseEndings: [],
  participleEndings: [],
  reducedRelativeEndings: ['é', 'ée', 'és', 'ées'],
  // none: "croire" is a cue only with a clause after it (`clauseOnlyVerbs`: "croient que …"), so "croyait la serveuse"
  // never made the person a source and a trust rule here would guard nothing
  trustVerbs: [],
  sharedCues: [],
  focusVerbs: ['souligne', 'soulignent', 'a souligné', 'ont souligné'],
  pairWords: ['et'],
  pluralEndings: ['s', 'x'],
  // names of fields of knowledge that may speak for their researchers ("Neuroscience tells us that"; lexicon type)
  disciplineEndings: ['science', 'sciences', 'logie', 'économie', 'physique', 'mathématiques', 'statistique', 'médecine'],
  // plural nouns of people by what they do (agent-subjects.ts): « les chercheurs estiment que », « des économistes », « les habitants »
  agentNounEndings: ['eurs', 'istes', 'iens', 'ants'],
  // verbs a thing does as well as a person (agent-subjects.ts): "Some numbers suggest that …" — an agent-like plural
  // ending ("numbers", "папери") makes no source with them
  agentThingVerbs: ['suggèrent', 'indiquent', 'montrent', 'révèlent', 'confirment', 'prouvent', 'signifient'],
  // (the conditional reports hearsay: « aurait déclaré » is a source)
  counterfactualPerfects: [],
  capitalisedNouns: false,
  verbSecond: true,
  dashedDescriptions: false,
  possessives: ['son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos'],
  thirdPossessives: ['son', 'sa', 'ses', 'leur', 'leurs'],
  timeWords: ['jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'soir', 'matin', 'nuit', 'heure', 'heures', 'week-end', 'trimestre'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  timeModifiers: ['prochain', 'prochaine', 'prochains', 'prochaines', 'dernier', 'dernière', 'derniers', 'dernières', 'précédent', 'précédente'],
  settingPhrases: [
    // (anonymity granted between the subject and its verb: "Посадовець на умовах анонімності розповів")
    'sous couvert d’anonymat', "sous couvert d'anonymat", 'sous le couvert de l’anonymat', "sous le couvert de l'anonymat", 'dans un communiqué', 'dans un entretien', 'lors d’une', "lors d'une", 'lors d’un', "lors d'un"],
  // ("Ceux qui le connaissent disent": people, by their relative clause)
  qualifiedPronouns: ['ceux'],
  // (the marker is part of the cue: "a promis de | punir", "s’est engagé à | prendre")
  commitmentVerbs: ['a promis de', 'ont promis de', 'promet de', 'promettent de', 's’est engagé à', 's’est engagée à', 'se sont engagés à', "s'est engagé à", "s'est engagée à", "se sont engagés à", 'a juré de', 'ont juré de'],
  infinitiveEndings: ['er', 'ir', 're'],
  // a verb after the noun ends a phrase after a cue preposition (prep-verb-ends.ts)
  prepPhraseVerbEndings: [],
  prepPhraseNewArticles: [],
  prepPhraseAdjectiveEndings: [],
  ruleNouns: ['loi', 'lois'],
  citingVerbs: ['cite', 'citent', 'a cité', 'ont cité'],
  chargeVerbs: ['a inculpé', 'ont inculpé', 'a mis en examen', 'ont mis en examen'],
  chargePreps: ['pour', 'de'],
  evidenceNouns: [],
  // (none yet: battery 4's English frames — blaming a cause, identifying by name, verbs of saying before a clause's
  // subject, adjective endings — are not known to be needed here)
  causeFrames: [],
  identifyingFrames: { verbs: [], preps: [] },
  sayingVerbs: [],
  adjectiveEndings: [],
  qualifiers: ['proche du', 'proche de', 'proches du', 'proches de', 'au sein du', 'au sein de', 'au fait du', 'en', 'chez'],
  anonymousNouns: [
    // des personnes par leur rôle ou leur lien (« Le conducteur a déclaré », « La mère a raconté »)
    'conducteur', 'conductrice', 'pilote', 'joueur', 'joueuse', 'entraîneur', 'entraîneuse', 'mère', 'père', 'fils', 'fille', 'suspect', 'prévenu', 'prévenue', 'élève', 'capitaine', 'chanteur', 'chanteuse', 'voisin', 'voisine', 'pompier', 'patient', 'patiente', 'client', 'cliente', 'commerçant', 'commerçante', 'entrepreneur', 'entrepreneuse', 'victime', 'habitant', 'habitante', 'agriculteur', 'agricultrice', 'enseignant', 'enseignante',
    'entreprises', 'agriculteurs', 'électeurs', 'commerçants', 'source', 'sources', 'responsables', 'responsable', 'diplomates', 'experts', 'proches', 'habitants', 'témoins', 'enquêteurs', 'membres', 'salariés'],
  docLinks: ['par'],
  // and nouns of a view held, with the author and the clause ("de Miranda’s notion that …", "Smith's belief that …")
  claimNouns: ['annonce', 'déclaration', 'affirmation', 'allégation', 'allégations', 'aveu', 'avertissement', 'prédiction', 'confirmation', 'démenti',
    'idée', 'conviction', 'thèse', 'argument', 'conclusion', 'suggestion', 'théorie'],
  claimLinks: [],
  topicPreps: ['sur', 'concernant'],
  ageWords: ['ans'],
  decimalPointWords: ['point', 'points'],
  scorePointWords: ['par', 'sur'],
  ageBefore: [],
  // (the age's unit after its number carries it: no word before it is part of its span)
  ageSpanWords: [],
  ageCopulas: [],
  changeWords: [],
  frontedOriginCues: [],
  originPreps: ['de', 'du'],
  citingPreps: ['citant'],
  // (none yet: the subject's own account is not read in this language; pass own-accounts)
  ownAccounts: [],
  adverbEndings: ['ment'],
  adverbExceptions: ['comment', 'moment', 'gouvernement', 'parlement', 'département', 'document', 'logement', 'paiement', 'règlement', 'établissement', 'investissement', 'mouvement', 'jugement', 'argument', 'élément', 'événement', 'ment'],
  floatingQuantifiers: ['tous', 'toutes', 'eux-mêmes', 'lui-même', 'elle-même'],
  auxiliaries: ['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'a', 'ont', 'avait', 'avaient', 'aura', 'aurait', 'peut', 'peuvent', 'pourrait', 'doit', 'doivent', 'devrait'],
  passiveAuxiliaries: ['été', 'est', 'sont', 'était'],
  inflectionTail: 1,
  captionLabels: ['légende'],
  publicationVerbs: ['publiée', 'publié', 'publiés', 'publiées', 'parue', 'paru', 'parus', 'parues'],
  publicationPreps: ['dans'],
  journalNouns: ['revue', 'journal', 'magazine'],
  ageNouns: [],
  ageNounEndings: [],
  bracketAgeNouns: [],
  companionNouns: ['équipe', 'collègues', 'collaborateurs', 'collaboratrices', 'coauteurs', 'co-auteurs'],
  editorialLabels: ['correction', 'rectificatif', 'mise à jour', 'précision', 'note de la rédaction', 'ndlr', 'erratum'],
  weakVerbs: [
    'a promis de', 'ont promis de', 'promet de', 'promettent de', 's’est engagé à', 's’est engagée à', 'se sont engagés à', 's\'est engagé à', 's\'est engagée à', 'se sont engagés à', 'a juré de', 'ont juré de', 'a décrit', 'ont décrit', 'décrit', 'décrivent',
    // ruling (see speechVerbs)
    'a statué', 'ont statué', 'statue', 'a tranché', 'ont tranché', 'tranche','conviennent', 'convient', 'a convenu', 'montre', 'révèle', 'a révélé'],
  nounVerbs: ['critique', 'note', 'annonce', 'constate'],
  reportingAdverbs: ['prétendument', 'apparemment', 'selon les informations'],
  stanceAdverbs: ['peut-être', 'probablement', 'sans doute', 'certainement', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'donc', 'ainsi', 'en revanche', 'par ailleurs', 'de plus'],
  storyNouns: ['article', 'articles', 'enquête', 'reportage', 'chronique', 'tribune', 'éditorial', 'editorial'],
  creditVias: ['via'],
  syndicationCues: ['publié initialement', 'initialement publié', 'paru initialement', 'initialement paru', 'article original'],
  syndicationPieces: ['cet article', 'ce texte', 'cette tribune', 'article original'],
  personTitles: ['m', 'mme', 'me', 'dr', 'pr', 'président', 'présidente', 'ministre', 'premier ministre', 'maire', 'juge', 'ambassadeur', 'ambassadrice', 'sénateur', 'sénatrice', 'député', 'députée'],
  hearingBodies: ['commission', 'tribunal', 'cour', 'assemblée', 'sénat', 'parlement', 'jury', 'conseil'],
  interviewVerbs: ['a interrogé', 'a interviewé'],
  quoteVerbs: ['a crié', 'crie', 'cria', 's’est écrié', 's’est écriée', "s'est écrié", "s'est écriée", 's’écrie', "s'écrie", 'a hurlé', 'hurle', 'a murmuré', 'murmure', 'a chuchoté', 'chuchote', 'a supplié', 'supplie', 'a ordonné', 'ordonne', 'a soupiré', 'soupire'],
  infinitiveMarkers: [],
  passiveInfinitives: [],
  controlVerbs: [],
  // verbs of judging, raising and fearing report only with their clause ("Le gouvernement considère qu’…",
  // "La CNIL soulève notamment que …", "les opposants … qui craignent qu’…"); "considère le texte", "soulève une question" do not
  // batch 10: verbs of remembering report only with their clause ("A colleague … then remembered that …")
  // ("soutient que …" maintains a claim; "60 % des Français soutiennent la réforme" support it, an act)
  clauseOnlyVerbs: ['soutient', 'soutiennent', 'a soutenu', 'ont soutenu', 'pensent', 'croient', 'espèrent', 'considère', 'considèrent', 'a considéré', 'ont considéré', 'soulève', 'soulèvent', 'a soulevé', 'ont soulevé', 'craint', 'craignent', 'se souvient', 'se souviennent', 's’est souvenu', 's’est souvenue', "s'est souvenu", "s'est souvenue", 'se rappelle', 'se rappellent'],
  holdingVerbs: [],
  causativeVerbs: [],
  // "la police a répondu par des tirs de gaz lacrymogène": an answer by means of a thing is an act
  answerVerbs: ['a répondu', 'ont répondu', 'répond', 'répondent', 'a riposté', 'ont riposté', 'a réagi', 'ont réagi'],
  answerPreps: ['par', 'avec'],
  directiveVerbs: [],
  creditMarks: ['©', 'copyright', '© fourni par', '© fournie par', '© fournies par'],
  archiveMarks: ['photo d’archives', "photo d'archives", 'archives', 'archive'],
  // words of a masthead: capitals ending a caption that hold one are an outlet's credit (lexicon type)
  mastheadWords: ['journal', 'presse', 'quotidien', 'monde', 'matin', 'dépêche', 'parisien', 'figaro', 'libération', 'tribune', 'courrier', 'écho', 'échos', 'express', 'nouvelles'],
  creditAgencies: ['AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'Getty Images', 'Shutterstock', 'Alamy', 'MaxPPP', 'SIPA', 'Sipa', 'Belga', 'ANSA', 'Keystone-ATS'],
  commaCreditAgencies: [],
  creditLabels: ['photo d’archives', "photo d'archives", 'archives', 'photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'source', 'illustration', 'infographie', 'image', 'vidéo'],
  // a closing line crediting the wires (./sources/furniture-lines.ts)
  wireCreditLeads: ['avec', 'avec les agences'],
  wireNouns: ['agences'],
  // a closing reference line's label before its colon
  referenceLabels: ['plus d’informations', 'plus d\'informations', 'référence', 'références', 'publication'],
  creditPositions: ['à gauche', 'à droite', 'en haut', 'en bas', 'au centre'],
  quoteLeadIns: ['pour', 'selon'],

  sourceNouns: [
    // staff who serve the public, quoted by their role ("the waitress, who said …")
    'serveuse', 'barman',
    // people who comment or answer a poll, as role sources ("One commenter, Bruce Van Horn, noted", "die Befragten gaben an")
    'commentateur', 'commentatrice', 'répondant',
    // the parliamentary opposition, quoted as one body like the government ("The opposition said …", passage battery en-p23)
    'opposition',
    'ministr', 'ministère', 'gouvernement', 'porte-parole', 'autorit', 'agence', 'office', 'institut', 'insee', 'analyst', 'expert', 'économist', 'chercheu', 'scientifique',
    'étude', 'enquête', 'sondage', 'données', 'chiffres', 'relevés', 'rapport', 'communiqué', 'police', 'gendarmerie', 'parquet', 'procureur', 'tribunal',
    'entreprise', 'société', 'groupe', 'banque', 'source', 'préfecture', 'préfet', 'maire', 'président', 'directeur', 'directrice', 'responsable', 'syndicat',
    'association', 'fédération', 'observatoire', 'commission', 'conseil', 'mairie', 'région', 'département', 'collectif', 'spécialiste', 'économistes', 'statistique',
    'avocat', 'avocate', 'cabinet', 'avocats', 'juge', 'magistrat',
    'agriculteur', 'élus', 'élue', 'viticulteur', 'producteur', 'médecin', 'chercheur', 'enseignant', 'professeur', 'habitant', 'témoin', 'député',
    'sénateur', 'ministre', 'dirigeant', 'patron', 'syndicaliste', 'représentant', 'militant', 'opposant', 'partisan', 'riverain',
    'consommateur', 'parent', 'juriste', 'procureure', 'préfète', 'ambassadeur', 'diplomate',
    'auteur', 'autrice', 'chercheuse', 'pédiatre', 'sociologue', 'psychologue', 'psychiatre', 'épidémiologiste', 'cardiologue', 'neurologue',
    'infectiologue', 'historien', 'historienne', 'politologue', 'pharmacien', 'infirmi', 'vétérinaire', 'urbaniste', 'démographe',
    'climatologue', 'docteur', 'praticien',
    // rescuers report casualties ("Les pompiers ont fait état de trois blessés")
    'pompier', 'sauveteur', 'secouriste',
    // (a head of something: "le chef de projet Fumihiko Hazama", "le chef de l’État")
    'chef',
    // an NGO and the press as bodies quoted by their kind ("Selon l’organisation, …", "Le quotidien affirme …")
    'organisation', 'journal', 'quotidien', 'hebdomadaire', 'magazine',
  ],
  docNouns: [
    // an agreement as what it states, scans and tests as evidence ("Le scanner a montré …")
    'accord', 'scanner', 'radiographie', 'tests', 'communiqué', 'rapport', 'étude', 'enquête', 'sondage', 'note', 'données', 'chiffres', 'relevés', 'statistiques', 'site', 'document', 'lettre', 'publication', 'message', 'tweet', 'vidéo', 'entretien', 'interview', 'déclaration', 'bilan', 'analyse', 'estimation', 'plainte', 'réquisitoire', 'jugement', 'arrêt', 'procès-verbal', 'courrier', 'mail', 'courriel', 'avis', 'documents', 'pièces', 'documents judiciaires'],
  // ("Le plan recense trois menaces", "Les travaux montrent que …")
  subjectDocNouns: ['plan'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'nous', 'je', 'vous', 'ce', 'cela', 'ça', 'celui-ci', 'celle-ci', 'certains', 'certaines', 'plusieurs', 'beaucoup', 'tous', 'toutes', 'qui', 'que', 'lui', 'leur', 'y'],
  determiners: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'de'],
  connectors: ['de', 'du', 'des', 'de la', 'd’', "d'", 'l’', "l'", 'la', 'le', 'et', 'pour', 'à'],
  foreignParticles: [],
  // lower-case particles opening a surname ("de Miranda", "van der Berg"); none that is an article or preposition of fr's own before a capitalised noun
  nameParticles: ['de', 'd’', "d'", 'van', 'von', 'der', 'den', 'ter', 'da', 'di', 'del', 'della', 'bin', 'ibn', 'ben', 'al', 'el', 'dos'],
  stopAdjectives: [],
  titleLinks: ['de', 'du', 'des', 'à', 'aux'],
  sampleLinks: [],
  nameQuantifiers: [],
  descriptionTies: ['de', 'du', 'des', 'd’', "d'", 'pour', 'à', 'au', 'aux', 'chez', 'par', 'avec', 'sans', 'selon', 'près', 'proche', 'proches', 'contre', 'sur', 'sous'],
  futureMarkers: [],
  deadlinePreps: [],
  pastMarkers: [],
  stopWords: [
    'que', 'qu’', "qu'", 'qui', 'dont', 'où', 'et', 'mais', 'ou', 'car', 'donc', 'lorsque', 'quand', 'comme', 'si', 'alors', 'tandis', 'pendant', 'depuis',
    'sur', 'dans', 'en', 'avec', 'sans', 'sous', 'par', 'pour', 'vers', 'chez', 'contre', 'avant', 'après', 'lors', 'ne', 'pas', 'aussi', 'également', 'déjà',
    'est', 'sont', 'était', 'a', 'ont', 'avait', 'sera', 'serait', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd’hui', 'ce', 'cette',
  ],
  adverbs: ['aussi', 'également', 'déjà', 'encore', 'toutefois', 'cependant', 'pourtant', 'ainsi', 'récemment', 'toujours', 'souvent'],
  participles: ['publié', 'publiée', 'publiés', 'publiées', 'diffusé', 'diffusée', 'réalisé', 'réalisée', 'menée', 'mené', 'présenté', 'présentée', 'dévoilé', 'dévoilée', 'parue', 'paru', 'provisoire'],
  agentPreps: ['par'],
  witnessParticiples: [],
  claimParticiples: ['confirmé', 'confirmée', 'confirmés', 'confirmées', 'recommandé', 'recommandée', 'recommandés', 'recommandées', 'annoncé', 'annoncée', 'annoncés', 'annoncées', 'estimé', 'estimée', 'rapporté', 'rapportée', 'démenti', 'démentie', 'contesté', 'contestée', 'critiqué', 'critiquée', 'dénoncé', 'dénoncée'],
  fromNouns: ['conseils', 'rhétorique', 'avertissement', 'avertissements', 'critique', 'critiques', 'condamnation', 'éloges', 'objections', 'plaintes', 'assurances', 'recommandation', 'recommandations', 'accusations', 'menaces'],
  fromPreps: ['de la part de', 'venant de', 'émanant de'],
  groupForecasts: {
    verbs: ['attendaient', 'attendent', 'tablaient sur', 'tablent sur', 'anticipaient', 'prévoyaient', 'misaient sur'],
    groups: ['analystes', 'économistes', 'experts', 'observateurs', 'marchés', 'investisseurs', 'prévisionnistes', 'consensus'],
    polled: ['interrogés', 'sondés', 'consultés'],
  },
  // ("Les chercheurs ont avancé une hypothèse", "la police a donné des précisions", "ont fourni une explication")
  contentObjects: {
    verbs: ['fourni', 'fournit', 'fournissent', 'avancé', 'avance', 'avancent', 'donné', 'apporté', 'apporte', 'apportent', 'proposé', 'exprimé', 'émis', 'émet', 'émettent'],
    nouns: [
      // stances ("a exprimé son regret")
      'espoir', 'regret', 'regrets', 'déception', 'optimisme', 'colère', 'indignation', 'condoléances', 'satisfaction', 'gratitude', 'explication', 'explications', 'hypothèse', 'hypothèses', 'théorie', 'théories', 'estimation', 'estimations', 'précisions', 'détails', 'éclairage', 'témoignage', 'preuves', 'prévisions', 'justification', 'inquiétudes', 'doutes', 'réserves', 'craintes', 'critiques'],
    // ("Les autorités ont chiffré le coût à 2 millions": chiffrer is a reporting verb of its own, none needed here)
    estimates: { verbs: [], nouns: [], preps: [] },
  },
  approximators: ['environ', 'près de', 'plus de', 'moins de', 'quelque', 'presque', 'jusqu’à', "jusqu'à", 'au moins', 'quelques', 'sous les', 'plus d’', 'à peine'],
  thanWords: [],
  countNouns: ['personnes', 'habitants', 'salariés', 'employés', 'emplois', 'logements', 'soldats', 'morts', 'victimes', 'enfants', 'élèves', 'voix', 'cas', 'fois', 'pixels'],
  abbreviations: [
    'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'p. ex', 'cf', 'env', 'av', 'apr', 'J.-C', 'n°', 'art', 'vol',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
};
export default fr;
