/**
 * What a reader derives from the story's record alone, built once per record: every sentence would otherwise
 * rebuild it, and most sentences are read against the same record.
 */
import type { StoryRecord } from './story-record.ts';

export function perRecord<T>(build: (record: StoryRecord) => T): (record: StoryRecord) => T {
  const cache = new WeakMap<StoryRecord, T>();
  return (record) => {
    // One lookup for a value; `has` only to tell a stored undefined from none (readers ask this on every sentence).
    const hit = cache.get(record);
    if (hit !== undefined || cache.has(record)) return hit as T;
    const value = build(record);
    cache.set(record, value);
    return value;
  };
}

/** Everyone the record has holding a commitment, in any event (canonical ids). */
export const commitmentHolders = perRecord(
  (record): ReadonlySet<string> =>
    new Set(record.events.flatMap((e) => e.commitments.flatMap((c) => [...c.holders]))),
);
