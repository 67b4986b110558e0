// One runner for the sync's work (drain the outbox, apply the replica): at most one run at a time,
// and a request made while a run is going gets a whole run after it. Requests come from Dexie's
// live query (a local write), the replica's changes feed and the replication going idle; a request
// that arrived after a run's last look at the outbox but before it finished used to be dropped,
// which left a local edit in the outbox until the next unrelated change (a merged conflict that
// never reached the other device). The flag is checked with no await between the check and the
// end of the run, so no request can fall into that gap.

export interface Pump {
  /** Asks for a run; resolves when a run that started after this request has finished. */
  request(): Promise<void>;
  /** Whether a run is going (or queued behind one). */
  busy(): boolean;
  /** Whether another run is already asked for after the one going now. */
  queued(): boolean;
  /** Resolves when the runs going now (and queued behind them) have finished; asks for none. */
  settled(): Promise<void>;
}

export function createPump(run: () => Promise<void>, onError: (error: unknown) => void): Pump {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await run();
      } catch (error) {
        // reported, and a request made during the failed run still gets its run
        onError(error);
      }
    } while (again);
    running = null;
  };
  return {
    request() {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    busy: () => running !== null,
    queued: () => running !== null && again,
    settled: () => running ?? Promise.resolve(),
  };
}
