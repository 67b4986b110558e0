// The library's worker answers only the newest query: typing "kharkiv" sends seven, and the ones a
// later keystroke replaced would otherwise still run to the end, taking the CPU from the one the user
// waits for, and post results the page has to drop. Each search is told when it has been replaced
// (it stops at its next wait) and a replaced search's result is never delivered, so an older
// result can never arrive after, or instead of, a newer one.

export interface Numbered {
  /** Increases with each query the page sends. */
  id: number;
}

/**
 * Wraps `run` so that only the newest request's result reaches `deliver`. `run` gets a function
 * telling whether its request has been replaced meanwhile, to stop early (returning anything);
 * `deliver` gets it too, for whatever it sends later.
 */
export function newestOnly<Req extends Numbered, Res>(
  run: (request: Req, superseded: () => boolean) => Promise<Res>,
  deliver: (request: Req, result: Res, superseded: () => boolean) => void,
): (request: Req) => Promise<void> {
  let newest = -Infinity;
  return async (request) => {
    newest = Math.max(newest, request.id);
    const superseded = () => request.id < newest;
    const result = await run(request, superseded);
    if (!superseded()) deliver(request, result, superseded);
  };
}
