// The sync's runner (lib/sync/pump.ts): one run at a time, and no request is ever dropped — the
// race that left a merged conflict in one device's outbox (a request arriving after the run's last
// look at the outbox but before it ended) is driven here step by step, with no timers.
import { describe, expect, it } from 'vitest';
import { createPump } from '../../lib/sync/pump';

/** A run whose every step waits for the test to release it. */
function steppedRun(steps: number) {
  const log: string[] = [];
  const gates: Array<() => void> = [];
  let runs = 0;
  let active = 0;
  let overlap = false;
  const run = async () => {
    const n = ++runs;
    active++;
    if (active > 1) overlap = true;
    log.push(`start ${n}`);
    for (let i = 0; i < steps; i++) await new Promise<void>((resolve) => gates.push(resolve));
    log.push(`end ${n}`);
    active--;
  };
  /** Lets the oldest waiting step go on, then lets the promise jobs it starts finish. */
  const release = async () => {
    gates.shift()?.();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { run, release, log, runs: () => runs, overlap: () => overlap, waiting: () => gates.length };
}

describe('sync pump', () => {
  it('a request made during the last step of a run gets a whole run after it', async () => {
    const r = steppedRun(2);
    const pump = createPump(r.run, () => undefined);
    const first = pump.request();
    await r.release(); // step 1 of run 1
    const late = pump.request(); // during step 2: after the run's last look at the outbox
    await r.release(); // run 1 ends
    expect(r.log).toEqual(['start 1', 'end 1', 'start 2']);
    await r.release();
    await r.release();
    await Promise.all([first, late]);
    expect(r.log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(pump.busy()).toBe(false);
  });

  it('many requests during one run make one more run, never two at once', async () => {
    const r = steppedRun(1);
    const pump = createPump(r.run, () => undefined);
    const all = [pump.request(), pump.request(), pump.request()];
    expect(r.runs()).toBe(1);
    await r.release();
    await r.release();
    await Promise.all(all);
    expect(r.runs()).toBe(2);
    expect(r.overlap()).toBe(false);
  });

  it('a request after the pump went idle starts a run of its own', async () => {
    const r = steppedRun(1);
    const pump = createPump(r.run, () => undefined);
    const first = pump.request();
    await r.release();
    await first;
    expect(pump.busy()).toBe(false);
    const second = pump.request();
    expect(r.runs()).toBe(2);
    await r.release();
    await second;
  });

  it('a failing run is reported, and the next request runs again', async () => {
    const errors: unknown[] = [];
    let fail = true;
    let runs = 0;
    const pump = createPump(async () => {
      runs++;
      if (fail) throw new Error('replica closed');
    }, (error) => errors.push(error));
    await pump.request();
    expect(errors.map(String)).toEqual(['Error: replica closed']);
    fail = false;
    await pump.request();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it('a request made during a failing run still gets a run of its own', async () => {
    const errors: unknown[] = [];
    let release!: () => void;
    let runs = 0;
    const pump = createPump(async () => {
      runs++;
      if (runs === 1) {
        await new Promise<void>((resolve) => (release = resolve));
        throw new Error('replica closed');
      }
    }, (error) => errors.push(error));
    const first = pump.request();
    const during = pump.request();
    expect(pump.queued()).toBe(true);
    release();
    await Promise.all([first, during]);
    expect(errors).toHaveLength(1);
    expect(runs).toBe(2);
    expect(pump.busy()).toBe(false);
  });

  it('settled() waits for the runs going on and asks for none', async () => {
    const r = steppedRun(1);
    const pump = createPump(r.run, () => undefined);
    await pump.settled();
    expect(r.runs()).toBe(0);
    void pump.request();
    let done = false;
    const waiting = pump.settled().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await r.release();
    await waiting;
    expect(r.runs()).toBe(1);
  });
});
