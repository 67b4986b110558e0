// The `analyze` CLI as score-gold.mjs and people call it: a batch of good, missing, non-article and
// garbage inputs gives one JSON line per input, in order, and the batch goes on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '..', '..');
const pages = join(repo, 'tests', 'fixtures', 'pages');
const tmp = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
const garbage = join(tmp, 'garbage.html');
writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
const gz = join(tmp, 'seed.html.gz');
writeFileSync(gz, gzipSync(readFileSync(join(pages, 'seed-article.html'))));

function run(args: string[]): { stdout: string; code: number } {
  try {
    const stdout = execFileSync('npx', ['tsx', 'lib/cli/analyze.ts', ...args], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    return { stdout, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; status: number };
    return { stdout: err.stdout, code: err.status };
  }
}

describe('analyze CLI', () => {
  it('one JSON line per input, the batch goes on past bad inputs', () => {
    const url = 'https://maidanpress.test/2024/10/02/ukrainian-foreign-ministry-protests-russian-conscription-in-occupied-territories/';
    const inputs = [join(pages, 'seed-article.html'), join(tmp, 'missing.html'), join(pages, 'no-article.html'), garbage, gz];
    const { stdout, code } = run([...inputs, '--url', url]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const [seed, missing, home, junk, seedGz] = lines.map((l) => JSON.parse(l));

    expect(seed).toMatchObject({ input: inputs[0], url, isArticle: true, title: 'Ukrainian Foreign Ministry protests Russian conscription in occupied territories', byline: 'Mariia Shevchuk', dir: 'ltr' });
    for (const k of ['siteName', 'publishedTime', 'lang', 'excerpt', 'wordCount', 'text', 'html', 'sources', 'figures']) expect(seed, k).toHaveProperty(k);
    expect(seed.text).toContain('Ukrainian Defense Minister Rustem Umerov\u00a0said back in May');
    for (const s of [...seed.sources, ...seed.figures]) expect(seed.text.slice(s.start, s.end)).toBe(s.text);

    expect(missing).toEqual({ input: inputs[1], error: expect.any(String) });
    expect(home).toMatchObject({ input: inputs[2], isArticle: false, reason: expect.any(String), message: expect.any(String) });
    expect(home).not.toHaveProperty('text');
    expect(junk).toEqual({ input: garbage, error: expect.stringMatching(/binary|not an HTML/) });
    expect(seedGz).toMatchObject({ input: gz, isArticle: true, text: seed.text });
  }, 120_000);

  it('bad usage exits non-zero with nothing on stdout', () => {
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    const bad = run(['--bogus', join(pages, 'seed-article.html')]);
    expect(bad.code).toBe(2);
  }, 60_000);
});
