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

/** Whether the term at [start, end) of the folded sentence is a weekday counted from one of `points`' terms. */
export function weekdayCountedFrom(
  folded: string,
  start: number,
  end: number,
  points: readonly (readonly string[])[],
): boolean {
  if (!WEEKDAY.test(folded.slice(start, end))) return false;
  const m = COUNTED.exec(folded.slice(end));
  if (!m) return false;
  const point = m[1]!.split(/\s+/).slice(0, 6).join(' ');
  return points.some((terms) => hasAnyTerm(point, terms));
}

/**
 * Whether the weekday ending at `end` owns another thing than the fact's ("at Monday's stop", of a fact about the news
 * conference): that thing's day, not the fact's. A possessive of one of `points`' terms ("Wednesday's news
 * conference") is the fact's own day.
 */
export function ownedByOther(
  folded: string,
  start: number,
  end: number,
  points: readonly (readonly string[])[],
): boolean {
  if (!WEEKDAY.test(folded.slice(start, end))) return false;
  const owned = /^['\u2019]s\s+((?:\p{L}+\s*){1,3})/u.exec(folded.slice(end));
  if (!owned) return false;
  return !points.some((terms) => hasAnyTerm(owned[1]!, terms));
}
