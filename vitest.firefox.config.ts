// Firefox end-to-end suite (tests/e2e/firefox): puppeteer-core drives Debian's firefox-esr over
// WebDriver BiDi. Vitest is only the runner here: no WXT plugin, no fake browser, one file at a
// time, because each file launches a real Firefox with the `--mode e2e` build of Gloss.
import './tests/support/node20-polyfills.ts'; // Vitest 5's reporter needs Map.groupBy, missing from Node 20
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 150_000, // a beforeAll launches Firefox (up to 75 s to open the harness under load)
    teardownTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: process.env.GLOSS_FIREFOX_JSON ?? 'test-results/reports/firefox.json' },
  },
});
