// `npm run bench:hostile -- --profile ID`: one run of our Chromium pipeline on one pathological page
// under the V8 CPU profiler, printed as the functions with the most self time (and written to
// /tmp/gloss-hostile-ID.cpuprofile for DevTools). For finding where a slow row spends its time.
import { writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
export type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const nameOf = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;

/** Top functions by self time, or by inclusive time (`inclusive`): name (file:line), ms and share of the run. */
export function times(profile: Profile, top: number, inclusive: boolean): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const keys = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parent.get(at) : undefined) keys.add(nameOf(byId.get(at)!));
    for (const key of keys) self.set(key, (self.get(key) ?? 0) + ms);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
}

export async function profilePage(browser: Browser, harness: string, id: string, scale: number): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>bench:hostile profile</title>');
  await page.addScriptTag({ content: harness });
  type G = { glossBench: { make(i: string, s: number): number; run(i: string, s: number, p: string): unknown } };
  await page.evaluate(([i, s]) => (globalThis as unknown as G).glossBench.make(i, s), [id, scale] as const);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const run = await page.evaluate(([i, s]) => (globalThis as unknown as G).glossBench.run(i, s, 'ours'), [id, scale] as const);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const file = `/tmp/gloss-hostile-${id}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  console.log(`profile of ours on ${id} (scale ${scale}): ${JSON.stringify(run)}\nwritten to ${file}; self time:`);
  for (const line of times(profile, 30, false)) console.log(line);
  console.log('inclusive time:');
  for (const line of times(profile, 45, true)) console.log(line);
  await context.close();
}
