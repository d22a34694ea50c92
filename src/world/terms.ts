/**
 * Whether a holder held an office on a date. A term runs from its start up to,
 * not including, its end; partial dates stand for every day they may be, so a
 * term known only as "2016" to "2021-12" is surely held from 2016-12-31 and
 * surely over from 2021-12-31, and between those edges the answer may be
 * "unknown". The engine may only call a page wrong on a "yes" or a "no".
 */
import { compareAtCommonPrecision, firstDay, isCalendarDate, lastDay } from './partial-dates.ts';
import type { Holder } from './schema.ts';

/** `in`: surely held on that date; `out`: surely not; `unknown`: the record cannot say. */
export type TermStatus = 'in' | 'out' | 'unknown';

export function termStatus(holder: Holder, date: string): TermStatus {
  if (!isCalendarDate(date)) return 'unknown';
  const from = firstDay(date);
  const to = lastDay(date);
  if (holder.start && to < firstDay(holder.start)) return 'out';
  if (holder.end && from >= lastDay(holder.end)) return 'out';
  const surelyFrom = holder.start
    ? lastDay(holder.start)
    : holder.confirmedFrom
      ? lastDay(holder.confirmedFrom)
      : undefined;
  if (surelyFrom === undefined || from < surelyFrom) return 'unknown';
  if (holder.end) return to < firstDay(holder.end) ? 'in' : 'unknown';
  if (holder.confirmedThrough) return to <= firstDay(holder.confirmedThrough) ? 'in' : 'unknown';
  return 'unknown';
}

/**
 * Whether two terms of one office surely share a day, comparing their dates at
 * the precision both have (a term ending "2018-06" and one starting
 * "2018-06-27" do not overlap). A missing start counts from `confirmedFrom`; a
 * missing end runs on.
 */
export function termsOverlap(a: Holder, b: Holder): boolean {
  const before = (start: string | undefined, end: string | undefined) =>
    start === undefined || end === undefined || compareAtCommonPrecision(start, end) < 0;
  return before(b.start ?? b.confirmedFrom, a.end) && before(a.start ?? a.confirmedFrom, b.end);
}
