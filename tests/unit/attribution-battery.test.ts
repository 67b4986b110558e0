// The attribution battery (tests/fixtures/attribution-battery, written before the detector was run
// on it): every case the detector gets right — each expected source found whole, nothing else —
// stays right. The cases it still gets wrong are listed below, each with the reason; a listed case
// that starts passing fails the test, so the list shrinks as rules land (remove its id).
import { describe, expect, it } from 'vitest';
import { BATTERY_FILES, PASSAGE_FILE, isClean, loadBattery, loadBattery2, loadBattery3, scoreCase, type BatteryCase, loadBattery4 } from '../../bench/lib/attribution-battery';

const KNOWN_FAILING: Record<string, string> = {
  'en-015': 'boundary: a document joined to its author by "from" ("Data from the Office …") is cut to the author',
  'en-053': 'boundary: "A study published in Nature" is cut to "A study"',
  'en-107': 'boundary: "Records obtained by The Guardian" is cut to "Records"',
  'fr-020': 'boundary: "une étude publiée dans The Lancet" is cut to "une étude"',
};

// The multi-sentence passages (passages.json, written blind like the sentences): whole texts with
// paragraphs, expected spans counted once per occurrence in reading order.
const KNOWN_FAILING_PASSAGES: Record<string, string> = {
  'en-p17': 'boundary: "A study published in The Lancet" is cut to "A study"',
  'en-p22': '"have put the death toll far higher" without a figure after "put … at"',
  'en-p26': '"Estate agents said" at a sentence start is lost because the text writes "real estate" in lower case elsewhere ("Estate" is read as a common word)',
  'ru-p06': 'a gerund clause between subject and verb (", выступая в Госдуме, заявила")',
  'uk-p02': '"За даними військових" is missed',
  'uk-p03': 'extra: "Україна" inside the reported clause (after "що") is taken as a source',
};

function checkCase(c: BatteryCase, known: Record<string, string>, list: string): void {
  const r = scoreCase(c);
  if (known[c.id]) expect(isClean(r), `${c.id} now passes: remove it from ${list}`).toBe(false);
  else expect(r).toEqual({ found: c.sources.length, missed: [], boundary: [], extra: [] });
}

describe('attribution battery', () => {
  for (const f of BATTERY_FILES) {
    for (const c of loadBattery(f)) it(`${c.id}: ${c.text}`, () => checkCase(c, KNOWN_FAILING, 'KNOWN_FAILING'));
  }
});

describe('attribution battery: passages', () => {
  for (const c of loadBattery(PASSAGE_FILE)) {
    it(`${c.id}: ${c.text.slice(0, 80)}`, () => checkCase(c, KNOWN_FAILING_PASSAGES, 'KNOWN_FAILING_PASSAGES'));
  }
});

// The second passage battery (tests/fixtures/attribution-battery-2, session 25, written blind): de/fr/ru/uk
// agency-style passages.
const KNOWN_FAILING_PASSAGES_2: Record<string, string> = {
  'de-q06': '"Das Magazin beruft sich auf Sicherheitskreise": "sich berufen auf" is not read ("beruft sich auf Notwehr" invokes a right, not a source)',
  'de-q09': '"wies die Kritik zurück": the separable "zurückweisen" would also read "wies die Flüchtlinge zurück" (an act) without an object check',
  'de-q15': '"Branchenexperten führen das auf … zurück": "zurückführen" is not read (also "führte die Mannschaft zurück")',
  'fr-q04': '"un bilan communiqué jeudi par les pompiers": "communiqué" is read as the noun, the agent is not split off',
  'fr-q08': '"Pour les économistes interrogés par l’AFP, …": "pour" as "according to" is not read',
  'fr-q10': '"Un autre responsable européen juge …": "juge" is left out of the verbs as it is also the noun (a judge)',
  'fr-q05': '"Le journal cite plusieurs conseillers du président, qui évoquent …": the relative clause\'s verb reads its head back over "cite" (no verb of saying since "cite l’exemple" was one), so the cited-objects pass finds the span taken',
  'fr-q11': '"L’ONG Human Rights Watch accuse l’armée … d’avoir exécuté": "accuse" alone is no verb of saying ("La Bourse accuse une baisse"); the frame with "d’avoir" is not checked',
  'fr-q15': 'boundary: "Une étude publiée mercredi dans la revue The Lancet" gives the journal (as fr-020)',
};

describe('attribution battery 2: passages', () => {
  for (const c of loadBattery2()) {
    it(`${c.id}: ${c.text.slice(0, 80)}`, () => checkCase(c, KNOWN_FAILING_PASSAGES_2, 'KNOWN_FAILING_PASSAGES_2'));
  }
});

// The third passage battery (tests/fixtures/attribution-battery-3, session 26, written blind): de/uk
// regional and national news passages.
const KNOWN_FAILING_PASSAGES_3: Record<string, string> = {
  'de3-16': '"Eine Umfrage von Infratest dimap im Auftrag des MDR ergab": the walk back from the verb stops at "im" (a preposition\'s object is no subject) and "im Auftrag" after a lower-case name word is not read as the document\'s qualifier',
  'de3-22': '"Die Hebammen vor Ort zeigten sich …": "vor Ort" ends the walk back as a preposition\'s object ("Hebamme" is no source noun the qualifier rule knows)',
  'uk3-21': 'boundary: "Мешканці кількох багатоповерхівок на Виноградарі" is cut to the place "Виноградарі" ("на" after a common noun is no qualifier; a place after "на" is not refused as an object of a preposition)',
  'uk3-22': '"— каже фермер із Полтавщини Микола Гнатюк": the speaker after the verb stops at "із" and "фермер" alone is no source noun',
};

describe('attribution battery 3: passages', () => {
  for (const c of loadBattery3()) {
    it(`${c.id}: ${c.text.slice(0, 80)}`, () => checkCase(c, KNOWN_FAILING_PASSAGES_3, 'KNOWN_FAILING_PASSAGES_3'));
  }
});

// The fourth passage battery (tests/fixtures/attribution-battery-4, session 26, written blind): English
// long-tail passages (documents and data as subjects, party tags, anonymous sources, groups, verbs
// beyond "said", passive and nested attribution, caption credits, no-source acts).
const KNOWN_FAILING_PASSAGES_4: Record<string, string> = {
  'en4-24': '"Downdetector, which tracks outages …, showed more than 30,000 complaints": "showed" is a weak verb, which reports without a clause only for a document subject, and a site\'s name is none',
  'en4-34': 'extra: "An independent report commissioned by the university" is split into the report and its commissioner (as "A study" + "Nature" in battery 1)',
};

describe('attribution battery 4: passages', () => {
  for (const c of loadBattery4()) {
    it(`${c.id}: ${c.text.slice(0, 80)}`, () => checkCase(c, KNOWN_FAILING_PASSAGES_4, 'KNOWN_FAILING_PASSAGES_4'));
  }
});
