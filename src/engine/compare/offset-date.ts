/**
 * "A came two days after B, on November 16": a date set off after an offset from an anchor event is the day of
 * the clause's subject, the anchor's day moved by the offset, not the anchor's own day. When the date is where the
 * offset puts it from one of the linked events, and the subject names none of them by its words, it is not
 * compared as that event's day. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { hasAnyTerm } from '../terms.ts';
import { dayRange, partialDate } from './record-values.ts';
import { offsetOf } from './relative-time.ts';
import type { IndexedEvent } from './story-record.ts';

export function offsetFromAnchor(
  sentence: string,
  clause: Clause,
  m: Mention,
  events: readonly IndexedEvent[],
): boolean {
  if (m.type !== 'date' || m.value.month === undefined || m.value.day === undefined) return false;
  const { year, month, day } = m.value;
  return clause.mentions.some((r) => {
    if (r.end > m.start) return false;
    const offset = offsetOf(r, sentence);
    if (!offset?.explicit) return false;
    // A subject that names a linked event by its words ("The press conference came …") keeps the date its own.
    const subject = foldText(sentence.slice(clause.start, r.start));
    if (events.some((e) => hasAnyTerm(subject, e.words))) return false;
    const [lo, hi] = offset.range;
    return events.some((e) => {
      const [from] = dayRange(e.event.date);
      const [, to] = dayRange(e.event.dateEnd ?? e.event.date);
      const at = dayRange(partialDate(year ?? Number(e.event.date.slice(0, 4)), month, day))[0];
      return at - to <= hi && at - from >= lo;
    });
  });
}
