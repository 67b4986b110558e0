// Chromium end-to-end suite: the real extension (the `--mode e2e` build) in Debian's Chromium.
// One worker: each worker launches its own browser with the extension, and two cores are enough
// for one. Browser launch and extension loading live in tests/e2e/chromium/fixtures.ts.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e/chromium',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/chromium',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000, // generous: two cores shared with builds and benches make a slow pass, not a failure
  expect: { timeout: 15_000 },
  globalTimeout: 40 * 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.GLOSS_CHROMIUM_JSON ?? 'test-results/reports/chromium.json' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
  },
});
