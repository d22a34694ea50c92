/**
 * A numbered highway ("I-90", "Interstate 90") where the linked events are on
 * one of the record's highways ("Interstate 490"): another number is another
 * road. Only when a linked event has a highway among its places; a road the
 * record does not place the event on is otherwise left alone. Nothing here
 * knows a story: the highways are the record's places named so.
 */
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** "I-490", "I 90", "Interstate 490": the number. */
const HIGHWAY = /\b(?:I-|I\s|Interstate\s+)(\d{1,3})\b/g;

const numbers = (text: string) =>
  [...text.matchAll(HIGHWAY)].map((m) => ({ text: m[0], number: m[1] as string }));

export function highwayConflicts(
  text: string,
  events: readonly IndexedEvent[],
  record: StoryRecord,
): { comparison: Comparison; explanation: string }[] {
  const written = numbers(text);
  if (!written.length) return [];
  const recorded = new Map<string, string>();
  for (const p of new Set(events.flatMap((e) => e.places)))
    for (const h of numbers(record.nameOf(p))) recorded.set(h.number, record.nameOf(p));
  if (!recorded.size) return [];
  const names = listNames([...new Set(recorded.values())]);
  return written
    .filter((w) => !recorded.has(w.number))
    .map((w) => ({
      comparison: { slot: 'street', page: w.text, record: names },
      explanation: `The record places it on ${names}, not ${w.text}.`,
    }));
}

/** Whether the clause names a numbered highway: a value to compare even when it names nothing else. */
export const namesHighway = (text: string) => numbers(text).length > 0;

/** A number that is a highway's ("the I-490 overpasses"): no count of anything. */
export function inHighway(
  sentence: string,
  m: { type: string; start: number; end: number },
): boolean {
  return (
    m.type === 'count' &&
    [...sentence.matchAll(HIGHWAY)].some(
      (h) => m.start >= h.index && m.start < h.index + h[0].length,
    )
  );
}
