/**
 * A day after the page's own date, told as still to come: "The spring refresher is Saturday, April 12, at the
 * training yard", "Sign-ups close on May 2", "The next hearing will be held on June 9". Whatever the words share
 * with one of the story's events, a page cannot be retelling a past event on a day it has not reached yet: the
 * sentence speaks of something scheduled, and its day is no wrong date for the record's event (unconfirmed).
 * A day told in the past tense ("the press conference was on April 12") is still compared. Nothing here knows a
 * story.
 */
import type { Mention } from '../read/types.ts';
import { dayRange, partialDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

/** Words that put the day ahead: a present or future of being, happening or being set. */
const AHEAD =
  /\b(?:is|are|will|shall|starts?|begins?|opens?|closes?|runs?|takes?\s+place|set\s+for|scheduled|slated|planned|upcoming|coming\s+up|due|on\s+tap)\b|['\u2019]ll\b/i;
/** Words of the past: the day is told as having been. */
const PAST =
  /\b(?:was|were|had|did|went|came|took|happened|occurred|ago|last|earlier|previously)\b/i;

export function scheduledAfterPage(
  sentence: string,
  m: Mention & { type: 'date' },
  pageDate: string | undefined,
  events: readonly IndexedEvent[],
): boolean {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}/.test(pageDate)) return false;
  const { year, month, day } = m.value;
  if (month === undefined || day === undefined) return false;
  const [, pageLast] = dayRange(pageDate.slice(0, 10));
  // A day without its year may be read in the page's year or in the linked events' (a page a year on retelling the
  // story's schedule): it is still to come only if it is after the page's date in every reading.
  const years =
    year !== undefined
      ? [year]
      : [
          ...new Set([
            Number(pageDate.slice(0, 4)),
            ...events.map((e) => Number(e.event.date.slice(0, 4))),
          ]),
        ];
  if (years.some((y) => dayRange(partialDate(y, month, day))[0] <= pageLast)) return false;
  // The words before the day, back to the clause's start: what they say of it.
  const before = sentence.slice(0, m.start);
  const from = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('\u2014'),
    0,
  );
  const frame = before.slice(from);
  return AHEAD.test(frame) && !PAST.test(frame);
}
