// Peak resident memory of a process (Linux): the kernel's high-water mark VmHWM, reset by writing
// "5" to /proc/<pid>/clear_refs. Lets a bench measure the peak of one run inside a long-lived process
// (Node, or a Chromium renderer), not the peak since the process started.
import { readFileSync, writeFileSync } from 'node:fs';

/** Resets the high-water mark of `pid`; false where the kernel does not allow it (then peaks are since start). */
export function resetPeak(pid: number | 'self' = 'self'): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** VmHWM of `pid` in MB (NaN when unreadable). */
export function peakMb(pid: number | 'self' = 'self'): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
