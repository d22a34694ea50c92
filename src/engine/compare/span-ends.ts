/**
 * An event the record gives as a span of days ("put on desk duty on the 26th; back on patrol by the 31st", a report
 * published "between the 26th and the 28th") is dated by its ends only: a day strictly inside the span fits it, but
 * the record does not say that anything happened on that day ("returned to patrol on Thursday" where the span ends
 * on a Monday). Such a day is unconfirmed, never agreement; a day on either end, or an event of one day, agrees.
 */
import type { ValueOf } from '../read/types.ts';
import { dayRange, partialDate, weekdayOf } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

const FULL = /^\d{4}-\d{2}-\d{2}$/;

/** The full dates that date the events: a one-day event's day, a span's first and last day. */
export function spanEnds(events: readonly IndexedEvent[]): string[] {
  return events.flatMap((e) => {
    if (weekdayOf(e.event.date) === undefined) return [];
    return e.event.dateEnd && FULL.test(e.event.dateEnd)
      ? [e.event.date, e.event.dateEnd]
      : [e.event.date];
  });
}

/**
 * Whether a page's date with a day fits the events only strictly inside a span (true), or fits one on a day the
 * record gives (false). Undefined when it fits none.
 */
export function insideOnly(
  v: ValueOf<'date'>,
  events: readonly IndexedEvent[],
): boolean | undefined {
  if (v.day === undefined || v.month === undefined) return undefined;
  let inside = false;
  for (const e of events) {
    const [from] = dayRange(e.event.date);
    const [, to] = dayRange(e.event.dateEnd ?? e.event.date);
    const years =
      v.year !== undefined
        ? [v.year]
        : [
            new Date(from * 86_400_000).getUTCFullYear(),
            new Date(to * 86_400_000).getUTCFullYear(),
          ];
    for (const y of years) {
      const [d] = dayRange(partialDate(y, v.month, v.day));
      if (d < from || d > to) continue;
      const ranged = FULL.test(e.event.date) && !!e.event.dateEnd && FULL.test(e.event.dateEnd);
      if (!ranged || d === from || d === to) return false;
      inside = true;
    }
  }
  return inside ? true : undefined;
}
