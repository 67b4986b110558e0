// `npm run bench:battery [-- -v]`: prints the attribution battery's tallies per language;
// -v lists every case that is not clean. See tests/fixtures/attribution-battery/README.md.
import { BATTERY_FILES, isClean, loadBattery, scoreCase, tallyBattery } from './lib/attribution-battery';

const verbose = process.argv.includes('-v');
for (const f of BATTERY_FILES) {
  const cases = loadBattery(f);
  if (verbose) for (const c of cases) { const r = scoreCase(c); if (!isClean(r)) console.log(c.id, c.text, JSON.stringify(r)); }
  const t = tallyBattery(cases);
  const recall = t.expected ? ` recall ${(t.found / t.expected).toFixed(3)}` : '';
  console.log(`${f.padEnd(4)} cases ${t.cases} clean ${t.clean} | expected ${t.expected} found ${t.found} missed ${t.missed} boundary ${t.boundary} extra ${t.extra}${recall}`);
}
