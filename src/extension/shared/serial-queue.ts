/** Runs `work` after everything queued before it has settled (done or failed), and returns its result. */
export type SerialQueue = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A queue of changes that run one after another: each starts when the
 * previous one has settled, so each sees what the last one left (a quick
 * second change is never lost, two changes never interleave). A failed change
 * rejects only its own promise; the next one still runs.
 */
export function createSerialQueue(): SerialQueue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = last.then(work);
    last = run.catch(() => undefined);
    return run;
  };
}
