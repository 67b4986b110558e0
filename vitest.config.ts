// Unit tests: pure lib/ code and React components in jsdom (tests/unit), and the hostile-input
// suite (tests/security: each attack from issue 14 as a fixture, with its safe outcome).
// Browser suites live in tests/e2e.
import './tests/support/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/security/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two shared cores: a test that builds a generated library may take seconds when the machine
    // is busy. Speed is measured by the benches, never by a unit test's clock.
    testTimeout: 60_000,
    // The sync tests cut the test server's connections on purpose (tests/support/couch.ts,
    // outage()); PouchDB's http adapter (node-fetch in Node) leaves one such failed request of its
    // own without a handler. Only that error is let through: a refused or reset connection to the
    // local test server. Everything else still fails the run.
    onUnhandledError: (error) =>
      !((error as { name?: string }).name === 'FetchError' && /127\.0\.0\.1:\d+\/.*(socket hang up|ECONNREFUSED|ECONNRESET)/.test(String((error as Error).message))),
  },
});
