/**
 * A weekday told as counted from another point of the story: "on March 24, the Monday before the press conference"
 * names a day before the conference, not the conference's day; "the Friday after the briefing" likewise. When the
 * point the weekday is counted from is the very thing a fact dates (one of its `about` terms), the weekday is not a
 * value of that fact's day. General English; nothing here knows a story.
 */
import { hasAnyTerm } from './terms.ts';

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
/** Right after the weekday: a word of "before" or "after", then up to six words of the point, to the clause's end. */
const COUNTED =
  /^\s+(?:before|after|ahead\s+of|prior\s+to|following|preceding)\s+([^,;:.!?()]{1,60})/u;

/** After a possessive weekday: the thing it owns, up to three words. */
const OWNED = /^['\u2019]s\s+((?:\p{L}+\s*){1,3})/u;

type Points = readonly (readonly string[])[];

/** The words `after` takes (its group 1) right after the term at [start, end), when that term is a weekday; else null. */
function afterWeekday(folded: string, start: number, end: number, after: RegExp): string | null {
  if (!WEEKDAY.test(folded.slice(start, end))) return null;
  return after.exec(folded.slice(end))?.[1] ?? null;
}

/** Whether the term at [start, end) of the folded sentence is a weekday counted from one of `points`' terms. */
export function weekdayCountedFrom(
  folded: string,
  start: number,
  end: number,
  points: Points,
): boolean {
  const point = afterWeekday(folded, start, end, COUNTED);
  return (
    point !== null &&
    points.some((terms) => hasAnyTerm(point.split(/\s+/).slice(0, 6).join(' '), terms))
  );
}

/**
 * Whether the weekday at [start, end) owns another thing than the fact's ("at Monday's stop", of a fact about the news
 * conference): that thing's day, not the fact's. A possessive of one of `points`' terms ("Wednesday's news
 * conference") is the fact's own day.
 */
export function ownedByOther(folded: string, start: number, end: number, points: Points): boolean {
  const owned = afterWeekday(folded, start, end, OWNED);
  return owned !== null && !points.some((terms) => hasAnyTerm(owned, terms));
}
