// Unit tests: pure lib/ code and React components in jsdom. Browser suites live in tests/e2e.
import './tests/support/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two shared cores: a test that builds a generated library may take seconds when the machine
    // is busy. Speed is measured by the benches, never by a unit test's clock.
    testTimeout: 60_000,
  },
});
