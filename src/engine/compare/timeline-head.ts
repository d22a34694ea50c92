/**
 * A timeline entry's head may give a hedged clock time with the day ("March 24, 2025, about 5:30 p.m.: agents stop
 * a van", "Monday, March 24, shortly after 6 p.m. — dispatchers call 911"): the time is the entry's too, like its
 * day. Only a hedged one: a bare time beside a date ("March 26, 2025, 9:40 p.m. —") may be when a live blog posted
 * the entry, not when it happened. A part of the day beside the day ("Wednesday afternoon:") is the entry's too. A time alone ("6:05 p.m.:") is no such head here (it gives no day), and the
 * time's hedge is the only word allowed beside the values.
 */
import type { Mention } from '../read/types.ts';

/** A clock time in a head that also gives a day. */
export function timedHead(head: readonly Mention[], m: Mention): boolean {
  if (m.type !== 'time-of-day' || !head.some((x) => x.type === 'date' || x.type === 'weekday'))
    return false;
  // A part of the day beside the day ("Wednesday afternoon:") is when the entry's event happened: no posting stamp is written so.
  if (m.value.minutes === undefined) return m.value.part !== undefined;
  return m.value.relation !== undefined && m.value.relation !== 'at';
}

/** The head's words left after its values, without a clock time's hedge. */
export function withoutHedges(rest: string): string {
  return rest.replace(
    /\b(?:about|around|approximately|approx\.?|roughly|circa|ca\.|at|shortly|just|a\s+little|before|after)\b/gi,
    ' ',
  );
}
