/**
 * A date or weekday that names a report ("Denverite's November 16 story", "Tuesday's article", "the Nov. 17 piece"):
 * the day the report ran, not the day of what it reports. Unless the clause is about a report the record has (an
 * outlet reported it and no one spoke at it: not a statement a paper printed), such a day is only unconfirmed: the record may not date every outlet's story.
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';

/** Words naming a piece of reporting right after the date ("story", "article", "broadcast"). */
const REPORT_NOUN =
  /^(?:['\u2019]s)?\s+(?:(?:news|front-page|online|web|print)\s+)?(?:story|stories|article|articles|report|piece|column|editorial|edition|issue|broadcast|newscast|segment|write-?up|dispatch|feature|episode|bulletin|newsletter)\b/i;

/** Whether the date names a report while no event the clause is linked to is one (a statement a paper printed is not). */
export function datesAnotherReport(
  sentence: string,
  m: Mention,
  events: readonly IndexedEvent[],
): boolean {
  return (
    REPORT_NOUN.test(sentence.slice(m.end, m.end + 40)) &&
    !events.some(
      (e) =>
        e.participants.some((p) => p.role === 'reported') &&
        !e.participants.some((p) => p.role === 'spoke'),
    )
  );
}
