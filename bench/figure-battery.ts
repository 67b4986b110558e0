// `npm run bench:figure-battery [-- -v]`: prints every figure battery's tallies per language (the
// first and second, now tune sets, then the third, written blind in session 26); -v lists every case
// that is not clean. See tests/fixtures/figure-battery{,-2,-3}/README.md.
import { FIGURE_BATTERIES, isFigureClean, loadFigureBattery, scoreFigureCase, tallyFigureBattery } from './lib/figure-battery';

const verbose = process.argv.includes('-v');
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
for (const { name, dir, files } of FIGURE_BATTERIES) {
  console.log(name);
  for (const f of files) {
    const cases = loadFigureBattery(f, dir);
    if (verbose) for (const c of cases) { const r = scoreFigureCase(c); if (!isFigureClean(r)) console.log(c.id, c.text, JSON.stringify(r)); }
    const t = tallyFigureBattery(cases);
    console.log(`${f.padEnd(4)} cases ${t.cases} clean ${t.clean} | expected ${t.expected} found ${t.found} missed ${t.missed} boundary ${t.boundary} extra ${t.extra} | P ${ratio(t.found, t.detected)} R ${ratio(t.found, t.expected)}`);
  }
}
