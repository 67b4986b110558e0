// German lexicon (data only; see ./types.ts for what each list means).
import type { Lexicon } from './types';

const de: Lexicon = {
  numbers: 'eu',
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  // (no "bis ende", "seit anfang": a period word before a month stays, the plain preposition before it goes, "Seit Anfang März" → "Anfang März")
  datePreps: ['im', 'in', 'seit', 'bis', 'ab', 'von', 'vom', 'zum', 'am', 'für', 'nach', 'vor', 'anfang', 'ende', 'mitte', 'bis zum', 'zwischen'],
  // (of datePreps, those that stay with a year: the part of the year they name)
  yearPeriodPreps: ['anfang', 'ende', 'mitte'],
  yearWords: [],
  periodWords: ['ersten halbjahr', 'zweiten halbjahr', 'ersten quartal', 'zweiten quartal', 'dritten quartal', 'vierten quartal', 'frühjahr', 'sommer', 'herbst', 'winter', 'jahr', 'jahres', 'geschäftsjahr'],
  scales: {
    tausend: 1e3, tsd: 1e3, 'tsd.': 1e3, million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9,
    billion: 1e12, billionen: 1e12, hundert: 100,
  },
  currencies: {
    '€': 'EUR', eur: 'EUR', euro: 'EUR', '$': 'USD', 'us-dollar': 'USD', dollar: 'USD', usd: 'USD', '£': 'GBP', pfund: 'GBP', franken: 'CHF', chf: 'CHF',
    cent: 'EUR¢', rubel: 'RUB', hrywnja: 'UAH', griwna: 'UAH', yen: 'JPY', yuan: 'CNY', kronen: 'DKK', dkk: 'DKK', złoty: 'PLN', zloty: 'PLN', '₦': 'NGN', ngn: 'NGN', naira: 'NGN',
  },
  percentWords: ['%', 'prozent', 'prozentpunkte', 'prozentpunkten', 'basispunkte', 'promille'],
  units: {
    mal: '×', 
    km: 'km', kilometer: 'km', kilometern: 'km', quadratkilometer: 'km2', 'km²': 'km2', meter: 'm', metern: 'm', zentimeter: 'cm', millimeter: 'mm',
    quadratmeter: 'm2', 'm²': 'm2', kubikmeter: 'm3', 'm³': 'm3', hektar: 'ha', ha: 'ha', kilogramm: 'kg', kg: 'kg', gramm: 'g', tonnen: 't', tonne: 't',
    liter: 'l', '°c': '°C', grad: '°', 'grad celsius': '°C', gw: 'GW', gigawatt: 'GW', teraflops: 'TFLOPS', tflops: 'TFLOPS', petaflops: 'PFLOPS', mw: 'MW', megawatt: 'MW', kw: 'kW', kilowatt: 'kW', kwh: 'kWh',
    mwh: 'MWh', gwh: 'GWh', twh: 'TWh', kilowattstunden: 'kWh', 'km/h': 'km/h', stundenkilometer: 'km/h', stundenkilometern: 'km/h', meilen: 'mi',
    gb: 'GB', gigabyte: 'GB', tb: 'TB', terabyte: 'TB', mb: 'MB', megabyte: 'MB', mbit: 'Mbit', ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', hz: 'Hz', hertz: 'Hz', khz: 'kHz', millisekunden: 'ms', megapixel: 'MP', kcal: 'kcal', w: 'W', watt: 'W', wh: 'Wh', mah: 'mAh', fps: 'fps',
    sekunden: 's', minuten: 'min', stunden: 'h', stunde: 'h', tage: 'd', tagen: 'd', tag: 'd', wochen: 'wk', woche: 'wk', monate: 'mo', monaten: 'mo', monat: 'mo', jahre: 'yr', jahren: 'yr', jahr: 'yr',
    // an engine's power and torque ("150 PS" is in caseUnits), an area in miles
    pferdestärken: 'PS', newtonmeter: 'N·m', quadratmeilen: 'mi2',
  },
  // units written in one case only, matched as written
  caseUnits: { PS: 'PS', Nm: 'N·m', MP: 'MP', ms: 'ms', V: 'V', kW: 'kW', KW: 'kW', Ah: 'Ah', AH: 'Ah' },
  // (a megapixel count only glued or hyphenated: "12MP", "12-MP"; "400 MP candidates" are members of parliament)
  gluedUnits: ['MP'],
  // (none: its short forms take no dot or always keep theirs)
  dotlessAbbreviations: [],

  // (none: the letter forms of en are local to Nigerian English)
  letterCurrencies: {},
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14,
    fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
    siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, dutzend: 12, dutzende: 24, hunderte: 200, tausende: 2000, zweier: 2, dreier: 3,
    // one and a half, two and a half …
    eineinhalb: 1.5, anderthalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5, fünfeinhalb: 5.5, sechseinhalb: 6.5, siebeneinhalb: 7.5, achteinhalb: 8.5, neuneinhalb: 9.5,
  },
  fractions: { 'ein viertel': 25, 'einem viertel': 25, 'ein drittel': 33.3, 'einem drittel': 33.3, 'die hälfte': 50, 'zwei drittel': 66.7, 'drei viertel': 75, 'jede zweite': 50, 'jeder zweite': 50, 'jedes zweite': 50, 'jede dritte': 33.3, 'jeder dritte': 33.3, 'jedes dritte': 33.3, 'jede vierte': 25, 'jeder vierte': 25, 'jedes vierte': 25, 'jede fünfte': 20, 'jeder fünfte': 20, 'jedes fünfte': 20, 'jede sechste': 16.7, 'jeder sechste': 16.7, 'jede zehnte': 10, 'jeder zehnte': 10, 'ein fünftel': 20, 'einem fünftel': 20, 'zwei fünftel': 40, 'drei fünftel': 60, 'vier fünftel': 80, 'ein zehntel': 10, 'einem zehntel': 10 },
  numberJoiners: ['und'],
  scaleArticles: ['ein', 'eine', 'einer'],
  loneScales: [],
  numberHalves: [],
  compoundNumbers: true,
  numberPrefixes: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100 },
  unitStems: { tägig: 'd', wöchig: 'wk', monatig: 'mo', jährig: 'yr', stündig: 'h', minütig: 'min', stöckig: 'floor', prozentig: '%', fach: '×' },
  approxQuantities: { 'mehrere hundert': 300, 'einige hundert': 300, 'mehrere tausend': 3000, 'einige tausend': 3000, 'zehntausende': 10000, 'hunderttausende': 100000, 'ein dutzend': 12 },
  // a span of years as one duration ("ein Vierteljahrhundert", "ein halbes Jahrhundert")
  yearSpans: { 'ein vierteljahrhundert': 25, 'einem vierteljahrhundert': 25, 'eines vierteljahrhunderts': 25, 'vierteljahrhundert': 25, 'vierteljahrhunderts': 25, 'ein halbes jahrhundert': 50, 'einem halben jahrhundert': 50, 'eines halben jahrhunderts': 50, 'halbes jahrhundert': 50, 'halben jahrhundert': 50 },
  minusWords: ['minus'],
  // (the other half of a tolerance: "plus or minus 3 degrees" is no temperature below zero)
  plusMinusWords: ['plus oder', '±'],
  yearOrdinals: {},
  yearHundreds: {},
  durationSpans: { 'ein jahr': 'yr', 'einem jahr': 'yr', 'einen monat': 'mo', 'einem monat': 'mo', 'ein monat': 'mo' },
  durationLeads: ['mehr als', 'über', 'innerhalb', 'binnen', 'nach', 'seit', 'knapp', 'fast', 'rund', 'etwa', 'mindestens'],
  relativeTimeWords: ['zuvor', 'später', 'davor', 'danach', 'früher'],
  oneWords: [],
  oneLimiters: [],
  oneExclusions: [],
  pluralScales: { millionen: 2e6, milliarden: 2e9, hunderte: 200, tausende: 2000 },
  vagueQuantifiers: ['mehrere', 'einige', 'wenige'],
  quantityLinks: [],
  multipliers: { doppelt: 2, 'das doppelte': 2, 'das dreifache': 3, 'das vierfache': 4, 'das zehnfache': 10, verdoppelt: 2, verdoppelte: 2, verdreifacht: 3, dreifach: 3, vervierfacht: 4, halbiert: 0.5, zweimal: 2, dreimal: 3, viermal: 4, zehnmal: 10 },
  multipliersBeforeDeterminer: {},
  multiplierFollowers: [],
  multiplierIdioms: [],
  numberNameHeads: [],
  rankAfterAmounts: [],
  nounlessUnits: ['tb', 'gb', 'mb'],
  ambiguousUnits: {},
  moneyWords: [],
  clockSuffixes: ['uhr'],
  clockSeparators: [':', '.'],
  clockWords: { Mitternacht: '00:00', mitternachts: '00:00' },
  clockPhrases: { past: ['nach'], to: ['vor'], fractions: { viertel: 15 }, preps: ['um', 'gegen', 'ab', 'bis'], minuteWords: [], halfBefore: ['halb'], oclock: ['Uhr'] },
  clockForms: { forms: [], preps: [], hours: {}, ordinalHours: {}, minutes: {}, dayParts: {} },
  ratioWords: ['Maßstab', 'Massstab', 'Verhältnis'],
  quarterWords: ['quartal', 'quartals'],
  halfYearWords: ['halbjahr', 'halbjahres', 'halbjahrs'],
  quarterOrdinals: { ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4 },
  decadeSuffixes: ['er-Jahre', 'er-Jahren', 'er Jahre', 'er Jahren', 'ern', 'er'],
  decadePrefixes: [],
  centuryWords: ['jahrhundert', 'jahrhunderts'],
  centuryOrdinals: {
    ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4, fünften: 5, fünfte: 5, sechsten: 6,
    sechste: 6, siebten: 7, siebte: 7, achten: 8, achte: 8, neunten: 9, neunte: 9, zehnten: 10, zehnte: 10, elften: 11, elfte: 11,
    zwölften: 12, zwölfte: 12, dreizehnten: 13, dreizehnte: 13, vierzehnten: 14, vierzehnte: 14, fünfzehnten: 15, fünfzehnte: 15,
    sechzehnten: 16, sechzehnte: 16, siebzehnten: 17, siebzehnte: 17, achtzehnten: 18, achtzehnte: 18, neunzehnten: 19,
    neunzehnte: 19, zwanzigsten: 20, zwanzigste: 20, einundzwanzigsten: 21, einundzwanzigste: 21,
  },
  referenceWords: [/* a software version ("Update 5.3") */ 'Version', 'Update', 'Release', 'Tag', 'Teil', 'Spiel', 'Etappe', 'Art.', 'Artikel', 'Abs.', 'Absatz', 'Nr.', 'Nummer', 'S.', 'Seite', '§', 'Paragraf', 'Paragraph', 'Kapitel', 'Linie', 'Gleis', 'Bundesstraße', 'Autobahn', 'Staffel', 'Folge', 'Typ', 'Gruppe', 'Klasse', 'Kategorie', 'Stufe', 'Generation'],
  referencePlurals: ['§§', 'Paragrafen', 'Paragraphen', 'Absätze', 'Seiten', 'Linien', 'Gleise', 'Ausfahrten', 'Anschlussstellen'],
  emergencyNumbers: ['110', '112'],
  serviceNumbers: ['115', '116117'],
  phonePreps: ['unter'],
  andWords: ['und'],
  comboJoiners: ['in'],
  phoneWords: ['notruf', 'notrufnummer', 'anrufen', 'angerufen', 'wählen', 'gewählt', 'leitstelle'],
  identifierLabels: ['DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'arXiv', 'Postfach'],
  streetWords: ['straße', 'str.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer'],
  scoreWords: ['sieg', 'siege', 'niederlage', 'niederlagen', 'führung', 'unentschieden', 'erfolg', 'heimsieg', 'auswärtssieg', 'endstand', 'halbzeitstand'],
  gameWords: ['Verlängerung', 'Halbzeit', 'Powerplay', 'Überzahl', 'Hattrick'],
  tallyWords: ['Stimmen', 'Stimme', 'Abstimmung', 'stimmten', 'Mehrheit', 'Urteil'],
  rangePairs: [['vom', 'bis', 'days'], ['zwischen dem', 'und', 'days'], ['von', 'bis'], ['zwischen', 'und'], ['', 'bis']],
  proportionLinks: ['von'],
  ratePreps: ['pro', 'je'],

  rateArticles: ['im', 'am', 'pro', 'je'],
  rateNouns: ['Jahr', 'Monat', 'Tag', 'Woche', 'Stunde', 'Liter', 'Kopf'],
  attachedScales: { mn: 1e6, bn: 1e9, m: 1e6, k: 1e3, M: 1e6, Mn: 1e6, Bn: 1e9, K: 1e3 },
  // a measure's unit inside a compound noun, capitalised: "im 20-Minuten-Takt", "ein 12-Kilometer-Stau", "die 40-Stunden-Woche"
  // (not "Prozent" or "Euro": "5-Prozent-Hürde" and "49-Euro-Ticket" are no measures)
  hyphenUnits: ['Sekunden', 'Minuten', 'Stunden', 'Tage', 'Wochen', 'Monate', 'Kilometer', 'Meter', 'Zentimeter', 'Millimeter', 'Tonnen', 'Kilogramm', 'Liter', 'Hektar'],
  hyphenUnitStems: { jährig: 'yr', monatig: 'mo', wöchig: 'wk', tägig: 'd', stündig: 'h', minütig: 'min', /* a compound's genitive: "ein 10-Jahres-Plan" */ jahres: 'yr', monats: 'mo', tages: 'd' },
  // (none: such adjectives are one word here, "Vierzylinder", "четырёхцилиндровый", or a count after the number, "quatre portes")
  configurationNouns: [],
  nameSizeUnits: [],
  rangeWords: ['bis', 'und'],
  periodLinks: [],
  monthBeforeDay: false,
  capitalisedMonths: true,
  ambiguousMonths: [],
  ordinalDotLeads: ['der', 'die', 'das', 'des', 'den', 'dem', 'zum', 'zur', 'im', 'ins', 'beim', 'seinem', 'seinen', 'seiner', 'ihrem', 'ihren', 'ihrer'],
  sentenceOpeners: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Am', 'Im', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Man', 'Dies', 'Diese', 'Dieser', 'Dieses'],

  // reproach, pointing out, stressing, clarifying, announcing, explaining: their particle apart at the clause's end
  separableCues: [
    ['wirft', 'vor'], ['warf', 'vor'], ['werfen', 'vor'], ['warfen', 'vor'], ['wies', 'hin'], ['weist', 'hin'], ['wiesen', 'hin'], ['weisen', 'hin'], ['hob', 'hervor'], ['hebt', 'hervor'], ['hoben', 'hervor'], ['heben', 'hervor'], ['stellte', 'klar'], ['stellt', 'klar'], ['stellten', 'klar'], ['gab', 'bekannt'], ['gibt', 'bekannt'], ['gaben', 'bekannt'], ['geben', 'bekannt'], ['führte', 'aus'], ['führt', 'aus'], ['führten', 'aus'], ['legte', 'dar'], ['legt', 'dar'], ['legten', 'dar'],
  ],
  speechVerbs: [
    // a pledge with its infinitive (commitmentVerbs: "Die Regierung versprach, die Steuern zu senken"); judging an object "als" something (complementVerbs: "Experten betrachten Neuseeland als …"); charging someone (chargeVerbs: "Die Staatsanwaltschaft erhob Anklage gegen den Mann")
    'versprach', 'versprachen', 'verspricht', 'gelobte', 'gelobten', 'betrachtet', 'betrachtete', 'betrachten', 'betrachteten', 'erhob Anklage', 'erhoben Anklage', 'erhebt Anklage',
    // a court's ruling reports its finding, before a clause only (also in weakVerbs: "entschied sich für" is an act); the past only: "Der Patient entscheidet, welche …" is a choice
    'entschied', 'entschieden', 'urteilte', 'urteilten', 'befand', 'befanden',
    // regret and confession voiced ("Der Minister bedauerte, dass …", "Sie gesteht, dass …")
    'bedauert', 'bedauerte', 'bedauern', 'bedauerten', 'gesteht', 'gestand', 'gestehen', 'gestanden',
    // complaining, finding out ("Kritiker bemängeln, dass …", "Forscher haben herausgefunden, dass …")
    'bemängelt', 'bemängelte', 'bemängeln', 'bemängelten', 'moniert', 'monierte', 'monieren', 'monierten', 'herausgefunden', 'fanden heraus', 'fand heraus', 'findet heraus', 'finden heraus',
    // verbs of remembering (clauseOnlyVerbs)
    'erinnerte sich', 'erinnert sich', 'erinnerten sich',
    // verbs of agreeing and signalling report only before a clause (also in weakVerbs)
    'signalisierte', 'signalisiert',
    'bezeichnete', 'bezeichnet', 'bezeichneten',
    'sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'teilte', 'teilten', 'teilt', 'mitgeteilt', 'betonte',
    'betont', 'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldet', 'schrieb', 'schreibt', 'warnte', 'warnt', 'kritisierte', 'kritisiert',
    'begrüßte', 'begrüßt', 'forderte', 'fordert', 'kündigte', 'räumte', 'bestätigte', 'bestätigt', 'ergänzte', 'fügte', 'hieß es', 'heißt es',
    'schätzt', 'schätzte', 'schätzen', 'geht davon aus', 'rechnet', 'rechnen', 'erwartet', 'erwarten', 'zeigt', 'zeigte', 'ergab', 'ergibt',
    'äußerte', 'sprach', 'nannte', 'bezeichnete', 'verwies', 'unterstrich', 'bekräftigte', 'widersprach', 'dementierte', 'beklagte', 'mahnte',
    'halten', 'hält', 'hielt', 'berichten', 'beziffert', 'bezifferte', 'bezifferten', 'kündigt', 'kündigen', 'bitten', 'bittet', 'bat', 'aufgerufen',
    'appellierte', 'appelliert', 'betonen', 'warnen', 'fordern', 'kritisieren', 'erklären', 'spricht von', 'sprach von', 'sprechen von',
    'gehen davon aus', 'sehen', 'sieht', 'befürchten', 'befürchtet', 'befürchtete', 'fürchten', 'hofft', 'hoffen', 'glaubt', 'glauben', 'meint',
    'meinen', 'denken', 'denkt', 'vermutet', 'vermuten', 'bestätigen', 'zeigt sich', 'zeigte sich', 'zeigten sich', 'zeigen sich', 'kommt zu', 'kam zu', 'gewarnt',
    'gefordert', 'angekündigt', 'meinte', 'ergänzt', 'twitterte', 'fasste zusammen', 'resümierte', 'gab zu', 'räumte ein', 'beteuerte',
    'versicherte', 'mitteilte', 'mitteilten', 'mitteilt', 'bekanntgab', 'bekanntgaben', 'bekanntgibt', 'ankündigte', 'angab', 'angaben',
    // the other persons and tenses of verbs listed, and more verbs of saying
    'betonten', 'warnten', 'forderten', 'kritisierten', 'bestätigten', 'begrüßten', 'begrüßen', 'schrieben', 'schreiben', 'meldeten',
    'beklagt', 'beklagen', 'beklagten', 'mahnt', 'mahnen', 'mahnten', 'verweist', 'verweisen', 'verwiesen', 'unterstreicht', 'unterstrichen',
    'bekräftigt', 'bekräftigten', 'widerspricht', 'widersprachen', 'widersprechen', 'dementiert', 'erläuterte', 'erläutert', 'erläuterten', 'argumentierte',
    'argumentiert', 'argumentieren', 'argumentierten', 'begründete', 'begründet', 'begründeten', 'prognostiziert', 'prognostizierte',
    'prognostizieren', 'prognostizierten', 'versichert', 'beteuert', 'kommentierte', 'kommentiert', 'antwortete', 'antwortet', 'antworteten',
    'entgegnete', 'entgegnet', 'erwiderte', 'erwidert', 'konstatierte', 'konstatiert', 'stellte fest', 'stellt fest', 'stellten fest',
    'räumt ein', 'räumten ein', 'gibt zu', 'gaben zu', 'empfiehlt', 'empfahl', 'empfehlen', 'empfahlen', 'rät', 'riet', 'raten', 'rieten',
    'ergänzten', 'schätzten', 'erwartete', 'erwarteten', 'rechnete', 'rechneten', 'glaubte', 'glaubten', 'vermutete', 'vermuteten',
    'befürchteten', 'hoffte', 'hofften', 'meinten', 'informierte', 'informiert', 'informierten', 'kündigten', 'teilten mit', 'bilanzierte',
    'bilanziert', 'resümiert', 'zitiert',
    'plädierte', 'plädiert', 'plädierten',
    // an impersonal report from a fronted origin (frontedOriginCues: "Aus Regierungskreisen verlautete, …")
    'verlautete', 'verlautet', 'verlauteten',
  ],
  participleCues: [],
  // (German names with a finite verb: "und nannte es einen Verrat"; no participle of naming)
  namingParticiples: [],
  namedObjects: [],
  namingIdioms: [],
  docParticiples: [],
  complementWords: ['als'],
  complementVerbs: [
    'betrachtet', 'betrachtete', 'betrachten', 'betrachteten', 'bezeichnete', 'bezeichnet', 'bezeichneten'],
  complementIdioms: ['teil', 'auch', 'erwartet', 'geplant', 'bisher', 'üblich', 'folgt', 'ob'],
  finalCues: ['vorgeworfen', 'aufgerufen', 'gesagt', 'erklärt', 'gewarnt', 'gefordert', 'kritisiert', 'angekündigt', 'betont', 'mitgeteilt', 'berichtet', 'bestätigt', 'geäußert', 'eingeräumt', 'hingewiesen', 'erläutert', 'begründet', 'hervorgehoben', 'kommentiert', 'geschrieben', 'gemeldet', 'geschätzt', 'prognostiziert', 'bekräftigt', 'versichert', 'beklagt', 'empfohlen', 'angegeben', 'bekanntgegeben', 'dementiert', 'unterstrichen', 'argumentiert', 'bemängelt'],
  objectRelatives: [],
  judgingVerbs: [],
  afterCuePreps: [],
  nameSuffixes: ['gmbh', 'ag', 'kg', 'se'],
  // prepositions opening a fronted phrase before a subject without a comma (none: the verb comes second)
  frontedPreps: [],
  // words opening an absolute phrase with a reporting participle (none: German says "wobei X sagte", a finite verb)
  withWords: [],
  // idioms of wording in an as-clause (pass as-idioms)
  asIdioms: ['es formulierte', 'es formuliert', 'es ausdrückte', 'es ausdrückt', 'es formuliert hat', 'es ausgedrückt hat'],
  // (an author here follows the noun of wording, in an accordingTo phrase; see the type)
  wordingNouns: [],
  wordingPreps: [],
  // (the agent stands before the participle: „von Kritikern als … bezeichnet“; see the type)
  namedParticiples: [],
  asWords: ['wie'],
  // (none: after a verb of writing the next phrase is as often its subject, "inverted")
  writingVerbs: [],
  // ("schreibt schwarze Zahlen", "hat einen Verlust geschrieben", "schrieb Geschichte", "schrieb Schlagzeilen": a result or a
  // feat, not a text)
  writtenActVerbs: ['schrieb', 'schrieben', 'schreibt', 'schreiben', 'geschrieben'],
  writtenActObjects: ['zahlen', 'verlust', 'verluste', 'gewinn', 'gewinne', 'geschichte', 'schlagzeilen'],
  // (no reporting gerund after a preposition: the adverbial participle stands alone, after a comma)
  gerundPreps: [],
  // object pronouns that are never possessives: one ends a phrase read back from a verb ("made him realize | Giuliani believed")
  objectPronouns: ['ihn', 'ihm', 'ihnen', 'uns', 'mich', 'mir'],
  asClause: ['wie'],
  // "nach einem Bericht des DWD", "geht aus einem Bericht des Umweltbundesamtes hervor": before a document
  docPreps: ['nach', 'aus'],
  accordingTo: ['laut', 'mit den worten', 'mit den worten von', 'nach angaben', 'nach angaben von', 'zufolge', 'nach informationen', 'nach informationen von', 'nach auskunft', 'nach einschätzung', 'nach ansicht', 'nach schätzungen', 'unter berufung auf', 'gegenüber', 'nach überzeugung', 'nach auffassung', 'nach darstellung', 'nach aussage', 'nach aussagen', 'nach erkenntnissen', 'nach ermittlungen', 'nach einschätzung von', 'nach worten', 'heißt es in', 'heißt es im', 'hieß es in', 'hieß es im', 'heißt es aus', 'hieß es aus', 'heißt es bei', 'hieß es bei', 'nach schätzung', 'nach berechnungen', 'nach prognosen',
    // (with "von" before a name or a plural without article, which is no part of the source: "Nach Ansicht von Ökonomen")
    'nach ansicht von', 'nach auffassung von', 'nach darstellung von', 'nach aussage von', 'nach aussagen von', 'nach überzeugung von',
    'nach erkenntnissen von', 'nach schätzungen von', 'nach berechnungen von', 'nach prognosen von', 'nach worten von', 'nach auskunft von',
    // counts, research and data as the origin ("Nach Zählungen des Verbands", "Nach Recherchen des NDR", "Nach Daten des Statistischen Landesamts")
    'nach zählungen', 'nach zählungen von', 'nach recherchen', 'nach recherchen von', 'nach daten', 'nach daten von', 'nach zahlen', 'nach zahlen von'],
  postpositions: ['zufolge'],
  closingCues: ['so'],
  impersonal: [],
  impersonalPreps: [],
  nounPreps: [],
  objectPreps: [
    'mit', 'bei', 'zu', 'zum', 'zur', 'aus', 'für', 'gegen', 'ohne', 'um', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen',
    'durch', 'seit', 'abseits', 'trotz', 'wegen', 'während', 'innerhalb', 'außerhalb', 'ab', 'an', 'am', 'im', 'in', 'auf', 'beim', 'vom',
  ],
  outletArticles: ['dem', 'der'],
  // (a compound ends with one: "Nachrichtenagentur", "Tageszeitung"; "sagte der Zeitung" stays a listener, see audience)
  outletNouns: ['agentur', 'zeitung', 'blatt', 'sender', 'magazin', 'portal', 'rundfunk', 'nachrichtendienst', 'zeitschrift'],
  // (an outlet between a told verb and its speaker: "сообщил ТАСС источник"; see the type)
  // (adjectives of institution names in lower case: "l’Organisation mondiale de la santé"; see the type)
  nameAdjectiveEndings: [],
  outletBeforeSpeaker: false,
  toldVerbs: [
    'sagte', 'sagten', 'erklärte', 'bestätigte', 'teilte',
    'erklärten', 'bestätigten', 'teilten', 'sagt', 'erklärt', 'bestätigt',
  ],
  audience: ['der presse', 'journalisten', 'den journalisten', 'reportern', 'dem sender', 'der zeitung', 'bei einer pressekonferenz', 'bei der vorstellung', 'auf anfrage', 'auf nachfrage'],
  negativeDeterminers: ['kein', 'keine', 'keiner', 'keinen', 'keinem', 'keines'],
  negations: ['nicht', 'nie', 'niemals'],
  verdictWords: ['schuldig', 'unschuldig'],
  // a document's words quoted after it ("The statement read: …")
  docSubjectVerbs: ['lautet', 'lautete', 'lauten', 'lauteten'],
  // ("Eine Studie belegt einen Anstieg"; "belegt Platz drei" is a rank, so only with a document as subject)
  docFindingVerbs: [
    // evidence bearing a claim out ("Die Daten stützen die Annahme")
    'stützt', 'stützen', 'stützte', 'stützten', 'untermauert', 'untermauern', 'untermauerte', 'untermauerten', 'belegt', 'belegen', 'belegte', 'belegten', 'identifiziert', 'identifizierte', 'listet', 'listete', 'benennt', 'benannte'],
  docVerbs: ['veröffentlichte', 'veröffentlichten', 'veröffentlicht', 'legte vor', 'legten vor', 'legt vor'],
  plannedNouns: ['plan', 'pläne', 'fahrplan', 'strategie', 'vorschlag', 'vorschläge', 'konzept', 'karte'],
  mediaNouns: ['video', 'videos', 'aufnahmen', 'bilder', 'fotos', 'filmaufnahmen', 'videoaufnahmen'],
  indefiniteArticles: ['ein', 'eine', 'einen'],
  namingVerbs: ['nannte', 'nennt', 'nannten'],
  personalPronouns: ['er', 'sie', 'wir', 'ich'],
  pluralPronouns: ['sie'],
  speakerPronouns: ['er', 'sie'],
  subordinators: ['nachdem', 'als', 'wenn', 'bevor', 'während', 'weil', 'falls', 'seit', 'seitdem', 'obwohl', 'obgleich', 'sobald'],
  invertedPronounSuffixes: [],
  ambiguousVerbs: ['ergänzte', 'fügte'],
  clauseWords: ['dass', 'und', 'aber'],
  coordinators: ['und', 'aber'],
  relativeWords: ['der', 'die', 'das'],
  nounRelativeWords: [],
  pastTenseEndings: [],
  participleEndings: [],
  reducedRelativeEndings: [],
  trustVerbs: [],
  sharedCues: [],
  focusVerbs: ['betont', 'betonte', 'betonten', 'unterstreicht'],
  pairWords: ['und'],
  // (only the plural -s: a weak noun's -n/-en is as often its singular's case ending, "dem Präsidenten")
  pluralEndings: ['s'],
  // names of fields of knowledge that may speak for their researchers ("Neuroscience tells us that"; lexicon type)
  disciplineEndings: ['wissenschaft', 'wissenschaften', 'forschung', 'logie', 'ökonomie', 'physik', 'mathematik', 'statistik', 'medizin'],
  // (German nouns are capitalised: a plural agent noun is read as a name's word already)
  agentNounEndings: [],
  // (none: German agent nouns are capitalised, agent-subjects.ts does not run)
  agentThingVerbs: [],
  // ("hätte … gesagt" splits around its object; the counterfactual is not read here)
  counterfactualPerfects: [],
  capitalisedNouns: true,
  verbSecond: true,
  dashedDescriptions: false,
  possessives: ['sein', 'seine', 'seiner', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'unser', 'unsere'],
  thirdPossessives: ['sein', 'seine', 'seiner', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren'],
  timeWords: ['tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'wochenende', 'abend', 'morgen', 'nacht', 'stunden', 'zeit', 'heute', 'gestern', 'quartal', 'halbjahr'],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  timeModifiers: ['nächste', 'nächsten', 'nächster', 'letzte', 'letzten', 'kommende', 'kommenden', 'vergangene', 'vergangenen', 'vorigen'],
  settingPhrases: [],
  qualifiedPronouns: [],
  // ("Die Regierung versprach, die Steuern zu senken": the infinitive with "zu" closes the clause)
  commitmentVerbs: ['versprach', 'versprachen', 'verspricht', 'gelobte', 'gelobten'],
  infinitiveEndings: [],
  // a verb after the noun ends a phrase after a cue preposition (prep-verb-ends.ts)
  prepPhraseVerbEndings: [],
  prepPhraseNewArticles: ['die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'einem'],
  prepPhraseAdjectiveEndings: [],
  ruleNouns: ['gesetz', 'gesetzes', 'gesetze', 'gesetzen'],
  citingVerbs: ['zitiert', 'zitierte', 'zitierten'],
  chargeVerbs: ['erhob anklage', 'erhoben anklage', 'erhebt anklage'],
  chargePreps: ['gegen', 'wegen'],
  evidenceNouns: [],
  // (none yet: battery 4's English frames — blaming a cause, identifying by name, verbs of saying before a clause's
  // subject, adjective endings — are not known to be needed here)
  causeFrames: [],
  identifyingFrames: { verbs: [], preps: [] },
  sayingVerbs: [],
  adjectiveEndings: [],
  qualifiers: ['aus', 'in', 'im', 'bei', 'vertraut mit'],
  anonymousNouns: ['landwirte', 'beschäftigte', 'wähler', 'händler', 'insider', 'kreise', 'kreisen', 'quellen', 'experten', 'beobachter', 'mitarbeiter', 'beamte', 'diplomaten', 'teilnehmer', 'anwohner', 'zeugen', 'ermittler'],
  docLinks: ['von', 'vom'],
  // and nouns of a view held, with the author and the clause ("de Miranda’s notion that …", "Smith's belief that …")
  claimNouns: ['ankündigung', 'erklärung', 'behauptung', 'aussage', 'warnung', 'eingeständnis', 'vorwurf', 'vorwürfe', 'bestätigung', 'mitteilung', 'versicherung',
    'auffassung', 'ansicht', 'überzeugung', 'argument', 'these', 'schlussfolgerung'],
  claimLinks: [],
  topicPreps: ['über', 'zu', 'zum', 'zur'],
  ageWords: ['jahre'],
  decimalPointWords: [],
  scorePointWords: [],
  ageBefore: [],
  // (the age's unit after its number carries it: no word before it is part of its span)
  ageSpanWords: [],
  ageCopulas: [],
  changeWords: ['um', 'stieg', 'stiegen', 'sank', 'sanken', 'erhöhte', 'erhöhten', 'senkte', 'senkten', 'fiel', 'fielen'],
  frontedOriginCues: ['hieß es', 'heißt es', 'verlautete', 'verlautet', 'verlauteten'],
  originPreps: ['aus'],
  citingPreps: ['unter berufung auf'],
  ownAccounts: ['nach eigenen angaben', 'eigenen angaben zufolge', 'nach eigener aussage', 'nach eigenen aussagen', 'nach eigener darstellung', 'nach eigenen worten', 'nach eigener einschätzung', 'nach eigenen berechnungen', 'nach eigenen schätzungen'],
  adverbEndings: [],
  adverbExceptions: [],
  floatingQuantifiers: ['beide', 'alle', 'selbst'],
  auxiliaries: ['ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können', 'könnte', 'soll', 'sollen', 'muss', 'müssen'],
  passiveAuxiliaries: ['wurde', 'wurden', 'worden', 'wird', 'werden'],
  passiveBracket: true,
  inflectionTail: 2,
  captionLabels: ['bildunterschrift', 'bildbeschreibung'],
  publicationVerbs: ['veröffentlicht', 'veröffentlichte', 'veröffentlichten', 'erschienen', 'erschien', 'erschienene', 'erschienenen', 'publiziert', 'publizierte', 'publizierten'],
  publicationPreps: ['in', 'im'],
  journalNouns: ['fachzeitschrift', 'zeitschrift', 'fachblatt', 'fachmagazin', 'fachjournal', 'magazin', 'journal'],
  ageNouns: [],
  // (after the year's stem: "die 42-Jährige", "ein 34-Jähriger", "den 42-Jährigen")
  ageNounEndings: ['e', 'er', 'en'],
  // a person's noun before an age in brackets ("Der Angeklagte (34),"; a counter's noun is none: "Die Kommentare (8)")
  bracketAgeNouns: ['angeklagte', 'angeklagter', 'täter', 'täterin', 'fahrer', 'fahrerin', 'autofahrer', 'autofahrerin', 'opfer', 'mann', 'frau', 'rentner', 'rentnerin', 'schüler', 'schülerin', 'junge', 'mädchen', 'jugendliche', 'jugendlicher', 'verdächtige', 'verdächtiger', 'beschuldigte', 'beschuldigter', 'verletzte', 'verletzter', 'fußgänger', 'fußgängerin', 'radfahrer', 'radfahrerin', 'mutter', 'vater', 'sohn', 'tochter', 'student', 'studentin', 'senior', 'seniorin', 'polizist', 'polizistin', 'lehrer', 'lehrerin', 'bewohner', 'bewohnerin', 'kläger', 'klägerin', 'zeuge', 'zeugin'],
  companionNouns: ['team', 'kollegen', 'kolleginnen', 'mitarbeiter', 'mitarbeiterinnen', 'co-autoren', 'koautoren'],
  editorialLabels: ['korrektur', 'korrekturhinweis', 'richtigstellung', 'aktualisierung', 'update', 'anmerkung der redaktion', 'hinweis der redaktion', 'transparenzhinweis'],
  weakVerbs: [
    'versprach', 'versprachen', 'verspricht', 'gelobte', 'gelobten', 'betrachtet', 'betrachtete', 'betrachten', 'betrachteten',
    // ruling (see speechVerbs)
    'entschied', 'entschieden', 'urteilte', 'urteilten', 'befand', 'befanden','signalisierte', 'signalisiert', 'zeigt', 'zeigte', 'ergab', 'ergibt', 'bezeichnete', 'bezeichnet', 'bezeichneten'],
  nounVerbs: [],
  reportingAdverbs: ['angeblich', 'mutmaßlich', 'offenbar', 'berichten zufolge'],
  stanceAdverbs: ['vielleicht', 'wahrscheinlich', 'vermutlich', 'möglicherweise', 'sicherlich', 'jedoch', 'allerdings', 'indessen', 'dennoch', 'trotzdem', 'deshalb', 'daher', 'außerdem', 'zudem'],
  storyNouns: ['artikel', 'beitrag', 'beitrags', 'reportage', 'kolumne', 'kommentar', 'gastbeitrag', 'meldung', 'recherche'],
  creditVias: ['via'],
  syndicationCues: ['ursprünglich erschienen', 'zuerst erschienen', 'erschien zuerst', 'ursprünglich veröffentlicht', 'originalartikel'],
  syndicationPieces: ['dieser artikel', 'dieser beitrag', 'der artikel', 'der beitrag', 'dieser text', 'originalartikel'],
  personTitles: ['herr', 'frau', 'dr', 'prof', 'präsident', 'präsidentin', 'bundespräsident', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'ministerpräsident', 'ministerpräsidentin', 'minister', 'ministerin', 'bürgermeister', 'bürgermeisterin', 'richter', 'richterin', 'botschafter', 'botschafterin'],
  hearingBodies: ['polizei', 'staatsanwaltschaft', 'ermittlern', 'richterin', 'richter', 'ausschuss', 'untersuchungsausschuss', 'gericht', 'landgericht', 'bundestag', 'landtag', 'parlament', 'stadtrat', 'gemeinderat'],
  interviewVerbs: ['sprach mit', 'sprachen mit'],
  quoteVerbs: ['rief', 'ruft', 'riefen', 'schrie', 'schreit', 'schrien', 'brüllte', 'flüsterte', 'flüstert', 'murmelte', 'bat', 'flehte', 'befahl', 'seufzte'],
  infinitiveMarkers: ['zu'],
  passiveInfinitives: [],
  controlVerbs: ['beeilte sich', 'beeilten sich', 'beeilt sich', 'bemühte sich', 'bemühten sich', 'bemüht sich', 'war bemüht', 'waren bemüht', 'ist bemüht', 'sind bemüht', 'wurde nicht müde', 'wurden nicht müde', 'wird nicht müde'],
  // batch 10: verbs of remembering report only with their clause ("A colleague … then remembered that …")
  clauseOnlyVerbs: ['erinnerte sich', 'erinnert sich', 'erinnerten sich', 'denken', 'denkt'],
  holdingVerbs: [],
  causativeVerbs: [],
  // "die Polizei antwortete mit Tränengas": an answer by means of a thing is an act
  answerVerbs: ['antwortete', 'antworteten', 'antwortet', 'reagierte', 'reagierten', 'reagiert', 'konterte', 'konterten'],
  answerPreps: ['mit'],
  directiveVerbs: [],
  creditMarks: ['©', 'copyright', '© bereitgestellt von', '© zur verfügung gestellt von'],
  archiveMarks: ['Archivbild', 'Archivfoto', 'Archiv'],
  // words of a masthead: capitals ending a caption that hold one are an outlet's credit (lexicon type)
  mastheadWords: ['zeitung', 'rundschau', 'post', 'presse', 'nachrichten', 'anzeiger', 'kurier', 'tagblatt', 'spiegel', 'welt', 'bild', 'stern', 'abendblatt', 'morgenpost'],
  creditAgencies: ['AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'Getty Images', 'Shutterstock', 'Alamy', 'dpa', 'picture alliance', 'imago', 'IMAGO', 'KNA', 'epd', 'APA', 'Keystone-SDA'],
  commaCreditAgencies: [],
  creditLabels: ['archivbild', 'foto', 'fotos', 'bild', 'bilder', 'quelle', 'grafik', 'video', 'illustration', 'karte', 'archivfoto', 'symbolfoto'],
  // a closing line crediting the wires (./sources/furniture-lines.ts)
  wireCreditLeads: ['mit material von', 'mit material der', 'mit material des', 'mit agenturmaterial von', 'mit'],
  wireNouns: ['agenturen', 'nachrichtenagenturen'],
  // a closing reference line's label before its colon
  referenceLabels: ['weitere informationen', 'originalpublikation', 'originalveröffentlichung', 'fachartikel', 'literatur', 'quelle der studie'],
  creditPositions: ['links', 'rechts', 'oben', 'unten', 'Mitte'],
  quoteLeadIns: [],

  sourceNouns: [
    // staff who serve the public, quoted by their role ("the waitress, who said …")
    'kellner',
    // people who comment or answer a poll, as role sources ("One commenter, Bruce Van Horn, noted", "die Befragten gaben an")
    'kommentator', 'befragte',
    // the parliamentary opposition, quoted as one body like the government ("The opposition said …", passage battery en-p23)
    'opposition',
    'minister', 'regierung', 'sprecher', 'behörde', 'amt', 'verband', 'verbund', 'experte', 'expertin', 'analyst', 'ökonom', 'forscher', 'wissenschaftler',
    'studie', 'umfrage', 'daten', 'zahlen', 'statistik', 'bericht', 'polizei', 'staatsanwalt', 'gericht', 'unternehmen', 'konzern', 'firma', 'bank', 'institut',
    'bürgermeister', 'oberbürgermeister', 'landrat', 'vorsitzend', 'chef', 'geschäftsführer', 'präsident', 'direktor', 'leiter', 'kreis', 'stadt', 'gemeinde',
    'ministerium', 'bundesamt', 'landesamt', 'verwaltung', 'kommission', 'gewerkschaft', 'partei', 'fraktion', 'mitteilung', 'angaben', 'einschätzung',
    'landwirt', 'wasserversorger', 'versorger', 'beamte', 'beamter', 'analysten', 'branchendienst', 'dienst', 'wetterdienst', 'blatt', 'zeitung', 'sender', 'agentur', 'prognose',
  ],
  docNouns: [
    // an agreement as what it states, scans and tests as evidence ("Das CT zeigte …")
    'vereinbarung', 'abkommen', 'scan', 'ct', 'mrt', 'röntgenbild', 'mitteilung', 'pressemitteilung', 'bericht', 'studie', 'umfrage', 'statistik', 'fahrgaststatistik', 'daten', 'zahlen', 'erklärung', 'stellungnahme', 'analyse', 'gutachten', 'dokument', 'beitrag', 'post', 'interview', 'video', 'sagte', 'erklärte', 'berichtete', 'prognose', 'prognosen', 'schätzung', 'schätzungen', 'berechnungen', 'mitteilungen', 'berichts', 'quartalsmitteilung', 'grundwasserbericht', 'informationsdienst', 'klage', 'anklage', 'anklageschrift', 'urteil', 'beschluss', 'protokoll', 'e-mail', 'brief', 'dokumente', 'unterlagen', 'gerichtsunterlagen', 'akten', 'gerichtsakten'],
  // ("Der Plan nennt drei Risiken")
  subjectDocNouns: ['plan', 'pläne'],
  pronouns: ['er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man', 'das', 'dies', 'dieser', 'diese', 'dieses', 'der', 'die', 'den', 'dem', 'einige', 'viele', 'andere', 'manche', 'alle', 'beide', 'wer', 'was', 'jemand', 'niemand'],
  determiners: ['der', 'die', 'das', 'des', 'den', 'dem', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
  connectors: ['der', 'des', 'von', 'für', 'und', 'am', 'zu', 'zur'],
  foreignParticles: [],
  // lower-case particles opening a surname ("de Miranda", "van der Berg"); none that is an article or preposition of de's own before a capitalised noun
  nameParticles: ['van', 'de', 'da', 'di', 'del', 'della', 'ter', 'bin', 'ibn', 'al', 'el', 'du', 'dos'],
  stopAdjectives: [],
  titleLinks: [], // (German capitalises its nouns: the surname rule does not run)
  sampleLinks: [],
  nameQuantifiers: [],
  descriptionTies: [],
  futureMarkers: ['wird', 'werden', 'soll', 'sollen', 'kommenden', 'nächsten', 'geplant'],
  deadlinePreps: ['bis'],
  pastMarkers: ['sagte', 'hatte', 'hatten', 'war', 'waren', 'wurde', 'wurden'],
  stopWords: [
    // pronominal and sentence adverbs that open a sentence before an inverted subject ("Dazu sagte der Minister",
    // "Darüber berichtete zuerst der „Spiegel“"): capitalised there, never a source
    'dazu', 'darüber', 'davon', 'hierzu', 'hierüber', 'hierbei', 'hierfür', 'hiervon', 'darauf', 'dagegen', 'dafür', 'danach', 'davor',
    'dadurch', 'daneben', 'darin', 'daraus', 'daher', 'deshalb', 'demnach', 'damals', 'zuvor', 'bisher', 'trotzdem', 'dennoch',
    'allerdings', 'außerdem', 'inzwischen', 'mittlerweile', 'seither', 'indes', 'indessen',
    'dass', 'ob', 'und', 'aber', 'oder', 'weil', 'wenn', 'als', 'wie', 'während', 'nachdem', 'bevor', 'obwohl', 'denn', 'sondern', 'doch',
    'bei', 'am', 'im', 'in', 'an', 'auf', 'aus', 'mit', 'nach', 'seit', 'über', 'unter', 'vor', 'zu', 'zum', 'zur', 'gegenüber', 'bis', 'um', 'durch', 'ohne',
    'auch', 'zudem', 'bereits', 'noch', 'schon', 'nun', 'jetzt', 'heute', 'gestern', 'dort', 'hier', 'so', 'nicht', 'nur', 'mit', 'dabei', 'damit',
    'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'sei', 'seien', 'habe', 'könne', 'solle',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'aber', 'zwar', 'etwa', 'rund',
  ],
  adverbs: ['auch', 'zudem', 'bereits', 'zuerst', 'erstmals', 'noch', 'außerdem', 'ebenfalls', 'jedoch', 'aber', 'zuletzt', 'kürzlich', 'am donnerstag', 'immer', 'stets', 'oft', 'häufig'],
  participles: ['veröffentlichte', 'veröffentlichten', 'vorgelegte', 'vorgelegten', 'veröffentlicht', 'vorgestellte', 'vorgestellten'],
  agentPreps: ['von', 'vom'],
  witnessParticiples: [],
  claimParticiples: ['bestätigt', 'empfohlen', 'gemeldet', 'angekündigt', 'geschätzt', 'vorhergesagt', 'prognostiziert', 'behauptet', 'bestritten', 'dementiert', 'dokumentiert', 'berechnet', 'kritisiert', 'verurteilt'],
  fromNouns: ['rat', 'ratschläge', 'rhetorik', 'warnung', 'warnungen', 'kritik', 'lob', 'einwände', 'beschwerden', 'zusicherungen', 'empfehlung', 'empfehlungen', 'vorwürfe', 'drohungen'],
  fromPreps: ['von', 'vom', 'seitens'],
  groupForecasts: {
    verbs: ['erwarten', 'hatten erwartet', 'rechnen mit', 'rechneten mit', 'hatten mit', 'prognostizieren', 'prognostizierten', 'hatten prognostiziert'],
    groups: ['analysten', 'ökonomen', 'volkswirte', 'experten', 'beobachter', 'händler', 'anleger', 'märkte', 'prognostiker', 'konsens'],
    // German puts the poll before the group ("von Reuters befragte Analysten"): none after it
    polled: [],
  },
  // ("Die Forscher lieferten eine Erklärung", "Analysten gaben eine Einschätzung ab" is a particle verb, not read; "gab" alone
  // is left out: "es gab Hinweise" is "there were hints")
  contentObjects: {
    verbs: [
      // voicing a stance ("bekundete Bedauern")
      'bekundete', 'bekundeten', 'bekundet', 'lieferte', 'lieferten', 'liefert', 'liefern', 'meldeten', 'meldete'],
    nouns: [
      // stances
      'hoffnung', 'hoffnungen', 'bedauern', 'zuversicht', 'enttäuschung', 'unmut', 'optimismus', 'beileid', 'mitgefühl', 'dankbarkeit', 'erklärung', 'erklärungen', 'theorie', 'theorien', 'hypothese', 'einschätzung', 'einschätzungen', 'schätzung', 'schätzungen', 'details', 'begründung', 'prognose', 'prognosen', 'belege', 'beweise', 'bedenken', 'zweifel', 'einwände', 'kritik'],
    // (German states an estimate with its own verb: "bezifferte den Schaden auf", a reporting verb)
    estimates: { verbs: [], nouns: [], preps: [] },
  },
  approximators: ['rund', 'etwa', 'circa', 'ca.', 'knapp', 'über', 'mehr als', 'weniger als', 'fast', 'nahezu', 'bis zu', 'mindestens', 'gut', 'annähernd', 'insgesamt'],
  thanWords: ['als'],
  countNouns: ['menschen', 'personen', 'einwohner', 'fahrgäste', 'mitarbeiter', 'beschäftigte', 'soldaten', 'fälle', 'tote', 'kinder', 'schüler', 'wohnungen', 'stellen', 'stimmen', 'fahrten', 'abonnenten', 'mal', 'pixel'],
  abbreviations: [
    'z. B', 'd. h', 'u. a', 'v. a', 'o. ä', 's. o', 's. u', 'bzw', 'ca', 'Nr', 'Dr', 'Prof', 'Hr', 'Fr', 'Str', 'vgl', 'evtl', 'ggf', 'inkl', 'zzgl',
    'St', 'Abs', 'Art', 'Bd', 'Mio', 'Mrd', 'Tsd', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Jh', 'Dipl', 'Ing',
  ],
};
export default de;
