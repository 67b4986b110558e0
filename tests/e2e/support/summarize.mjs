// Reads the JSON reports of one `npm test` run (Vitest for unit and Firefox, Playwright for
// Chromium) and prints one line per suite, then the total as `N passed, M failed`.
// Usage: node summarize.mjs <suite>=<report.json>[:<exit status>] ...
// A step that failed without a readable report (a build, a crash before the reporter ran)
// counts as one failure; a suite that never ran is not counted.
import fs from 'node:fs';

function fromVitest(r) {
  let passed = r.numPassedTests ?? 0;
  let failed = r.numFailedTests ?? 0;
  // A file that failed to load or whose beforeAll threw has no failed test of its own.
  for (const file of r.testResults ?? []) {
    const fileFailed = (file.assertionResults ?? []).some((a) => a.status === 'failed');
    if (file.status === 'failed' && !fileFailed) failed += 1;
  }
  return { passed, failed, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}

function fromPlaywright(r) {
  const s = r.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (r.errors?.length && !s.unexpected ? 1 : 0),
    skipped: s.skipped ?? 0,
  };
}

let passed = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [suite, rest] = arg.split('=');
  const [file, status] = rest.split(':');
  let counts = null;
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    counts = 'stats' in report && 'suites' in report ? fromPlaywright(report) : fromVitest(report);
  } catch {
    // no report
  }
  if (!counts) {
    if (status === undefined || status === '0') continue; // never ran, or a step that is not a test suite
    counts = { passed: 0, failed: 1, skipped: 0 };
  } else if (status !== undefined && status !== '0' && counts.failed === 0) {
    counts.failed = 1; // the runner failed although every test it reported passed
  }
  passed += counts.passed;
  failed += counts.failed;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  console.log(`  ${suite}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
}
console.log(`${passed} passed, ${failed} failed`);
