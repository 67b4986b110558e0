// linkHref's shortcut (lib/url.ts, isParsedForm): a string it accepts must be exactly what the URL
// parser writes for it, or links would change. Checked on generated near-misses, not on timings.
import { describe, expect, it } from 'vitest';
import { isParsedForm, linkHref } from '../../lib/url';

/** A small deterministic generator (mulberry32): the same strings on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOST = ['abz09-.', 'abz09-.xnX_%:@'];
const REST = ['aZ09-._~!$&()*+,;=:@/?#', 'aZ09-._~!$&()*+,;=:@/?#%\'" .\\^|`{}<>é\t2e'];
const SCHEMES = ['http://', 'https://', 'HTTPS://', 'https:/', 'ftp://', 'https:///'];

describe('isParsedForm', () => {
  it('accepts only strings the URL parser gives back unchanged', () => {
    const next = random(14);
    const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
    let accepted = 0;
    for (let i = 0; i < 60_000; i++) {
      const s = SCHEMES[Math.floor(next() * SCHEMES.length)] + pick(HOST[Number(next() < 0.3)], 1 + Math.floor(next() * 8)) + (next() < 0.8 ? '/' : '') + pick(REST[Number(next() < 0.3)], Math.floor(next() * 10));
      if (!isParsedForm(s)) continue;
      accepted++;
      expect(new URL(s).href, s).toBe(s);
      expect(linkHref(s)).toBe(s);
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it('leaves what the parser rewrites to the parser', () => {
    for (const s of ['https://a.com/./x', 'https://a.com/x/..', 'https://a.com/%2e/x', 'https://xn--p1ai.com/', 'https://1.2.3.4/', 'https://a.0x10/', 'https://a.9/',
      'https://A.com/', 'https://a.com', 'https://a.com:443/', 'https://u@a.com/', 'https://a.com/%41', "https://a.com/?q='", 'https://a.com/ x', 'https://-a.com/', 'https://a.com./']) {
      expect(isParsedForm(s), s).toBe(false);
    }
    expect(linkHref('https://A.com/./x')).toBe('https://a.com/x');
    expect(linkHref('https://site1.example/r/1')).toBe('https://site1.example/r/1');
  });
});
