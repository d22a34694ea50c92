/**
 * A state told as holding at a time, not the event that began it: "in March 2025 the new administration was in
 * office", "the orders were in force by March", "the mayor had been in office for a year in 2025". The clause names
 * the event that began the state (a taking of office, orders signed), but its date is a time the state held: any
 * time from the event on. So a date wholly after every linked event is no wrong date of the event (it is left
 * unconfirmed: the record does not say when the state ended); a date before the event stays wrong ("the new
 * administration was in office in December 2024"). Not when the clause is denied ("was not yet in office in March").
 * General English; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { dayRange, partialDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

/** A verb of being in a lasting state: in office, in power, in force, in place, in charge, held office, governed. */
const HELD =
  /\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|remains|stayed|stays)\s+(?:already\s+|still\s+|firmly\s+|by\s+then\s+|then\s+|well\s+)?(?:in\s+(?:office|power|charge|force|effect|place|the\s+white\s+house)|(?:the\s+)?(?:ones?|party)\s+in\s+(?:office|power))|(?:held|holds|hold)\s+(?:office|power)|governed|governs|(?:was|were)\s+running\s+the\s+(?:country|government))\b/;

/** Whether the clause tells a state as holding (and is not denied). */
export function heldState(sentence: string, clause: Clause): boolean {
  return !clause.negated && HELD.test(foldText(sentence.slice(clause.start, clause.end)));
}

/** Whether a date lies wholly after the start of every one of the events. */
export function afterEvents(m: Mention, events: readonly IndexedEvent[]): boolean {
  if (m.type !== 'date' || m.value.year === undefined || !events.length) return false;
  const [from] = dayRange(partialDate(m.value.year, m.value.month, m.value.day));
  return events.every(
    (e) => /^\d{4}/.test(e.event.date) && from > dayRange(e.event.dateEnd ?? e.event.date)[1],
  );
}
