// `npm run bench:figure-battery [-- -v]`: prints both figure batteries' tallies per language (the
// first, now a tune set, then the second, written blind in session 25); -v lists every case that is
// not clean. See tests/fixtures/figure-battery{,-2}/README.md.
import { FIGURE_BATTERY_2_DIR, FIGURE_BATTERY_DIR, FIGURE_BATTERY_FILES, isFigureClean, loadFigureBattery, scoreFigureCase, tallyFigureBattery } from './lib/figure-battery';

const verbose = process.argv.includes('-v');
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
for (const [name, dir] of [['figure-battery', FIGURE_BATTERY_DIR], ['figure-battery-2', FIGURE_BATTERY_2_DIR]] as const) {
  console.log(name);
  for (const f of FIGURE_BATTERY_FILES) {
    const cases = loadFigureBattery(f, dir);
    if (verbose) for (const c of cases) { const r = scoreFigureCase(c); if (!isFigureClean(r)) console.log(c.id, c.text, JSON.stringify(r)); }
    const t = tallyFigureBattery(cases);
    console.log(`${f.padEnd(4)} cases ${t.cases} clean ${t.clean} | expected ${t.expected} found ${t.found} missed ${t.missed} boundary ${t.boundary} extra ${t.extra} | P ${ratio(t.found, t.detected)} R ${ratio(t.found, t.expected)}`);
  }
}
