/**
 * A stop named as a label before a colon ("Next stop on his route: the X
 * Police Department", "Final stop: X"): the clause reader cuts at the colon,
 * so the label and where it went are one clause again here, and the visit's
 * venue is read from it (visit-meeting.ts reads "next stop …:" as going).
 * Nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';

/** "Next stop", "his last stop on the tour", "Final stop of the day", before a colon. */
const STOP_LABEL =
  /^\s*(?:(?:his|her|their|the)\s+)?(?:next|last|final|first|second|third|another|later)\s+stop(?:\s+(?:on|of|along)\s+(?:his|her|their|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*:\s*$/iu;

export function withStopLabel(clauses: readonly Clause[], sentence: string): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as Clause;
    const next = clauses[i + 1];
    // The label may follow a clock time or a dateline cut off before it ("14:05 — Next stop …:").
    const label = next
      ? sentence.slice(c.start, next.start).replace(/^[\s\d:.apm\u2013\u2014-]*(?=\p{L})/iu, '')
      : '';
    if (next && !c.mentions.some((m) => m.type !== 'time-of-day') && STOP_LABEL.test(label)) {
      out.push({ ...next, start: c.start, mentions: [...c.mentions, ...next.mentions] });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** "Next stop …", "14:05 — His last stop …": a sentence that opens on a stop of a trip (its "stop" is no traffic stop). */
export const opensOnTripStop = (sentence: string) =>
  /^[\s\d:.apm\u2013\u2014-]*(?:(?:his|her|their)\s+)?(?:next|last|final|another|later)\s+stop\b/i.test(
    sentence,
  );
