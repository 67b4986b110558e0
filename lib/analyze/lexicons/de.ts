// German lexicon (data only; see ./types.ts for what each list means).
import type { Lexicon } from './types';

const de: Lexicon = {
  numbers: 'eu',
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  datePreps: ['im', 'in', 'seit', 'bis', 'ab', 'von', 'vom', 'zum', 'am', 'für', 'nach', 'vor', 'anfang', 'ende', 'mitte', 'bis zum', 'bis ende', 'seit anfang', 'zwischen'],
  yearWords: [],
  periodWords: ['ersten halbjahr', 'zweiten halbjahr', 'ersten quartal', 'zweiten quartal', 'dritten quartal', 'vierten quartal', 'frühjahr', 'sommer', 'herbst', 'winter', 'jahr', 'jahres', 'geschäftsjahr'],
  scales: {
    tausend: 1e3, tsd: 1e3, 'tsd.': 1e3, million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9,
    billion: 1e12, billionen: 1e12, hundert: 100,
  },
  currencies: {
    '€': 'EUR', eur: 'EUR', euro: 'EUR', '$': 'USD', 'us-dollar': 'USD', dollar: 'USD', usd: 'USD', '£': 'GBP', pfund: 'GBP', franken: 'CHF', chf: 'CHF',
    cent: 'EUR¢', rubel: 'RUB', hrywnja: 'UAH', griwna: 'UAH', yen: 'JPY', yuan: 'CNY', kronen: 'DKK', dkk: 'DKK', złoty: 'PLN', zloty: 'PLN',
  },
  percentWords: ['%', 'prozent', 'prozentpunkte', 'prozentpunkten', 'basispunkte', 'promille'],
  units: {
    km: 'km', kilometer: 'km', kilometern: 'km', quadratkilometer: 'km2', 'km²': 'km2', meter: 'm', metern: 'm', zentimeter: 'cm', millimeter: 'mm',
    quadratmeter: 'm2', 'm²': 'm2', kubikmeter: 'm3', 'm³': 'm3', hektar: 'ha', ha: 'ha', kilogramm: 'kg', kg: 'kg', gramm: 'g', tonnen: 't', tonne: 't',
    liter: 'l', '°c': '°C', grad: '°', 'grad celsius': '°C', gw: 'GW', gigawatt: 'GW', mw: 'MW', megawatt: 'MW', kw: 'kW', kilowatt: 'kW', kwh: 'kWh',
    mwh: 'MWh', gwh: 'GWh', twh: 'TWh', kilowattstunden: 'kWh', 'km/h': 'km/h', stundenkilometer: 'km/h', meilen: 'mi',
    sekunden: 's', minuten: 'min', stunden: 'h', stunde: 'h', tage: 'd', tagen: 'd', tag: 'd', wochen: 'wk', woche: 'wk', monate: 'mo', monaten: 'mo', monat: 'mo', jahre: 'yr', jahren: 'yr', jahr: 'yr',
  },
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, hundert: 100,
    dutzend: 12, dutzende: 24, hunderte: 200, tausende: 2000,
  },
  fractions: { 'ein viertel': 25, 'einem viertel': 25, 'ein drittel': 33.3, 'einem drittel': 33.3, 'die hälfte': 50, 'zwei drittel': 66.7, 'drei viertel': 75 },
  ratePreps: ['pro', 'je'],

  speechVerbs: [
    'sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'teilte', 'teilten', 'teilt', 'mitgeteilt', 'betonte', 'betont',
    'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldet', 'schrieb', 'schreibt', 'warnte', 'warnt', 'kritisierte', 'kritisiert',
    'begrüßte', 'begrüßt', 'forderte', 'fordert', 'kündigte', 'räumte', 'bestätigte', 'bestätigt', 'ergänzte', 'fügte', 'hieß es', 'heißt es',
    'schätzt', 'schätzte', 'schätzen', 'geht davon aus', 'rechnet', 'rechnen', 'erwartet', 'erwarten', 'zeigt', 'zeigte', 'ergab', 'ergibt',
    'äußerte', 'sprach', 'nannte', 'bezeichnete', 'verwies', 'unterstrich', 'bekräftigte', 'widersprach', 'dementierte', 'beklagte', 'mahnte',
  ],
  accordingTo: ['laut', 'nach angaben', 'nach angaben von', 'zufolge', 'nach informationen', 'nach informationen von', 'nach auskunft', 'wie', 'nach einschätzung', 'nach ansicht', 'nach schätzungen', 'unter berufung auf', 'gegenüber'],
  impersonal: [],
  impersonalPreps: [],
  toldVerbs: [],
  audience: ['der presse', 'journalisten', 'den journalisten', 'reportern', 'dem sender', 'der zeitung'],
  creditLabels: ['foto', 'fotos', 'bild', 'bilder', 'quelle', 'grafik', 'video', 'illustration', 'karte', 'archivfoto', 'symbolfoto'],
  quoteLeadIns: [],

  sourceNouns: [
    'minister', 'regierung', 'sprecher', 'behörde', 'amt', 'verband', 'verbund', 'experte', 'expertin', 'analyst', 'ökonom', 'forscher', 'wissenschaftler',
    'studie', 'umfrage', 'daten', 'zahlen', 'statistik', 'bericht', 'polizei', 'staatsanwalt', 'gericht', 'unternehmen', 'konzern', 'firma', 'bank', 'institut',
    'bürgermeister', 'oberbürgermeister', 'landrat', 'vorsitzend', 'chef', 'geschäftsführer', 'präsident', 'direktor', 'leiter', 'kreis', 'stadt', 'gemeinde',
    'ministerium', 'bundesamt', 'landesamt', 'verwaltung', 'kommission', 'gewerkschaft', 'partei', 'fraktion', 'mitteilung', 'angaben', 'einschätzung',
  ],
  docNouns: ['mitteilung', 'pressemitteilung', 'bericht', 'studie', 'umfrage', 'statistik', 'fahrgaststatistik', 'daten', 'zahlen', 'erklärung', 'stellungnahme', 'analyse', 'gutachten', 'dokument', 'beitrag', 'post', 'interview', 'video', 'sagte', 'erklärte', 'berichtete'],
  pronouns: ['er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man', 'das', 'dies', 'dieser', 'diese', 'dieses', 'der', 'die', 'den', 'dem', 'einige', 'viele', 'andere', 'manche', 'alle', 'beide', 'wer', 'was', 'jemand', 'niemand'],
  determiners: ['der', 'die', 'das', 'des', 'den', 'dem', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
  connectors: ['der', 'des', 'von', 'für', 'und', 'am', 'zu', 'zur'],
  stopWords: [
    'dass', 'ob', 'und', 'aber', 'oder', 'weil', 'wenn', 'als', 'wie', 'während', 'nachdem', 'bevor', 'obwohl', 'denn', 'sondern', 'doch',
    'bei', 'am', 'im', 'in', 'an', 'auf', 'aus', 'mit', 'nach', 'seit', 'über', 'unter', 'vor', 'zu', 'zum', 'zur', 'gegenüber', 'bis', 'um', 'durch', 'ohne',
    'auch', 'zudem', 'bereits', 'noch', 'schon', 'nun', 'jetzt', 'heute', 'gestern', 'dort', 'hier', 'so', 'nicht', 'nur', 'mit', 'dabei', 'damit',
    'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'sei', 'seien', 'habe', 'könne', 'solle',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'aber', 'zwar', 'etwa', 'rund',
  ],
  adverbs: ['auch', 'zudem', 'bereits', 'noch', 'außerdem', 'ebenfalls', 'jedoch', 'aber', 'zuletzt', 'kürzlich', 'am donnerstag'],
  participles: ['veröffentlichte', 'veröffentlichten', 'vorgelegte', 'vorgelegten', 'veröffentlicht', 'vorgestellte', 'vorgestellten'],
  agentPreps: ['von', 'vom'],
  approximators: ['rund', 'etwa', 'circa', 'ca.', 'knapp', 'über', 'mehr als', 'weniger als', 'fast', 'nahezu', 'bis zu', 'mindestens', 'gut', 'annähernd', 'insgesamt'],
  countNouns: ['menschen', 'personen', 'einwohner', 'fahrgäste', 'mitarbeiter', 'beschäftigte', 'soldaten', 'fälle', 'tote', 'kinder', 'schüler', 'wohnungen', 'stellen', 'stimmen', 'fahrten', 'abonnenten', 'mal'],
  abbreviations: [
    'z. B', 'd. h', 'u. a', 'v. a', 'o. ä', 's. o', 's. u', 'bzw', 'ca', 'Nr', 'Dr', 'Prof', 'Hr', 'Fr', 'Str', 'vgl', 'evtl', 'ggf', 'inkl', 'zzgl',
    'St', 'Abs', 'Art', 'Bd', 'Mio', 'Mrd', 'Tsd', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Jh', 'Dipl', 'Ing',
  ],
};
export default de;
