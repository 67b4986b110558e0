// Binary search over ascending offsets: the one place that gets lo/hi/mid right. The analysis asks
// "which token, sentence, quote or span is at this offset" thousands of times per page, over lists
// sorted by construction; seven hand-written copies of the same loop (some `<`, some `<=`, one
// off-by-one away from each other) became these two.

/** Index of the first item whose key is at or after `x` (`items.length` if none); keys ascending. */
export function firstAtOrAfter<I>(items: ArrayLike<I>, x: number, key: (item: I) => number): number;
/** Index of the first of the ascending `xs` at or after `x` (`xs.length` if none). */
export function firstAtOrAfter(xs: ArrayLike<number>, x: number): number;
export function firstAtOrAfter<I>(items: ArrayLike<I>, x: number, key?: (item: I) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((key ? key(items[mid]) : (items[mid] as number)) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose key is after `x` (`items.length` if none); keys ascending. */
export function firstAfter<I>(items: ArrayLike<I>, x: number, key: (item: I) => number): number;
/** Index of the first of the ascending `xs` after `x` (`xs.length` if none). */
export function firstAfter(xs: ArrayLike<number>, x: number): number;
export function firstAfter<I>(items: ArrayLike<I>, x: number, key?: (item: I) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((key ? key(items[mid]) : (items[mid] as number)) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
