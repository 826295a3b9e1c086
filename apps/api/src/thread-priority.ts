import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the CPU priority of the calling thread (Linux: `nice` applies per thread, found through
 * /proc/thread-self). Background work started on worker threads calls this, so that when cores are
 * short the event loop (the API, the outbox worker) and the sending threads go first. Elsewhere, or
 * where /proc is missing, it leaves the priority as it is: the work is the same, only its share of a
 * busy CPU differs.
 */
export function lowerThisThreadPriority(niceness: number): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid)) setPriority(tid, niceness);
  } catch {
    // No /proc or not permitted: the thread keeps its priority.
  }
}
