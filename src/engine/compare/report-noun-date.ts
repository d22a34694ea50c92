/**
 * A date or weekday that names a report ("Denverite's November 16 story", "Tuesday's article", "the Nov. 17 piece"):
 * the day the report ran, not the day of what it reports. Unless the clause is about a report the record has (an
 * outlet reported it and no one spoke at it: not a statement a paper printed), such a day is only unconfirmed: the
 * record may not date every outlet's story. A report's day before every event the clause tells of (in their year, when
 * the page gives none) is compared as any date is: no report tells of what had not happened.
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';
import { dayRange, partialDate } from './record-values.ts';

/** Words naming a piece of reporting right after the date ("story", "article", "broadcast"). */
const REPORT_NOUN =
  /^(?:['\u2019]s)?\s+(?:(?:news|front-page|online|web|print)\s+)?(?:story|stories|article|articles|report|piece|column|editorial|edition|issue|broadcast|newscast|segment|write-?up|dispatch|feature|episode|bulletin|newsletter)\b/i;

/** Whether the date names a report while no event the clause is linked to is one (a statement a paper printed is not). */
export function datesAnotherReport(
  sentence: string,
  m: Mention,
  events: readonly IndexedEvent[],
): boolean {
  if (!REPORT_NOUN.test(sentence.slice(m.end, m.end + 40))) return false;
  // A report dated before everything the clause tells of cannot have told of it ("A March 2024 story described the stop").
  // A day with no year is in the year of the events it would tell of.
  const year =
    m.type === 'date' ? (m.value.year ?? Number(events[0]?.event.date.slice(0, 4))) : NaN;
  if (m.type === 'date' && events.length && Number.isFinite(year)) {
    const end = dayRange(partialDate(year, m.value.month, m.value.day))[1];
    if (events.every((e) => end < dayRange(e.event.date)[0])) return false;
  }
  return !events.some(
    (e) =>
      e.participants.some((p) => p.role === 'reported') &&
      !e.participants.some((p) => p.role === 'spoke'),
  );
}
