// `npm run bench:battery [-- -v]`: prints the attribution battery's tallies per language, first the
// single sentences, then the multi-sentence passages (passages.json) per language; -v lists every
// case that is not clean. Then the second passage battery (tests/fixtures/attribution-battery-2, de/fr/ru/uk)
// with precision too (found / scored detections), and the third (tests/fixtures/attribution-battery-3,
// de/uk) and the fourth (attribution-battery-4, English) the same way. See tests/fixtures/attribution-battery*/README.md.
import { BATTERY_FILES, PASSAGE2_LANGS, PASSAGE3_LANGS, PASSAGE_FILE, PASSAGE_LANGS, isClean, loadBattery, loadBattery2, loadBattery3, scoreCase, tallyBattery, type BatteryCase, PASSAGE4_LANGS, loadBattery4 } from './lib/attribution-battery';

const verbose = process.argv.includes('-v');

function report(name: string, cases: BatteryCase[], withPrecision = false): void {
  if (verbose) for (const c of cases) { const r = scoreCase(c); if (!isClean(r)) console.log(c.id, JSON.stringify(c.text), JSON.stringify(r)); }
  const t = tallyBattery(cases);
  const precision = withPrecision ? ` P ${(t.detected ? t.found / t.detected : 1).toFixed(3)}` : '';
  const recall = t.expected ? `${precision} ${withPrecision ? 'R' : 'recall'} ${(t.found / t.expected).toFixed(3)}` : '';
  console.log(`${name.padEnd(8)} cases ${t.cases} clean ${t.clean} | expected ${t.expected} found ${t.found} missed ${t.missed} boundary ${t.boundary} extra ${t.extra}${recall}`);
}

for (const f of BATTERY_FILES) report(f, loadBattery(f));
const passages = loadBattery(PASSAGE_FILE);
for (const lang of PASSAGE_LANGS) report(`p-${lang}`, passages.filter((c) => c.lang === lang));
const passages2 = loadBattery2();
for (const lang of PASSAGE2_LANGS) report(`p2-${lang}`, passages2.filter((c) => c.lang === lang), true);
const passages3 = loadBattery3();
for (const lang of PASSAGE3_LANGS) report(`p3-${lang}`, passages3.filter((c) => c.lang === lang), true);

// The fourth passage battery (tests/fixtures/attribution-battery-4, English long tail), with precision.
function reportBattery4(): void {
  const passages4 = loadBattery4();
  for (const lang of PASSAGE4_LANGS) report(`p4-${lang}`, passages4.filter((c) => c.lang === lang), true);
}
reportBattery4();
