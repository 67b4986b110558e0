// Where the e2e suites find things: the repo root, the built test variants of the extension
// (`wxt build --mode e2e`, see wxt.config.ts) and the pages the local server serves. Everything a
// test reads lives inside the repo; nothing is read from ../shared at run time.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PAGES_DIR = path.join(ROOT, 'tests/e2e/pages');
export const SECURITY_FIXTURES_DIR = path.join(ROOT, 'tests/security/fixtures');
export const CHROME_EXT = path.join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_EXT = path.join(ROOT, '.output/firefox-mv3-e2e');

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Fails early, with the command to run, when the test build is missing. */
export function requireBuild(dir: string, command: string): string {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no manifest.json: build the test variant first (${command}).`);
  }
  return dir;
}
