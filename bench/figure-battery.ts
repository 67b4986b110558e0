// `npm run bench:figure-battery [-- -v]`: prints the figure battery's tallies per language;
// -v lists every case that is not clean. See tests/fixtures/figure-battery/README.md.
import { FIGURE_BATTERY_FILES, isFigureClean, loadFigureBattery, scoreFigureCase, tallyFigureBattery } from './lib/figure-battery';

const verbose = process.argv.includes('-v');
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
for (const f of FIGURE_BATTERY_FILES) {
  const cases = loadFigureBattery(f);
  if (verbose) for (const c of cases) { const r = scoreFigureCase(c); if (!isFigureClean(r)) console.log(c.id, c.text, JSON.stringify(r)); }
  const t = tallyFigureBattery(cases);
  console.log(`${f.padEnd(4)} cases ${t.cases} clean ${t.clean} | expected ${t.expected} found ${t.found} missed ${t.missed} boundary ${t.boundary} extra ${t.extra} | P ${ratio(t.found, t.detected)} R ${ratio(t.found, t.expected)}`);
}
