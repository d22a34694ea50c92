/**
 * An anniversary: "one year ago this week", "a year ago today", "this week two years ago", "on this day in 2025",
 * "this month last year", "this week marks a year since", "today is the first anniversary of". The recent words ("this week", "today") place the day in the calendar, and the years
 * counted back (compared on their own, as "N years ago") place the event: an old story told on its anniversary
 * is not told as recent news. General English; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';

const YEARS_AGO = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a few|several)\s+(?:full\s+)?years?\s+ago|last\s+year|in\s+\d{4})`;
/** The years counted back right before the recent words ("one year ago this week", "a year ago today"). */
const BEFORE = new RegExp(`${YEARS_AGO}\\s*,?\\s*$`, 'i');
/** Right after them ("this week two years ago", "on this day in 2025", "today, a year ago"). */
const AFTER = new RegExp(`^\\s*,?\\s*${YEARS_AGO}\\b`, 'i');
/**
 * "This week marks a year since …", "Today is the first anniversary of …", "this week, one year on,": the recent words
 * as the day an anniversary falls on, the years since counted right after them ("this week, a year after the city
 * adopted its policy, officers helped …" is no anniversary: the recent words are the act's). The count of years is not
 * checked against the page's date.
 */
const MARKS = new RegExp(
  String.raw`^\s*,?\s*(?:(?:marks|marked|is|was|will\s+be|brings)\s+(?:exactly\s+)?(?:(?:a|one|two|three|four|five|\d{1,2})\s+(?:full\s+)?years?\s+since|(?:the\s+)?(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))?\s*anniversary\s+of)|,?\s*(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+on\s*,)`,
  'i',
);
/** "On this day in 2025", "this week in 2019": the recent words with a year of their own. */
const ON_THIS = /\b(?:on\s+)?this\s+(?:day|date|week|month)\s+(?:in|of)\s+\d{4}\b/i;

/** Whether a recent time ("this week", "today") is an anniversary's: counted back by years in the same phrase. */
export function anniversary(sentence: string, m: Mention & { type: 'relative-time' }): boolean {
  return anniversaryAt(sentence, m.start, m.end);
}

/** The same for the recent words at [start, end) of a text (a pack's term found in a folded sentence). */
export function anniversaryAt(sentence: string, start: number, end: number): boolean {
  if (/\bago\b|\blast\s+year\b/i.test(sentence.slice(start, end))) return false;
  if (
    BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) ||
    AFTER.test(sentence.slice(end, end + 40)) ||
    MARKS.test(sentence.slice(end, end + 60))
  )
    return true;
  const around = sentence.slice(Math.max(0, start - 8), end + 12);
  return ON_THIS.test(around);
}
