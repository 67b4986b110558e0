// English lexicon (data only; see ./types.ts for what each list means).
import type { Lexicon } from './types';

/** "the low twenties" … "the high nineties" (also "the mid-forties"), each with the number it is about. */
function tensBands(): Record<string, number> {
  const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
  const at: Record<string, number> = { low: 2, lower: 2, mid: 5, high: 8, upper: 8 };
  const out: Record<string, number> = {};
  tens.forEach((t, i) => {
    for (const [m, d] of Object.entries(at)) out[`the ${m} ${t}`] = out[`the ${m}-${t}`] = (i + 2) * 10 + d;
  });
  return out;
}

const en: Lexicon = {
  numbers: 'en',
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  datePreps: ['this past', 'in', 'by', 'since', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'mid-', 'early-', 'late-', 'last', 'next', 'this', 'between', 'to', 'for', 'of', 'around', 'end of', 'start of', 'beginning of', 'the end of'],
  // (of datePreps, those that stay with a year: the part of the year they name)
  yearPeriodPreps: ['early', 'late', 'mid', 'mid-', 'early-', 'late-', 'end of', 'start of', 'beginning of', 'the end of'],
  yearWords: [],
  periodWords: ['first quarter of', 'second quarter of', 'third quarter of', 'fourth quarter of', 'first half of', 'second half of', 'spring of', 'summer of', 'autumn of', 'winter of', 'fall of', 'end of', 'beginning of', 'start of'],
  scales: {
    thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9,
    trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, hundred: 100, crore: 1e7, lakh: 1e5,
  },
  currencies: {
    '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollars': 'USD', 'dollar': 'USD', 'us dollars': 'USD', 'a$': 'AUD', 'c$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD', 's$': 'SGD',
    '€': 'EUR', 'eur': 'EUR', 'euros': 'EUR', 'euro': 'EUR', '£': 'GBP', 'gbp': 'GBP', 'pounds': 'GBP', 'pounds sterling': 'GBP',
    '¥': 'JPY', 'jpy': 'JPY', 'yen': 'JPY', 'yuan': 'CNY', 'cny': 'CNY', 'rmb': 'CNY', '₴': 'UAH', 'uah': 'UAH', 'hryvnias': 'UAH', 'hryvnia': 'UAH',
    '₽': 'RUB', 'rub': 'RUB', 'roubles': 'RUB', 'rubles': 'RUB', 'rouble': 'RUB', 'ruble': 'RUB', 'chf': 'CHF', 'swiss francs': 'CHF', 'francs': 'CHF',
    'dkk': 'DKK', 'danish kroner': 'DKK', 'sek': 'SEK', 'swedish kronor': 'SEK', 'nok': 'NOK', 'norwegian kroner': 'NOK', 'kroner': 'DKK', 'kronor': 'SEK',
    'pln': 'PLN', 'zlotys': 'PLN', 'zloty': 'PLN', '₹': 'INR', 'inr': 'INR', 'rs': 'INR', 'rupees': 'INR', 'cad': 'CAD', 'aud': 'AUD', 'brl': 'BRL', 'r$': 'BRL',
    'p': 'GBX', 'pence': 'GBX', 'cents': 'USD¢', '¢': 'USD¢', '₦': 'NGN', 'ngn': 'NGN', 'naira': 'NGN',
    'krw': 'KRW', 'lira': 'TRY', 'try': 'TRY', 'shekels': 'ILS', 'ils': 'ILS', 'php': 'PHP', 'vnd': 'VND',
  },
  percentWords: ['%', 'per cent', 'percent', 'pc', 'percentage points', 'percentage point', 'basis points', 'bps', 'bp'],
  units: {
    times: '×', x: '×', '×': '×',
    km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', 'sq km': 'km2', 'square kilometres': 'km2', 'square kilometers': 'km2', km2: 'km2', 'km²': 'km2',
    metres: 'm', meters: 'm', metre: 'm', meter: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm', mm: 'mm', millimetres: 'mm', millimeters: 'mm',
    // (the singulars, after "one" or a fraction: "one millimeter", "0.7 millimetre")
    centimetre: 'cm', centimeter: 'cm', millimetre: 'mm', millimeter: 'mm',
    'square metres': 'm2', 'square meters': 'm2', 'sq m': 'm2', m2: 'm2', 'm²': 'm2', 'cubic metres': 'm3', 'cubic meters': 'm3', bcm: 'bcm',
    miles: 'mi', mile: 'mi', feet: 'ft', foot: 'ft', ft: 'ft', inches: 'in', inch: 'in', yards: 'yd', yard: 'yd', acres: 'acre', acre: 'acre', hectares: 'ha', hectare: 'ha', ha: 'ha',
    kg: 'kg', kilograms: 'kg', kilogrammes: 'kg', kilogram: 'kg', grams: 'g', grammes: 'g', gram: 'g', gramme: 'g', mg: 'mg', milligrams: 'mg', tonnes: 't', tonne: 't', tons: 't', ton: 't', lb: 'lb', lbs: 'lb', pounds: 'lb', ounces: 'oz', oz: 'oz',
    // a recipe's measures ("1 tsp. olive oil", "1/4 cup lemon juice", "6 tbsp fruit pectin"): a count of them was listed as a bare number
    cups: 'cup', cup: 'cup', teaspoons: 'tsp', teaspoon: 'tsp', tsp: 'tsp', tablespoons: 'tbsp', tablespoon: 'tbsp', tbsp: 'tbsp', tbs: 'tbsp',
    'metric tons': 't', 'metric tonnes': 't', barrels: 'bbl', barrel: 'bbl', bpd: 'bbl/d', 'barrels per day': 'bbl/d', litres: 'l', liters: 'l', litre: 'l', liter: 'l', ml: 'ml', gallons: 'gal',
    '°c': '°C', '°f': '°F', 'degrees celsius': '°C', 'degrees fahrenheit': '°F', 'degrees': '°', '°': '°',
    gw: 'GW', gigawatts: 'GW', gigawatt: 'GW', teraflops: 'TFLOPS', teraflop: 'TFLOPS', tflops: 'TFLOPS', petaflops: 'PFLOPS', petaflop: 'PFLOPS', mw: 'MW', megawatts: 'MW', megawatt: 'MW', kw: 'kW', kilowatts: 'kW', twh: 'TWh', gwh: 'GWh', mwh: 'MWh', kwh: 'kWh', 'terawatt hours': 'TWh',
    'km/h': 'km/h', mph: 'mph', knots: 'kn',
    seconds: 's', second: 's', minutes: 'min', minute: 'min', hours: 'h', hour: 'h', days: 'd', day: 'd', weeks: 'wk', week: 'wk', months: 'mo', month: 'mo', years: 'yr', year: 'yr',
    'consecutive days': 'd', 'straight days': 'd',
    gb: 'GB', gigabytes: 'GB', tb: 'TB', terabytes: 'TB', mb: 'MB', megabytes: 'MB', kb: 'kB', kilobytes: 'kB', mbps: 'Mbit/s', gbps: 'Gbit/s',
    ghz: 'GHz', gigahertz: 'GHz', mhz: 'MHz', megahertz: 'MHz', hz: 'Hz', hertz: 'Hz', khz: 'kHz', milliseconds: 'ms', megapixels: 'MP', megapixel: 'MP', kcal: 'kcal', w: 'W', wh: 'Wh', mah: 'mAh', fps: 'fps', 'frames per second': 'fps',
    // an engine's power and torque ("176 hp", "406 lb-ft"), an area in miles or feet ("87 square miles")
    horsepower: 'hp', hp: 'hp', bhp: 'hp', 'lb-ft': 'lb·ft', 'pound-feet': 'lb·ft', 'newton-metres': 'N·m', 'newton-meters': 'N·m',
    'square miles': 'mi2', 'square mile': 'mi2', 'sq mi': 'mi2', 'square feet': 'ft2', 'square foot': 'ft2', 'square-foot': 'ft2', 'square-mile': 'mi2', 'sq ft': 'ft2',
  },
  // units written in one case only, matched as written ("nm" is a nanometre or a nautical mile; "ps" no unit)
  // ("12MP camera": a camera's megapixels; "mp" in lower case is no unit)
  // ("40C", "1.5C", "75F": British and weather style glues a temperature's scale to it without the degree sign)
  caseUnits: { PS: 'PS', Nm: 'N·m', MP: 'MP', ms: 'ms', V: 'V', kW: 'kW', KW: 'kW', Ah: 'Ah', AH: 'Ah', C: '°C', F: '°F' },
  // (a megapixel count only glued or hyphenated: "12MP", "12-MP"; "400 MP candidates" are members of parliament;
  // a temperature's letter likewise: "20 C" or "at 5 F" spaced is a grade, a column, a note, and "20-F" a filing)
  gluedUnits: ['MP', 'C', 'F'],
  // (none: its short forms take no dot or always keep theirs)
  dotlessAbbreviations: [],

  // a capital letter glued to an amount that names its currency, only with a scale or thousands groups
  // ("N500m", "N50,000": naira in Nigerian English; "N95" masks and "N225" stay names)
  letterCurrencies: { N: 'NGN' },
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
    fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6,
  },
  fractions: { half: 50, 'one-half': 50, 'a third': 33.3, /* ("a fifth term" is an ordinal: read as "a third" is) */ 'a fifth': 20, 'a tenth': 10, 'one-third': 33.3, 'one third': 33.3, 'one-quarter': 25, 'one quarter': 25, 'a quarter': 25, 'two-thirds': 66.7, 'two thirds': 66.7, 'three-quarters': 75, 'a quarter-point': 0.25, 'a half-point': 0.5, 'one in two': 50, 'one in three': 33.3, 'one in four': 25, 'one in five': 20, 'one in ten': 10,
    // fifths and tenths ("about one-tenth of what the government will pay"); "a fifth", "a tenth" above are shares only
    // where no noun follows (an ordinal then: "a fifth term")
    'one-fifth': 20, 'one fifth': 20, 'two-fifths': 40, 'three-fifths': 60, 'four-fifths': 80, 'one-tenth': 10, 'one tenth': 10, 'three-tenths': 30, 'nine-tenths': 90 },
  numberJoiners: ['and'],
  scaleArticles: ['a', 'an', 'one'],
  loneScales: [],
  numberHalves: [],
  compoundNumbers: false,
  approxQuantities: { 'several hundred': 300, 'several thousand': 3000, 'a few hundred': 300, 'a few thousand': 3000, 'tens of thousands': 10000, 'hundreds of thousands': 100000, 'tens of millions': 1e7, 'hundreds of millions': 1e8, 'half a million': 5e5, 'half a dozen': 6, 'a dozen': 12, 'scores of': 40,
    // "the high forties", "the mid-thirties": a number in a band of tens (polls, temperatures, ages)
    ...tensBands() },
  // a span of years as one duration ("a quarter of a century", "half a century")
  yearSpans: { 'a decade': 10, 'a century': 100, 'a half-century': 50, 'a half century': 50, 'half a century': 50, 'a quarter-century': 25, 'a quarter century': 25, 'a quarter of a century': 25 },
  minusWords: ['minus'],
  // (the other half of a tolerance: "plus or minus 3 degrees" is no temperature below zero)
  plusMinusWords: ['plus or', '±'],
  yearOrdinals: {},
  // (not "twenty": "at twenty thirty" is a time of the clock)
  yearHundreds: { seventeen: 17, eighteen: 18, nineteen: 19 },
  durationSpans: { 'a year': 'yr', 'a month': 'mo' },
  durationLeads: ['more than', 'over', 'within', 'after', 'for', 'less than', 'under', 'nearly', 'almost', 'about', 'at least', 'around'],
  relativeTimeWords: ['ago', 'earlier', 'later', 'before', 'after', 'from', 'since'],
  oneWords: ['one'],
  oneLimiters: ['only', 'just', 'exactly', 'than', 'least'],
  oneExclusions: ['of', 'another', 'day', 'way', 'thing', 'hand', 'more', 'or', 'no', 'every', 'any', 'each', 'such', 'someone', 'anyone', 'everyone', 'last', 'which', 'off', 'up', 'myself', 'yourself', 'ourselves', 'else', 'either', 'several', 'number'],
  pluralScales: { millions: 2e6, billions: 2e9, trillions: 2e12, hundreds: 200, thousands: 2000 },
  vagueQuantifiers: ['several', 'a few'],
  quantityLinks: ['of'],
  multipliers: { twice: 2, doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, halved: 0.5, threefold: 3, fourfold: 4, tenfold: 10 },
  multipliersBeforeDeterminer: { double: 2, triple: 3, quadruple: 4 },
  multiplierFollowers: ['the', 'that', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our'],
  multiplierIdioms: ['down'],
  numberNameHeads: ['figure'],
  rankAfterAmounts: [],
  nounlessUnits: ['tb', 'gb', 'mb'],
  ambiguousUnits: { pounds: 'lb', pound: 'lb' },
  moneyWords: ['cost', 'costs', 'price', 'prices', 'paid', 'pay', 'pays', 'worth', 'spend', 'spent', 'spending', 'fund', 'funding', 'salary', 'wage', 'wages', 'budget', 'revenue', 'profit', 'profits', 'sale', 'sold', 'bought', 'fine', 'fined', 'bill', 'tax', 'sterling', 'earn', 'earned', 'earns', 'raise', 'raised', 'charge', 'charged', 'loan', 'debt', 'investment', 'invested', 'deal', 'fee', 'fees', 'bonus', 'pension', 'compensation', 'damages', 'donated', 'donation', 'grant'],
  clockSuffixes: ['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm'],
  // "9.30am", "7.00 P.M.": British and Irish outlets write a dot (a number with a dot is a time only with its suffix)
  clockSeparators: [':', '.'],
  clockWords: { midnight: '00:00', noon: '12:00', midday: '12:00' },
  clockPhrases: { past: ['past', 'after'], to: ['to'], fractions: { half: 30, quarter: 15, 'a quarter': 15 }, preps: ['at', 'until', 'till'], minuteWords: ['minutes', 'minute'], halfBefore: [], oclock: ["o'clock", 'o’clock'] },
  clockForms: { forms: [], preps: [], hours: {}, ordinalHours: {}, minutes: {}, dayParts: {} },
  ratioWords: ['scale', 'ratio'],
  quarterWords: ['quarter'],
  // (none: "the first half" is a game's as often as a year's)
  halfYearWords: [],
  quarterOrdinals: { first: 1, second: 2, third: 3, fourth: 4 },
  decadeSuffixes: ['s'],
  decadePrefixes: [],
  centuryWords: ['century', 'centuries'],
  centuryOrdinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
    twentieth: 20, 'twenty-first': 21,
  },
  // ("Day 3, Part 10", "Game 7": a day, part or game of a series is its name, not a quantity; so is a kind named with its
  // number: "type 2 diabetes", "group 2 innate lymphoid cells", "Category 5 hurricane")
  referenceWords: [/* a software version ("Update 5.3") */ 'version', 'Version', 'Update', 'Release', 'Day', 'Part', 'part', 'Game', 'Stage', 'Act', 'section', 'Section', 'article', 'Article', 'chapter', 'Chapter', 'page', 'p.', 'pp.', 'no.', 'No.', 'vol.', 'Vol.', 'issue', 'route', 'Route', 'suite', 'Suite', 'room', 'Room', 'flight', 'Flight', 'exit', 'Exit', /* a motorway's junction: "junction 4" */ 'junction', 'Junction', 'highway', 'Highway', 'interstate', 'Interstate', 'episode', 'season', 'week', 'Week', 'level', 'Level', 'grade', 'phase', 'Phase', '#', 'type', 'Type', 'group', 'Group', 'class', 'Class', 'category', 'Category', 'tier', 'Tier', 'stage', 'version', 'Version', 'generation', /* a seat, a gate, a flat: "seat 14F", "gate 22" */ 'seat', 'Seat', 'gate', 'Gate', 'platform', 'Platform', 'apartment', 'Apartment'],
  referencePlurals: ['junctions', 'Junctions', 'sections', 'Sections', 'articles', 'Articles', 'chapters', 'Chapters', 'pages', 'pp.', 'exits', 'Exits', 'routes', 'Routes'],
  emergencyNumbers: ['911', '999'],
  serviceNumbers: ['101', '111', '988'],
  phonePreps: ['on'],
  andWords: ['and'],
  comboJoiners: ['in'],
  phoneWords: ['call', 'calls', 'caller', 'callers', 'called', 'calling', 'dial', 'dialed', 'dialled', 'dispatcher', 'dispatchers', 'operator', 'operators', 'line', 'hotline', 'center', 'centre'],
  identifierLabels: ['DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'arXiv', 'P.O. Box', 'PO Box', 'P.O.Box'],
  streetWords: ['street', 'st.', 'avenue', 'ave.', 'ave', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'dr.', 'way', 'place', 'square', 'court', 'parkway', 'highway',
    // Italian streets, named before their number in English text too ("corso Monforte, 15")
    'corso', 'viale', 'piazza'],
  scoreWords: ['win', 'wins', 'victory', 'victories', 'loss', 'losses', 'defeat', 'defeats', 'lead', 'draw', 'tie', 'triumph', 'rout', 'shutout', 'scoreline'],
  gameWords: ['halftime', 'half-time', 'overtime', 'touchdown', 'touchdowns', 'field goal', 'field goals', 'interception', 'interceptions', 'rebounds', 'free throws', 'three-pointer', 'three-pointers', 'quarterback', 'fumble', 'punt', 'power play', 'power-play', 'first-period', 'second-period', 'third-period', 'first period', 'second period', 'third period', 'hat trick'],
  tallyWords: ['vote', 'votes', 'voted', 'passed', 'margin', 'ruling', 'decision', 'majority', 'tally'],
  rangePairs: [['from', 'to'], ['from', 'through', 'days'], ['from', 'until', 'days'], ['between', 'and'], ['', 'to'], ['', 'through', 'days']],
  proportionLinks: ['in', 'out of'],
  ratePreps: ['per', 'each'],

  rateArticles: ['a', 'an'],
  rateNouns: ['year', 'month', 'week', 'day', 'night', 'hour', 'share', 'tonne', 'ton', 'barrel', 'head', 'litre', 'liter', 'kilo', 'person', 'pound', 'gallon', 'ounce', 'pint', 'kilogram', 'mile', 'bushel'],
  attachedScales: { mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12, m: 1e6, b: 1e9, k: 1e3, M: 1e6, MM: 1e6, Mn: 1e6, B: 1e9, Bn: 1e9, BN: 1e9, K: 1e3, T: 1e12, Tn: 1e12 },
  hyphenUnits: ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'km', 'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'centimetre', 'centimeter', 'millimetre', 'millimeter', 'cm', 'mm', 'inch', 'foot', 'yard', 'tonne', 'ton', 'pound', 'ounce', 'gallon', 'litre', 'liter', 'kg', 'storey', 'story', 'acre', 'hectare', 'horsepower', 'square-foot', 'square-mile', 'megapixel', /* masses and powers as adjectives: "a 1,500-kilogram payload", "a 500-megawatt plant" */ 'kilogram', 'gram', 'milligram', 'kilowatt', 'megawatt', 'gigawatt'],
  // ("a four-cylinder engine", "a four-door GT car", "a 6-speed gearbox": a kind of engine, car or gearbox)
  configurationNouns: ['cylinder', 'door', 'spoke', 'speed', 'wheel', 'seater', 'stroke', 'valve'],
  nameSizeUnits: ['inch'],
  rangeWords: ['to', 'until', 'and'],
  periodLinks: ['of'],
  monthBeforeDay: true,
  capitalisedMonths: true,
  ambiguousMonths: ['may', 'march'],
  ordinalDotLeads: [],
  sentenceOpeners: [],

  // (verbs keep their particles)
  separableCues: [],
  speechVerbs: [
    // speaking of a thing ("Hamilton and Gille, however, speak of a time when …"); teasing a plan only with its clause (clauseOnlyVerbs: not "teased her brother"); a demand with its "that" ("demanded" alone is as often a price); pinpointing a finding (weakVerbs: "Researchers have pinpointed the earliest evidence of …"); charging someone with a crime (chargeVerbs: not "charged the phone", "charged $5")
    'speak of', 'speaks of', 'spoke of', 'spoken of', 'teased', 'teases', 'demanded that', 'demands that', 'is demanding that', 'are demanding that', 'pinpointed', 'pinpoints', 'pinpoint', 'charged',
    // judging an object "as" something (weakVerbs, complementVerbs: only with "as" or a clause): "Whale experts regard New Zealand … as the whale stranding capital"
    'regard', 'regards', 'regarded', 'describe',
    // regret voiced ("Gaiman still bemoans that the book …")
    'bemoans', 'bemoaned', 'bemoan',
    // the perfect of showing ("Previous research has shown a link": weakVerbs, a clause or a document; not "the tweet shown
    // above", nor the guess of "Voters could have shown …"), a record of cases ("Human Rights Watch has documented dozens of
    // cases"); "point to" was tried and left out: its subject is as often the evidence itself ("Multiple lines of
    // evidence now point to …", no source in the tune gold) as one who cites it
    'has shown', 'had shown', 'has also shown', 'documented',
    // (the plural perfect: "Previous studies have shown that …", battery 4 en4-02's kind)
    'have shown', 'have also shown',
    // a rebuttal ("The White House pushed back on the report"; "pushed back the deadline" is an act), the plural of reckoning,
    // and a cause given ("The company attributed the loss to weak demand")
    'pushed back on', 'pushes back on', 'push back on', 'pushed back against', 'reckon', 'attributed', 'attributes',
    // (the base form for a plural subject: "Demographers attribute much of the growth to migration"; nounVerbs: "a key attribute")
    'attribute',
    // verbs of remembering (clauseOnlyVerbs)
    'remembered', 'remembers',
    // "Smith is quoted as saying …": the passive of quoting names the speaker as its subject
    'is quoted as saying', 'was quoted as saying', 'were quoted as saying',
    // judging an object "as" something (complementVerbs): reports only with the complement or a clause
    'characterized', 'characterised', 'characterizes', 'portrayed', 'hailed', 'hails', 'denounced', 'derided', 'rejects',
    // verbs of agreeing, understanding and signalling report only with their "that" ("Many businesses agree that …", "The BBC understands that …")
    'agree that', 'agrees that', 'understands that', 'signaled that', 'signalled that',
    // (with a time before the clause, clauseOnlyVerbs: "The Federal Reserve signaled on Wednesday that …"; "signaled its
    // support" is an act)
    // (not the base form: "when one signal is problematic" is the noun after a count)
    'signaled', 'signalled', 'signals',
    'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'reported', 'reports', 'report', 'announced',
    'announces', 'explained', 'explains', 'wrote', 'writes', 'argued', 'argues', 'argue', 'believes', 'believe', 'believed', 'suggests', 'suggest',
    'suggested', 'estimated', 'estimates', 'estimate', 'warned', 'warns', 'warn', 'claimed', 'claims', 'claim', 'insisted', 'insists', 'confirmed',
    'confirms', 'denied', 'denies', 'stressed', 'stresses', 'emphasised', 'emphasized', 'acknowledged', 'admitted', 'asserted', 'alleged', 'alleges',
    'predicted', 'predicts', 'expects', 'expect', 'forecast', 'forecasts', 'projects', 'found', 'finds', 'find', 'showed', 'shows', 'show',
    'indicated', 'indicates', 'revealed', 'reveals', 'concluded', 'concludes', 'recommends', 'recommended', 'urged', 'urges', 'is urging',
    'are urging', 'has urged', 'called on', 'calls on', 'called for', 'calls for', 'refers to', 'referred to', 'points out', 'pointed out',
    'commented', 'replied', 'responded', 'tweeted', 'posted', 'quoted', 'observed', 'welcomed', 'welcomes', 'criticised', 'criticized', 'condemned',
    'condemns', 'accused', 'accuses', 'protested', 'expressed', 'recalled', 'spoken out',
    'spoke out', 'speaks out', 'asked', 'asks', 'testified', 'testifies', 'conceded', 'concedes', 'cautioned', 'questioned', 'disputed', 'disputes',
    'contends', 'contended', 'maintained', 'maintains', 'reiterated', 'assured', 'vowed', 'pledged', 'promised', 'complained', 'lamented',
    'acknowledges', 'admits', 'confirmed to', 'recommend', 'sees', 'quipped', 'joked', 'recounted', 'remarked', 'declared', 'disclosed', 'mentioned',
    'advised', 'countered', 'retorted', 'answered', 'elaborated', 'clarified', 'reckons', 'reckoned', 'continued', 'thinks', 'thought', 'feels',
    'fears', 'hopes', 'worried', 'blamed', 'blames', 'blame', 'praised', 'slammed', 'blasted', 'defended', 'dismissed', 'rejected', 'ruled', 'agreed', 'calculated',
    'projected', 'described', 'highlighted', 'cited', 'cites', 'touted', 'touts', 'ruled out', 'rules out', 'bragged', 'boasted',
    // the other forms of verbs listed (a plural subject takes the base form: 'Experts caution', 'Officials confirm')
    'note', 'explain', 'announce', 'insist', 'confirm', 'deny', 'stress', 'emphasise', 'emphasises', 'emphasize', 'emphasizes', 'acknowledge',
    'admit', 'assert', 'asserts', 'allege', 'predict', 'indicate', 'conclude', 'urge', 'observes', 'caution', 'cautions', 'contend',
    'concede', 'reiterate', 'reiterates', 'complain', 'complains', 'lament', 'laments', 'remark', 'declare', 'declares', 'disclose',
    'discloses', 'mention', 'comments', 'replies', 'responds', 'criticise', 'criticises', 'criticize', 'criticizes', 'condemn', 'accuse',
    // the base forms of verbs of believing for a plural subject ('Many economists now think …', 'Some experts fear …'): only
    // before their clause (clauseOnlyVerbs: not 'a think tank', 'feel like', 'fear for their lives')
    'think', 'fear', 'hope', 'feel', 'worry', 'worries',
    'speculate', 'speculates', 'speculated', 'underscore', 'underscores', 'underscored', 'underline', 'underlines',
    'underlined', 'point out', 'clarify', 'clarifies',
    // the present tense of feature writing ("…, she recalls", "he describes the call as …")
    'recalls', 'recounts', 'advises', 'affirms', 'describes', 'wonders', 'muses', 'quips', 'proclaims', 'reaffirms', 'elaborates',
    'retorts', 'marvels', 'concedes that', 'answers',
    'is of the view', 'are of the view', 'is of the opinion', 'are of the opinion',
    // the progressive ("Michigan health authorities are reporting a 6th fatality", "officials are warning that …")
    // stances with their clause (clauseOnlyVerbs)
    'is adamant', 'are adamant', 'was adamant', 'were adamant', 'remains adamant', 'remain adamant', 'is concerned', 'are concerned', 'was concerned', 'were concerned', 'remains concerned', 'remain concerned', 'is convinced', 'are convinced', 'was convinced', 'were convinced', 'remains convinced', 'remain convinced', 'is confident', 'are confident', 'was confident', 'were confident', 'remains confident', 'remain confident', 'is certain', 'are certain', 'was certain', 'were certain', 'remains certain', 'remain certain',
    'divulged', 'divulges', 'divulge',
    // a ruling's or a doctrine's holding, with its clause (clauseOnlyVerbs): "The courts have held that …", not "held a meeting"
    'held', 'holds',
    'is reporting', 'are reporting', 'was reporting', 'were reporting', 'is saying', 'are saying', 'is warning', 'are warning',
    // (plural only: "Kimberly was expecting" is expecting a child; also a forecasters' estimate, "analysts were expecting":
    // groupForecasts.verbs need not list them)
    'are expecting', 'were expecting',
    'is predicting', 'are predicting', 'is estimating', 'are estimating', 'is claiming', 'are claiming', 'is alleging', 'are alleging',
    'is arguing', 'are arguing', 'is insisting', 'are insisting', 'is projecting', 'are projecting', 'is forecasting', 'are forecasting',
    'has learned', 'has learnt', 'have learned', 'have learnt',
    // more verbs of saying ("Salesforce's CEO marveled at …"; "demanded", "demands" were tried: as often a price
    // demanded or a noun, "Beijing's demands"); verbs of recognising and determining report only with their "that"
    // ("Recent governments have recognized that …")
    'marveled', 'marvelled', 'mused', 'exclaimed', 'wondered', 'hints that', 'hint that',
    'affirmed', 'reaffirmed', 'proclaimed', 'objected', 'hinted', 'emailed', 'texted', 'relayed', 'shot back', 'fired back',
    // disagreeing states the opposite view ("(The Teamsters disagree.)", "Critics disagreed with the ruling"), as
    // "objected" and "disputed" do; de "widersprach", fr "conteste" are listed there. Not the bare "disagree": it
    // closes relative clauses ("those whose views we fundamentally disagree") more often than it reports
    'disagrees', 'disagreed',
    // challenging a view states the opposite one ("A number of experts have challenged the idea that …"; weakVerbs:
    // only with a clause — "challenged the ruling in court" is an act). Past only: "challenge(s)" is nearly always the
    // noun ("a haka, a traditional Māori challenge, before …")
    'challenged',
    'recognized that', 'recognised that', 'recognizes that', 'recognises that', 'recognize that', 'recognise that',
    'determined that', 'has determined that', 'have determined that', 'charged that',
    // beliefs, assurances and confirmations that report only with their clause ("scientists have suspected that …", "The neo-banks
    // have promised that …" — "promised to protect" is a pledge, an act —, "service numbers … bear out that …"), and swearing
    // ("The data bear out that trend": 'bear out that' was dropped — its "that" is as often a determiner)
    // a market's bet on an outcome with its clause ("Investors are betting that the Fed will cut"); not "a bet that", a noun
    'are betting that', 'is betting that', 'were betting that', 'was betting that',
    'suspected that', 'suspect that', 'suspects that', 'promised that', 'promises that', 'promise that',
    'swears', 'swore', 'swear',
    // idioms of protest, comment and warning, whole ("Organizations that seek to combat misinformation cried foul", "a whole
    // lot of people on Twitter pointed it out", "Bergeron chimed in", "economists sounded the alarm")
    'cried foul', 'cries foul', 'cry foul', 'pointed it out', 'pointed this out', 'points it out', 'chimed in', 'chimes in',
    'sounded the alarm', 'sounds the alarm', 'sound the alarm',
    // the base form of revealing for a plural subject ("Preliminary tests by Digital Foundry reveal that …"); proving and
    // sharing report only with their "that" ("Research … has proved that …", "X shared that …"; not "proved difficult",
    // "shared a photo"); the plural "state" only with its "that" (nounVerbs: not "the state that borders …"); the
    // progressive of promising with its "that" ("is promising" alone is as often an adjective, "the drug is promising")
    'reveal', 'proved that', 'proves that', 'prove that', 'has proved that', 'have proved that', 'has proven that', 'have proven that',
    'shared that', 'shares that', 'share that', 'state that', 'is promising that', 'are promising that',
  ],
  participleCues: ['saying', 'adding', 'noting', 'arguing', 'warning', 'claiming', 'insisting', 'explaining', 'stressing', 'stating', 'asserting', 'acknowledging', 'admitting', 'predicting', 'emphasizing', 'emphasising', 'pointing out', 'suggesting', 'contending', 'alleging', 'conceding', 'cautioning', 'complaining', 'declaring', 'confirming', 'denying', 'telling', 'writing', 'reiterating', 'announcing', 'estimating'],
  // (naming participles: ", calling it a betrayal", ", describing the plan as reckless"; ", calling the police" is an act)
  namingParticiples: ['calling', 'describing', 'branding', 'labelling', 'labeling', 'dubbing', 'terming'],
  namedObjects: ['it', 'them', 'him', 'her', 'this', 'that'],
  namingIdioms: ['calling it a day', 'calling it a night', 'calling it quits'],
  docParticiples: ['showing', 'suggesting', 'indicating', 'pointing to', 'revealing', 'estimating', 'predicting', 'warning'],
  complementWords: ['as'],
  // verbs of judging that report with an object and "as" ("rejected these accusations as 'patently false'", "hailed the deal as historic")
  complementVerbs: [
    'regard', 'regards', 'regarded', 'describe', 'described', 'describes', 'sees', 'cited', 'cites', 'touted', 'touts', 'dismissed', 'rejected', 'rejects', 'characterized', 'characterised', 'characterizes', 'portrayed', 'hailed', 'hails', 'praised', 'denounced', 'derided'],
  complementIdioms: ['part', 'well', 'soon', 'long', 'much', 'many', 'far', 'usual', 'if', 'though', 'of', 'such', 'to', 'follows', 'planned', 'expected'],
  finalCues: [],
  // "which astrobiologists regard as", "in what police described as", "what critics called a power grab" (pass relative-judges)
  objectRelatives: ['which', 'what'],
  judgingVerbs: ['regard', 'regards', 'regarded', 'consider', 'considers', 'considered', 'view', 'views', 'viewed', 'saw', 'see', 'deemed', 'termed', 'dubbed'],
  afterCuePreps: ['via'],
  // (with degrees after a name: "Michael Shadlen, Ph.D., of Columbia", "Jane Roe, MD, said")
  nameSuffixes: ['inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'jr', 'sr', 'ph.d', 'phd', 'm.d', 'md', 'mph', 'dds', 'dvm', 'rn'],
  // prepositions opening a fronted phrase before a subject without a comma ("В Москве министр заявил")
  frontedPreps: ['in', 'at', 'on', 'to', 'after', 'before', 'during', 'since', 'from', 'until'],
  // words opening an absolute phrase with a reporting participle ("…, with Audi suggesting that …")
  withWords: ['with'],
  // idioms of wording in an as-clause (pass as-idioms)
  asIdioms: ['put it', 'puts it', 'has put it', 'once put it'],
  // nouns of wording after a possessive author and their preposition (pass wording-possessives: "in Tyler Cowen’s words")
  wordingNouns: ['words', 'phrase', 'phrasing'],
  wordingPreps: ['in'],
  // participles of naming or describing whose agent is a source with a quotation or an as-phrase (pass naming-agents)
  namedParticiples: ['called', 'dubbed', 'labelled', 'labeled', 'branded', 'described', 'hailed', 'billed', 'nicknamed'],
  asWords: ['as'],
  // verbs of writing a work as well as of reporting (cues.ts workWritten)
  writingVerbs: ['wrote', 'writes', 'write', 'has written', 'have written', 'had written'],
  // (none: a verb of writing with a result as its object is not read here; see the type)
  writtenActVerbs: [],
  writtenActObjects: [],
  // a reporting gerund after a preposition of means (pass participle-clauses)
  gerundPreps: ['by'],
  // object pronouns that are never possessives: one ends a phrase read back from a verb ("made him realize | Giuliani believed")
  objectPronouns: ['him', 'them', 'us', 'me'],
  asClause: [],
  docPreps: [],
  accordingTo: [
    'according to', 'per', 'citing', 'cited by', 'as reported by', 'quoted by', 'sources at', 'data from', 'figures from', 'figures released by',
    'data released by', 'in the words of',
  ],
  impersonal: [],
  impersonalPreps: [],
  nounPreps: ['in', 'at', 'from', 'inside', 'outside', 'across', 'near', 'within', 'throughout'],
  outletNouns: ['paper', 'newspaper', 'magazine', 'outlet', 'broadcaster', 'tabloid', 'website', 'station', 'publication', 'news agency', 'wire service'],
  // (an outlet between a told verb and its speaker: "сообщил ТАСС источник"; see the type)
  // (adjectives of institution names in lower case: "l’Organisation mondiale de la santé"; see the type)
  nameAdjectiveEndings: [],
  outletBeforeSpeaker: false,
  toldVerbs: [
    'told', 'tells', 'tell', 'confirmed to', 'said to', 'wrote to',
  ],
  audience: ['reporters', 'journalists', 'analysts', 'investors', 'lawmakers', 'parliament', 'the parliament', 'the audience', 'the crowd', 'supporters', 'a news conference', 'a press conference', 'the committee', 'staff', 'employees', 'shareholders', 'members', 'the court', 'the press', 'us', 'me', 'him', 'her', 'them', 'this newspaper', 'this website', 'in a statement', 'in an email', 'in an interview'],
  negativeDeterminers: ['no', 'neither'],
  negations: ['not', 'cannot', 'never', 'can’t', "can't", 'don’t', "don't", 'doesn’t', "doesn't", 'didn’t', "didn't", 'won’t', "won't", 'wouldn’t', "wouldn't", 'couldn’t', "couldn't", 'haven’t', "haven't", 'hasn’t', "hasn't", 'hadn’t', "hadn't"],
  verdictWords: ['guilty', 'liable', 'innocent'],
  // a document's words quoted after it ("The statement read: …")
  docSubjectVerbs: ['reads', 'read'],
  // ("Several studies have linked the drug to heart attacks"; "The road links two towns" is none)
  docFindingVerbs: [
    // evidence bearing out a claim ("Data previously collected by Hubble supported the existence of the plumes", "Apple's service numbers bear out that …"); a person who supports a bill acts
    'supported', 'supports', 'support', 'bear out', 'bears out', 'bore out', 'identifies', 'identified', 'ranks', 'ranked', 'lists', 'linked', 'links'],
  docVerbs: ['released', 'releases', 'issued', 'issues', 'published', 'publishes', 'sent', 'filed', 'presented', 'unveiled'],
  plannedNouns: ['plan', 'plans', 'roadmap', 'strategy', 'proposal', 'proposals', 'map', 'blueprint'],
  mediaNouns: ['footage', 'recording', 'recordings', 'images', 'image', 'photos', 'photo', 'photographs', 'pictures', 'video', 'videos', 'satellite images'],
  indefiniteArticles: ['a', 'an'],
  namingVerbs: ['called', 'labelled', 'labeled', 'branded'],
  personalPronouns: ['he', 'she', 'they', 'we', 'i', 'it'],
  pluralPronouns: ['they'],
  speakerPronouns: ['he', 'she'],
  subordinators: ['after', 'when', 'whenever', 'as', 'before', 'while', 'whilst', 'because', 'if', 'unless', 'since', 'although', 'though', 'until', 'once', 'whereas'],
  invertedPronounSuffixes: [],
  ambiguousVerbs: [
    'added', 'adds', 'add', 'continued',
  ],
  clauseWords: ['that', 'and', 'but'],
  coordinators: ['and', 'but'],
  relativeWords: ['who', 'which', 'whose', 'whom', 'where', 'what'],
  nounRelativeWords: ['that'],
  pastTenseEndings: ['ed'],
  participleEndings: ['ing', 'ed'],
  reducedRelativeEndings: ['ed'],
  trustVerbs: ['believe', 'believes', 'believed'],
  sharedCues: ['shared with', 'shares with', 'share with'],
  focusVerbs: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised', 'stress', 'stresses', 'stressed', 'underline', 'underlines', 'underlined', 'highlights', 'highlighted'],
  pairWords: ['and'],
  pluralEndings: ['s', 'es'],
  disciplineEndings: ['science', 'sciences', 'ology', 'onomy', 'nomics', 'physics', 'matics', 'statistics', 'medicine'],
  // plural nouns of people by what they do (agent-subjects.ts): -ers, -ors, -ists, -ians, -ants ("advertisers claim")
  agentNounEndings: ['ers', 'ors', 'ists', 'ians', 'ants'],
  // verbs a thing does as well as a person (agent-subjects.ts): "Some numbers suggest that …" — an agent-like plural
  // ending ("numbers", "папери") makes no source with them
  agentThingVerbs: ['suggest', 'suggested', 'indicate', 'indicated', 'show', 'showed', 'imply', 'implied', 'confirm', 'confirmed', 'reveal', 'revealed', 'prove', 'proved', 'mean', 'point to'],
  // the counterfactual perfect: a verb of saying after it reports nothing (counterfactuals.ts)
  counterfactualPerfects: ['might have', 'could have', 'would have', 'should have'],
  capitalisedNouns: false,
  verbSecond: false,
  dashedDescriptions: true,
  possessives: ['his', 'her', 'their', 'its', 'our', 'my', 'your'],
  thirdPossessives: ['his', 'her', 'their', 'its'],
  timeWords: ['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'night', 'nights', 'morning', 'afternoon', 'evening', 'today', 'tonight', 'yesterday', 'tomorrow', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades', 'century', 'season', 'quarter', 'time'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  timeModifiers: ['next', 'last', 'coming', 'past', 'previous', 'following'],
  settingPhrases: [
    // (anonymity granted between the subject and its verb: "Посадовець на умовах анонімності розповів")
    'on condition of anonymity', 'on the condition of anonymity', 'in a statement', 'in an interview', 'in a tweet', 'in a post', 'in a letter', 'in an email', 'in an e-mail', 'during a', 'during an', 'at a news conference', 'at a press conference', 'at a briefing'],
  // ("Many in Hong Kong fear that …": "many" heads a source with its qualifier, as "those" does)
  qualifiedPronouns: ['those', 'many'],
  qualifiers: ['familiar with', 'close to', 'in favor of', 'in favour of', 'opposed to', 'with knowledge of', 'with direct knowledge of', 'briefed on', 'involved in', 'knowledgeable about', 'in', 'at', 'from', 'inside', 'within', 'to', 'who spoke on condition of anonymity'],
  anonymousNouns: [
    // one who posts online ("an unidentified poster … wrote")
    'poster',
    // people by their role or tie ("The driver said", "the victim's mother said"), matched whole ("mom" is no stem of "moment")
    'driver', 'drivers', 'pilot', 'pilots', 'homeowner', 'homeowners', 'suspect', 'player', 'players', 'striker', 'quarterback', 'captain', 'chef', 'farmer', 'worker', 'passenger', 'shopper', 'voter', 'candidate', 'candidates', 'actor', 'actress', 'singer', 'artist', 'artists', 'writer', 'editor', 'columnist', 'investor', 'buyer', 'buyers', 'tenant', 'tenants', 'landlord', 'landlords', 'engineer', 'engineers', 'designer', 'soldier', 'soldiers', 'veteran', 'veterans', 'survivor', 'survivors', 'son', 'daughter', 'brother', 'sister', 'colleague', 'colleagues', 'partner', 'co-founder', 'cofounder', 'entrepreneur', 'defender', 'goalkeeper', 'midfielder', 'rapper', 'plaintiff', 'plaintiffs', 'defendant', 'juror', 'jurors', 'chancellor', 'businessman', 'businesswoman', 'priest', 'pastor', 'nurse', 'paramedic', 'paramedics', 'firefighter', 'firefighters', 'detective', 'detectives', 'sheriff', 'ranger', 'teenager', 'teenagers', 'boy', 'girl', 'resident', 'mom', 'dad', 'grandmother', 'grandfather', 'widow', 'athlete', 'athletes', 'teammate', 'teammates', 'owners',
    // groups of people by what they do, quoted as a group ("Many businesses agree that …", "Farmers say …")
    'businesses', 'farmers', 'workers', 'voters', 'shoppers', 'fans',
    'man', 'woman', 'attendees', 'speakers', 'participants', 'organisers', 'organizers', 'aunt', 'uncle', 'spokespeople',
    'mother', 'father', 'parent', 'parents', 'teacher', 'student', 'students', 'patient', 'patients', 'victim', 'victims', 'neighbor', 'neighbour', 'neighbors', 'neighbours', 'friend', 'friends', 'relatives',
    'elder', 'elders',
    'people', 'person', 'persons', 'sources', 'source', 'officials', 'official', 'diplomats', 'diplomat', 'aides', 'aide', 'insiders', 'insider',
    'executives', 'employees', 'staff', 'residents', 'witnesses', 'members', 'lawmakers', 'analysts', 'experts', 'investigators', 'officers',
    'individuals', 'men', 'women', 'sides', 'parties', 'physicians', 'doctors', 'nurses', 'scientists', 'researchers', 'economists', 'traders',
    'consumers', 'customers', 'users', 'others', 'providers',
    // institutions quoted by their common noun ("The embassy said", "the club confirmed", "The county said"), matched whole
    // ("party" is no stem of "partying"; "guard", a person, not "guarded")
    'embassy', 'embassies', 'consulate', 'club', 'clubs', 'league', 'district', 'county', 'city', 'airport', 'charity', 'charities',
    'foundation', 'party', 'palace', 'guard', 'guards', 'zoo', 'museum', 'church', 'diocese',
    // ("the fund blamed the slowdown on …": the IMF or a pension fund; "The carrier said": an airline or a phone company;
    // "The festival posted a statement": its organisers)
    'fund', 'funds', 'carrier', 'carriers', 'festival',
    // groups by their cause ("Environmentalists warned")
    'environmentalists', 'conservationists', 'advocates',
    // people by their tie, ending like adverbs ("The family said", "a US ally said": -ly words that are nouns, adverbExceptions)
    'family', 'families', 'ally', 'allies',
  ],
  docLinks: ['by', 'from', 'of'],
  sampleLinks: ['in'],
  nameQuantifiers: ['another', 'other', 'others', 'some', 'several', 'many', 'most', 'few', 'all', 'both', 'each', 'every', 'one', 'multiple', 'numerous', 'various', 'more', 'such', 'those', 'these', 'this', 'that'],
  descriptionTies: ['of', 'for', 'at', 'on', 'with', 'by', 'to', 'in', 'from', 'near', 'about', 'under', 'inside', 'outside', 'within', 'among', 'around', 'behind', 'like', 'than', 'via', 'against', 'toward', 'towards', 'after', 'before', 'over', 'into', 'per', 'through', 'throughout', 'across', 'beyond', 'during', 'since', 'until', 'without', 'upon', 'onto', 'despite'],
  // and nouns of a view held, with the author and the clause ("de Miranda’s notion that …", "Smith's belief that …")
  claimNouns: ['announcement', 'declaration', 'claim', 'claims', 'assertion', 'assertions', 'admission', 'allegation', 'allegations', 'insistence', 'contention', 'prediction', 'warning', 'statement', 'confirmation', 'denial', 'revelation', 'acknowledgment', 'acknowledgement', 'testimony',
    'notion', 'belief', 'view', 'argument', 'conclusion', 'suggestion', 'theory'],
  claimLinks: [],
  topicPreps: ['into', 'on', 'about', 'of'],
  ageWords: [],
  // (a speaker giving an age: "I'm 74", "she is 80"; a unit after it makes it a measure of its own: "he is 6 feet")
  decimalPointWords: [],
  scorePointWords: [],
  ageBefore: ['aged', 'at the age of', 'at age', 'ages of', 'age of', 'age'],
  // (of ageBefore, the words that are part of the age's span: "aged 34")
  ageSpanWords: ['aged'],
  // ("I'm 74 and still working", "she turned 40 last year"; not "He is 3 points behind", "turned 200 protesters away")
  changeWords: ['by', 'rose', 'rise', 'rises', 'risen', 'raised', 'raise', 'raises', 'cut', 'cuts', 'fell', 'fall', 'falls', 'fallen', 'dropped', 'drop', 'drops', 'climbed', 'jumped', 'increased', 'decreased', 'lowered', 'grew', 'slid', 'gained', 'lost', 'surged', 'plunged', 'soared', 'tumbled', 'declined', 'hiked', 'trimmed', 'boosted', 'lifted', 'reduced', 'slashed', 'up', 'down'],
  ageCopulas: ["I'm", 'I’m', 'I am', "he's", 'he’s', 'he is', "she's", 'she’s', 'she is', 'turned', 'turns'],
  frontedOriginCues: [],
  originPreps: ['of', 'from'],
  citingPreps: [],
  // (none yet: the subject's own account is not read in this language; pass own-accounts)
  ownAccounts: [],
  adverbEndings: ['ly'],
  adverbExceptions: ['family', 'tally', 'assembly', 'supply', 'rally', 'ally', 'anomaly', 'monopoly', 'reply', 'july', 'italy', 'daily', 'weekly', 'monthly', 'quarterly', 'early', 'only', 'fly', 'belly', 'bully', 'holy'],
  floatingQuantifiers: ['both', 'all', 'each', 'alone', 'too', 'themselves', 'himself', 'herself', 'itself'],
  auxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'does', 'did'],
  passiveAuxiliaries: ['be', 'been', 'being', 'is', 'are', 'was', 'were'],
  inflectionTail: 1,
  captionLabels: ['image caption', 'media caption', 'photo caption', 'video caption', 'caption'],
  publicationVerbs: ['published', 'featured', 'appeared', 'appears', 'appear', 'printed'],
  publicationPreps: ['in'],
  journalNouns: ['journal', 'journals', 'magazine', 'periodical'],
  ageNouns: ['year-old', 'years-old'],
  ageNounEndings: [],
  bracketAgeNouns: [],
  companionNouns: ['team', 'colleagues', 'co-authors', 'coauthors', 'collaborators', 'co-workers', 'coworkers'],
  editorialLabels: ['correction', 'corrections', 'update', 'updated', 'clarification', 'summary', 'editor’s note', "editor's note", 'editors’ note', "editors' note", 'note'],
  weakVerbs: [
    'challenged',
    // judging "as" and pinpointing: with "as", a clause, or evidence ("pinpointed the earliest evidence of"); never alone ("Fans regard the festival", "describe the weather")
    'regard', 'regards', 'regarded', 'describe', 'pinpointed', 'pinpoints', 'pinpoint',
    'has shown', 'had shown', 'has also shown', 'have shown', 'have also shown',
    // judging an object "as" something (complementVerbs): reports only with the complement or a clause
    'characterized', 'characterised', 'characterizes', 'portrayed', 'hailed', 'hails', 'denounced', 'derided', 'rejects',
    'found', 'finds', 'find', 'show', 'shows', 'showed', 'reveals', 'revealed', 'projects', 'maintains', 'maintained', 'assured', 'pledged',
    'promised', 'vowed', 'asked', 'asks', 'questioned', 'disputed', 'disputes', 'recalled', 'expressed', 'sees', 'thinks',
    'thought', 'feels', 'fears', 'hopes', 'worried', 'blamed', 'blames', 'blame', 'attribute', 'praised', 'slammed', 'blasted', 'defended', 'dismissed', 'rejected', 'ruled',
    'agreed', 'calculated', 'projected', 'described', 'highlighted', 'cited', 'cites', 'describes', 'recalls', 'answers',
    'has learned', 'has learnt', 'have learned', 'have learnt',
    // ('testified' is none: giving testimony reports on its own, "Volker and Morrison testified on Tuesday")
  ],
  // ("NASA's Galileo spacecraft found evidence of a fluid", "The inquiry found no evidence of wrongdoing")
  // ("Twitter pledged to take action", "Israel has vowed to punish …": an institution's or a country's pledge with its infinitive)
  commitmentVerbs: ['pledged', 'vowed', 'promised'],
  infinitiveEndings: [],
  // a verb after the noun ends a phrase after a cue preposition (prep-verb-ends.ts)
  prepPhraseVerbEndings: [],
  prepPhraseNewArticles: [],
  prepPhraseAdjectiveEndings: [],
  ruleNouns: ['law', 'laws', 'statute', 'statutes'],
  // (not "cited": its object is as often a reason, "cited Taliban violence", "cited Brexit")
  citingVerbs: ['quotes', 'quoted'],
  // ("The US Justice Department has charged Assange with espionage")
  chargeVerbs: ['charged'],
  chargePreps: ['with'],
  evidenceNouns: ['evidence'],
  // ("The fund blamed the slowdown on higher tariffs": battery 4 en4-16; "Demographers attribute much of the growth to
  // migration": en4-04 — the base form is as often the noun, "the data-cover attribute", so only with its frame)
  causeFrames: [{ verbs: ['blamed', 'blames', 'blame'], preps: ['on', 'for'] }, { verbs: ['attribute'], preps: ['to'] }],
  // ("Western officials said satellite images showed …": battery 4 en4-25)
  sayingVerbs: ['said', 'says', 'say'],
  // ("Police in Ohio identified the driver killed in Saturday’s crash as Marcus Bell": battery 4 en4-07)
  identifyingFrames: { verbs: ['identified', 'identifies', 'identify'], preps: ['as'] },
  // ("NASA said two highly critical reports told a different story": "critical" is no "critic")
  adjectiveEndings: ['ical', 'ous', 'ful', 'less'],
  // "Biden's promise that taxes …", "the suspect that police arrested": nouns before their clause, too
  nounVerbs: [
    'demands that', 'support', 'promise that', 'promises that', 'state that', 'share that', 'suspect that', 'suspects that', 'recalls', 'answers', 'fears', 'hopes', 'thought', 'defended', 'continued', 'shows', 'show', 'reports', 'report', 'claims', 'claim', 'estimates', 'estimate', 'notes', 'states', 'forecasts', 'forecast', 'projects', 'finds', 'find', 'posts', 'tweets', 'note', 'stress', 'comments', 'replies', 'remark', 'mention', 'cautions', 'laments', 'underline', 'underlines', 'attribute', 'blame', 'blames'],
  reportingAdverbs: ['reportedly', 'allegedly', 'purportedly', 'supposedly'],
  stanceAdverbs: ['perhaps', 'maybe', 'probably', 'possibly', 'presumably', 'apparently', 'evidently', 'certainly', 'surely', 'however', 'meanwhile', 'nevertheless', 'nonetheless', 'indeed', 'instead', 'therefore', 'thus', 'hence', 'moreover', 'furthermore', 'likewise', 'otherwise'],
  storyNouns: ['story', 'stories', 'article', 'articles', 'column', 'op-ed', 'editorial', 'exposé', 'expose', 'scoop'],
  creditVias: ['via'],
  syndicationCues: ['originally published', 'originally appeared', 'republished from', 'republished with permission', 'original article'],
  syndicationPieces: ['this article', 'this story', 'this post', 'this piece', 'this column', 'this essay', 'this interview', 'this report', 'this op-ed', 'original article'],
  personTitles: ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'president', 'vice president', 'prime minister', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'general', 'ambassador', 'congressman', 'congresswoman', 'sheriff'],
  hearingBodies: ['committee', 'subcommittee', 'panel', 'jury', 'court', 'tribunal', 'inquiry', 'hearing', 'senate', 'congress', 'parliament', 'council', 'assembly'],
  interviewVerbs: ['spoke to', 'spoke with', 'talked to', 'talked with', 'interviewed'],
  quoteVerbs: ['shouted', 'shouts', 'yelled', 'yells', 'screamed', 'screams', 'cried', 'whispered', 'whispers', 'muttered', 'mutters', 'snapped', 'pleaded', 'begged', 'demanded', 'instructed', 'ordered', 'sighed'],
  // ("allowed Mosseri to claim that …", "prompted some Twitter users to argue that …": the object of a causative verb speaks)
  infinitiveMarkers: ['to'],
  passiveInfinitives: ['be', 'have'],
  controlVerbs: [
    'went on', 'goes on', 'go on', 'gone on', 'proceeded', 'proceeds', 'was quick', 'were quick', 'is quick', 'are quick', 'was careful', 'were careful',
    'continued', 'continues', 'continue', 'helped', 'helps', 'help', 'was able', 'were able', 'is able', 'are able', 'been able', 'managed',
    'appeared', 'appears', 'seemed', 'seems', 'hastened', 'rushed', 'took pains', 'took care', 'was the first', 'were the first', 'did not hesitate',
  ],
  // "swore in the president", "swore an oath": swearing reports only before its clause ("swears he has no idea", "swore that …")
  // stances stated with their clause ("The Press Council is concerned the laws would …", "The union is adamant
  // journalists’ metadata must …"); "is concerned about", "is confident in" report nothing
  // batch 10: verbs of remembering report only with their clause ("A colleague … then remembered that …")
  clauseOnlyVerbs: [
    'teased', 'teases', 'bear out', 'bears out', 'bore out', 'think', 'fear', 'hope', 'feel', 'worry', 'worries', 'swears', 'swore', 'swear', 'is adamant', 'are adamant', 'was adamant', 'were adamant', 'remains adamant', 'remain adamant', 'is concerned', 'are concerned', 'was concerned', 'were concerned', 'remains concerned', 'remain concerned', 'is convinced', 'are convinced', 'was convinced', 'were convinced', 'remains convinced', 'remain convinced', 'is confident', 'are confident', 'was confident', 'were confident', 'remains confident', 'remain confident', 'is certain', 'are certain', 'was certain', 'were certain', 'remains certain', 'remain certain', 'remembered', 'remembers', 'held', 'holds', 'signaled', 'signalled', 'signals'],
  // (bearing out with its clause only: "The data bear out that trend" bears out a noun)
  holdingVerbs: ['held', 'holds', 'bear out', 'bears out', 'bore out'],
  causativeVerbs: ['allowed', 'allows', 'allow', 'prompted', 'prompts', 'prompt', 'led', 'leads', 'caused', 'causes', 'forced', 'forces', 'compelled', 'inspired', 'moved', 'spurred', 'pushed'],
  // "police responded with tear gas": an answer by means of a thing is an act (cues.ts answeredWithThing)
  answerVerbs: ['responded', 'responds', 'respond', 'replied', 'replies', 'reply', 'answered', 'answers', 'answer', 'countered', 'counters', 'retaliated'],
  answerPreps: ['with'],
  directiveVerbs: ['told', 'tells', 'tell', 'asked', 'asks', 'ask', 'advised', 'advises', 'advise'],
  creditMarks: ['©', 'image copyright', 'copyright', 'courtesy of', '© provided by', '© supplied by'],
  archiveMarks: ['file photo', 'file image', 'file picture', 'file pic', 'file'],
  creditAgencies: ['AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'Getty Images', 'Getty', 'Shutterstock', 'Alamy', 'Bloomberg', 'Xinhua', 'PA', 'PA Wire', 'UPI', 'PTI', 'IANS', 'ANI', 'AAP', 'Kyodo', 'Yonhap', 'Anadolu'],
  mastheadWords: ['herald', 'times', 'press', 'news', 'post', 'gazette', 'tribune', 'journal', 'daily', 'chronicle', 'telegraph', 'mail', 'guardian', 'express', 'observer', 'courier', 'examiner', 'sentinel', 'agency', 'wire', 'library', 'pictures', 'photos', 'images'],
  // agencies spelled out, credited only after a photographer's name and a comma ("Al Goldis, Associated Press"); alone on a line
  // "Associated Press" is a byline's agency
  commaCreditAgencies: ['Associated Press', 'The Associated Press'],
  creditLabels: ['file', 'file photo', 'photo', 'photos', 'photograph', 'photographs', 'image source', 'photo illustration', 'photography', 'picture', 'image', 'images', 'credit', 'photo credit', 'image credit', 'source', 'video', 'illustration', 'graphic', 'map', 'photographer'],
  // a closing line crediting the wires (./sources/furniture-lines.ts)
  wireCreditLeads: ['with', 'with files from', 'with reporting from', 'with additional reporting from'],
  wireNouns: ['wires', 'wire', 'wire services', 'news services', 'agencies'],
  // a closing reference line's label before its colon
  referenceLabels: ['more information', 'journal reference', 'further information', 'reference', 'references', 'citation'],
  // ("Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP": where a pictured person stands, between two credits)
  creditPositions: ['left', 'right', 'top', 'bottom', 'center', 'centre', 'above', 'below', 'inset'],
  quoteLeadIns: [],

  sourceNouns: [
    // staff who serve the public, quoted by their role ("the waitress, who said …")
    'waiter', 'waitress', 'bartender',
    // people who comment or answer a poll, as role sources ("One commenter, Bruce Van Horn, noted", "die Befragten gaben an")
    'commenter', 'commentator', 'respondent',
    // the parliamentary opposition, quoted as one body like the government ("The opposition said …", passage battery en-p23)
    'opposition',
    'retailer', 'brokerage', 'automaker', 'carmaker', 'maker', 'manufacturer', 'developer', 'publisher', 'network', 'platform', 'startup', 'chain', 'giant', 'deputy', 'superior', 'husband', 'wife',
    'ministr', 'minister', 'government', 'official', 'spokes', 'authorit', 'agenc', 'office', 'department', 'analyst', 'expert', 'economist',
    'trader', 'researcher', 'scientist', 'study', 'studies', 'survey', 'poll', 'data', 'figures', 'statement', 'report', 'navy', 'army', 'military',
    'intelligence', 'police', 'prosecutor', 'court', 'company', 'companies', 'firm', 'bank', 'source', 'people familiar', 'diplomat',
    'commission', 'committee', 'council', 'institute', 'agency', 'service', 'command', 'staff', 'governor', 'mayor', 'president', 'leader', 'chief',
    'director', 'head', 'executive', 'officer', 'manager', 'author', 'team', 'group', 'organization', 'organisation', 'union', 'association',
    'residents', 'witness', 'observer', 'monitor', 'watchdog', 'regulator', 'administration', 'ukrainian', 'russian', 'board', 'white house',
    'kremlin', 'pentagon', 'duma', 'parliament', 'operator', 'utility', 'airline', 'insurer', 'lender', 'producer', 'exporter', 'importer',
    'industry', 'doctors', 'doctor', 'medics', 'nurses', 'teachers', 'lawyer', 'attorney', 'judge', 'campaigners', 'activists', 'critics',
    'opponents', 'supporters', 'estimates', 'paper', 'research', 'note', 'filing', 'document', 'records', 'modelling', 'analysis', 'census', 'index',
    'ministry', 'investors', 'media', 'protesters', 'demonstrators', 'bosses', 'journal', 'newspaper', 'magazine', 'outlet', 'broadcaster',
    'publication', 'website', 'tabloid', 'university', 'college', 'school', 'hospital', 'regulator', 'lawmaker', 'senator', 'congressman',
    'congresswoman', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'aide', 'adviser', 'advisor', 'insider', 'diplomat', 'negotiator',
    'envoy', 'ambassador', 'secretary', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'owner', 'professor', 'economist', 'strategist',
    'consultant', 'forecaster', 'pollster', 'agency', 'physician', 'consumer', 'customer', 'coalition', 'campaign', 'coach', 'provider',
    'commissioner',
    'pediatrician', 'paediatrician', 'sociologist', 'psychologist', 'psychiatrist', 'epidemiologist', 'cardiologist', 'neurologist',
    'historian', 'political scientist', 'pharmacist', 'veterinarian', 'demographer', 'climatologist', 'clinician', 'surgeon',
    // scientists by field and other professions quoted by their role ("the biologist said", "a virologist warned"), and the
    // singular of groups listed in the plural ("an activist said")
    'biologist', 'physicist', 'chemist', 'astronomer', 'astrophysicist', 'geologist', 'ecologist', 'virologist', 'immunologist',
    'oncologist', 'zoologist', 'meteorologist', 'archaeologist', 'archeologist', 'anthropologist', 'statistician', 'mathematician',
    'astrobiologist', 'eyewitness',
    'geneticist', 'neuroscientist', 'biochemist', 'pulmonologist', 'dermatologist', 'radiologist', 'toxicologist', 'criminologist',
    'scholar', 'lecturer', 'coroner', 'medical examiner', 'inspector', 'auditor', 'lobbyist', 'activist', 'campaigner', 'critic',
    'opponent', 'supporter', 'protester', 'demonstrator', 'analyst',
  ],
  docNouns: [
    // an agreement and a plea as what they state ("The agreement maintained that", "issued a plea for …"); scans as evidence ("A CT of his chest showed …").
    // Not "numbers" ("large numbers of fur seals reported in …" is a quantity) nor "work" ("His work reported in Nature")
    'agreement', 'plea', 'scan', 'scans', 'ct', 'mri', 'x-ray', 'biopsy',
    'evidence', 'testimony', 'records',
    // court papers and filings as the origin of what they show ("Court papers obtained by our correspondent showed")
    'papers', 'court papers', 'filings', 'court filings', 'court records',
    'protest', 'warning', 'appeal', 'denial', 'response', 'guidance', 'advisory', 'notice', 'forecast', 'outlook', 'ultimatum',
    'statement', 'statements', 'report', 'reports', 'study', 'studies', 'paper', 'survey', 'poll', 'polling', 'tally', 'data', 'figures', 'note', 'research note', 'filing',
    'stock exchange filing', 'press release', 'release', 'announcement', 'document', 'documents', 'letter', 'post', 'tweet', 'video', 'interview',
    'analysis', 'assessment', 'estimate', 'estimates', 'statistics', 'bulletin', 'update', 'briefing', 'transcript', 'decree', 'ruling',
    'review', 'investigation', 'research', 'findings',
    // a study's or a vote's results as the origin of what they show ("The results suggest the drug works")
    'results', 'memo', 'presentation', 'blog post', 'website', 'told', 'said', 'reported', 'wrote', 'posted',
    'lawsuit', 'complaint', 'indictment', 'petition', 'affidavit', 'email', 'emails', 'messages', 'text messages', 'audit',
    'projections', 'court documents', 'court records', 'charging documents',
    'footage', 'recording', 'recordings', 'images', 'photos', 'satellite images',
  ],
  // ("The plan identifies three threats"; a link on "Plan & Grow BIG" cites nothing). Not "work": "His work reported in
  // Nature", "Bram Stoker's last published work", "body of work" are what someone made, not what states a claim
  subjectDocNouns: ['plan', 'plans'],
  pronouns: ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'some', 'many', 'others', 'most', 'few', 'all', 'both', 'one', 'who', 'which', 'what', 'there', 'here', 'everyone', 'nobody', 'someone', 'somebody', 'anyone', 'each', 'another', 'none'],
  determiners: ['the', 'a', 'an'],
  connectors: ['of', 'for', 'at', 'the', 'and', 'on', 'with', 'de', 'von', 'van', 'der', 'al', 'bin', 'du', 'la', 'le', 'di', 'da', 'del'],
  foreignParticles: ['de', 'von', 'van', 'der', 'al', 'bin', 'du', 'la', 'le', 'di', 'da', 'del'],
  // lower-case particles opening a surname ("de Miranda", "van der Berg"); none that is an article or preposition of en's own before a capitalised noun
  nameParticles: ['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'du', 'dos', 'das'],
  stopWords: [
    'that', 'who', 'which', 'whose', 'whom', 'and', 'but', 'or', 'while', 'as', 'when', 'where', 'because', 'although', 'though', 'if', 'so',
    'than', 'meanwhile', 'however', 'also', 'then', 'in', 'on', 'with', 'to', 'from', 'into', 'after', 'before', 'during', 'about', 'over',
    'under', 'by', 'via', 'since', 'until', 'against', 'among', 'without', 'within', 'not', 'only', 'just', 'was', 'were', 'is', 'are', 'be',
    'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'earlier', 'later', 'yesterday',
    'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'this', 'there', 'here',
    'now', 'recently', 'previously', 'separately', 'further', 'back', 'once', 'again', 'still', 'already', 'even', 'yet', 'new',
  ],
  // ("according to a new case report", "an earlier report by the IMF", "the last survey")
  stopAdjectives: ['new', 'earlier', 'later', 'last', 'next', 'further'],
  titleLinks: ['of', 'to', 'for'],
  futureMarkers: ['will', '’ll', "'ll", 'shall', 'set to', 'scheduled', 'slated', 'due to', 'due in', 'expected to', 'upcoming', 'next', 'plans to', 'plan to', 'going to', 'is to', 'are to'],
  deadlinePreps: ['by'],
  pastMarkers: ['since', 'said', 'told', 'had', 'was', 'were', 'did', 'ago', 'announced', 'reported'],
  // ("still": "Gaiman still bemoans that …", "Министр по-прежнему считает …")
  adverbs: ['still', 'since', 'never', 'flat-out', 'also', 'very', 'quite', 'earlier', 'later', 'previously', 'recently', 'separately', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'further', 'repeatedly', 'publicly', 'privately', 'once', 'again', 'now', 'long', 'consistently', 'frequently', 'openly', 'had previously', 'has also', 'have also', 'last week', 'on monday', 'first', 'initially', 'originally', 'always', 'often', 'usually'],
  participles: ['viewed', 'provided', 'collected', 'gathered', 'published', 'released', 'issued', 'seen', 'obtained', 'cited', 'quoted', 'posted', 'shared', 'conducted', 'carried out', 'compiled', 'commissioned', 'presented', 'prepared', 'made', 'reviewed', 'analysed', 'analyzed', 'leaked', 'filed', 'submitted', 'sent', 'signed'],
  agentPreps: ['by'],
  // ("an email seen by The Real Deal": the agent only saw the document)
  witnessParticiples: ['seen', 'reviewed', 'viewed'],
  claimParticiples: ['confirmed', 'recommended', 'reported', 'announced', 'estimated', 'predicted', 'forecast', 'projected', 'claimed', 'alleged', 'stated', 'suggested', 'endorsed', 'disputed', 'denied', 'documented', 'verified', 'disclosed', 'calculated', 'criticised', 'criticized', 'condemned', 'described'],
  fromNouns: ['advice', 'rhetoric', 'warning', 'warnings', 'criticism', 'criticisms', 'condemnation', 'praise', 'objections', 'complaints', 'assurance', 'assurances', 'guidance', 'recommendation', 'recommendations', 'accusations', 'allegations', 'threats', 'pledges', 'denials', 'reassurance'],
  fromPreps: ['from'],
  groupForecasts: {
    verbs: ['expected', 'had expected', 'had been expecting', 'anticipated', 'had anticipated', 'were looking for', 'had been looking for', 'are looking for', 'had forecast', 'had predicted', 'had estimated', 'on average expected', 'had on average expected'],
    groups: ['analysts', 'economists', 'forecasters', 'strategists', 'traders', 'investors', 'markets', 'consensus'],
    polled: ['polled', 'surveyed', 'questioned', 'asked', 'interviewed', 'consulted', 'tracked'],
  },
  // ("Analysts provided a few theories", "these studies provided the first explanation for …"; not "provided buses",
  // "offered support", "gave an update" — a software update as often —, nor "an account", a bank's as often as a story)
  contentObjects: {
    verbs: [
      // expressing a stance ("has expressed anti-Trump sentiment"; not "expressed the package")
      'expressed', 'expresses', 'express', 'provided', 'provides', 'provide', 'offered', 'offers', 'offer', 'gave', 'gives', 'give', 'shared', 'shares', 'floated', 'advanced', 'proposed', 'proposes',
      // raising and voicing a doubt ("Some economists have raised concerns about the plan"; "raised prices" is an act)
      'raised', 'raise', 'raises', 'voiced', 'voice', 'voices'],
    nouns: [
      // stances
      'sentiment', 'sentiments', 'hope', 'hopes', 'optimism', 'pessimism', 'regret', 'regrets', 'disappointment', 'frustration', 'dismay', 'outrage', 'condolences', 'sympathy', 'gratitude', 'explanation', 'explanations', 'theory', 'theories', 'hypothesis', 'hypotheses', 'estimate', 'estimates', 'assessment', 'assessments', 'details', 'testimony', 'insight', 'insights', 'views', 'opinion', 'opinions', 'prediction', 'predictions', 'forecast', 'forecasts', 'reasons', 'assurance', 'assurances', 'warning', 'warnings', 'evidence', 'rationale', 'justification', 'statement',
      'concerns', 'questions', 'doubts', 'objections', 'fears', 'reservations', 'skepticism', 'scepticism', 'criticism', 'alarm'],
    // ("The ministry put the death toll at 40", "Officials put the cost at $1bn"; one word each, matched as the object's
    // head: "the price tag" is "tag" after its modifier)
    estimates: { verbs: ['put', 'puts'], nouns: ['toll', 'number', 'figure', 'cost', 'costs', 'damage', 'losses', 'total', 'value', 'bill', 'tag'], preps: ['at'] },
  },
  approximators: ['about', 'around', 'some', 'over', 'more than', 'less than', 'fewer than', 'nearly', 'almost', 'up to', 'at least', 'roughly', 'approximately', 'an estimated', 'estimated', 'just over', 'just under', 'below', 'above', 'close to'],
  thanWords: ['than'],
  countNouns: ['people', 'persons', 'troops', 'soldiers', 'civilians', 'residents', 'workers', 'jobs', 'homes', 'cases', 'deaths', 'votes', 'children', 'students', 'patients', 'units', 'vehicles', 'tanks', 'drones', 'missiles', 'shells', 'ships', 'vessels', 'cars', 'passengers', 'employees', 'members', 'users', 'followers', 'subscribers', 'tonnes', 'km', 'times', 'pixels'],
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Adm', 'Cmdr', 'Rev', 'Hon',
    'Jr', 'Sr', 'St', 'Mt', 'Ft', 'No', 'Nos', 'Vol', 'vs', 'approx', 'est', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ph.D', 'e.g', 'i.e',
  ],
};
export default en;
