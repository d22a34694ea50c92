/**
 * Dates a report gives, resolved against the report's own date: "on Tuesday"
 * in a report of Wednesday 7 October 2026 is 6 October (a weekday names the
 * last such day on or before the report); "in August" is the last August on or
 * before it; a weekday written with a date must be that date's weekday.
 */
import type { ValueOf } from '../../engine/drafting.ts';

export interface ResolvedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** How it was read, for the provenance note. */
  how: string;
  /** A weekday and a date in one sentence that do not agree. */
  conflict?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const weekdayOf = (iso: string): number => new Date(`${iso}T12:00:00Z`).getUTCDay();

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day with this weekday on or before the report's date. */
export function weekdayBefore(reportDate: string, day: number): string {
  const back = (weekdayOf(reportDate) - day + 7) % 7;
  return addDays(reportDate, -back);
}

/**
 * The date one sentence gives, from its date and weekday mentions; null when it gives none.
 * `reportDate` is YYYY-MM-DD (a report with no date resolves only full dates).
 */
export function resolveDate(
  dates: ValueOf<'date'>[],
  weekdays: ValueOf<'weekday'>[],
  reportDate: string | undefined,
): ResolvedDate | null {
  const full = dates.find(
    (d) =>
      d.month !== undefined &&
      d.day !== undefined &&
      (d.relation === undefined || d.relation === 'on'),
  );
  const weekday = weekdays[0];
  if (full) {
    let year = full.year;
    if (year === undefined && reportDate) {
      year = Number(reportDate.slice(0, 4));
      const md = `${pad(full.month as number)}-${pad(full.day as number)}`;
      // "on Friday, Oct. 16" in a report of 8 October: a day ahead, when the weekday is that day's in the report's year only.
      const ahead =
        weekday &&
        weekdayOf(`${year}-${md}`) === weekday.day &&
        weekdayOf(`${year - 1}-${md}`) !== weekday.day;
      if (`${year}-${md}` > reportDate && !ahead) year -= 1;
    }
    if (year === undefined) return null;
    const date = `${year}-${pad(full.month as number)}-${pad(full.day as number)}`;
    const how =
      full.year === undefined
        ? `a day and month, in the year of the report (${reportDate})`
        : 'a full date';
    if (weekday && weekdayOf(date) !== weekday.day) {
      return {
        date,
        how,
        conflict: `the sentence says ${WEEKDAYS[weekday.day]}, but ${date} was a ${WEEKDAYS[weekdayOf(date)]}`,
      };
    }
    return { date, how: weekday ? `${how}, its weekday checked` : how };
  }
  if (weekday && reportDate) {
    return {
      date: weekdayBefore(reportDate, weekday.day),
      how: `${WEEKDAYS[weekday.day]}: the last one on or before the report's date (${reportDate})`,
    };
  }
  const month = dates.find(
    (d) =>
      d.month !== undefined &&
      d.day === undefined &&
      (d.relation === 'in' || d.relation === undefined),
  );
  if (month) {
    let year = month.year;
    if (year === undefined && reportDate) {
      year = Number(reportDate.slice(0, 4));
      if (`${year}-${pad(month.month as number)}` > reportDate.slice(0, 7)) year -= 1;
    }
    if (year === undefined) return null;
    return {
      date: `${year}-${pad(month.month as number)}`,
      how:
        month.year === undefined
          ? `a month, the last before the report (${reportDate})`
          : 'a month and year',
    };
  }
  const year = dates.find(
    (d) =>
      d.year !== undefined &&
      d.month === undefined &&
      (d.relation === 'in' || d.relation === undefined),
  );
  if (year?.year !== undefined) return { date: String(year.year), how: 'a year' };
  return null;
}

/** The common prefix of two partial dates at whole parts ("2026-10-06" and "2026-10-07" → "2026-10"), or null. */
export function commonDate(a: string, b: string): string | null {
  const pa = a.split('-');
  const pb = b.split('-');
  const out: string[] = [];
  for (let i = 0; i < Math.min(pa.length, pb.length) && pa[i] === pb[i]; i++)
    out.push(pa[i] as string);
  return out.length ? out.join('-') : null;
}

/**
 * Whether the words before a day make it the bound of a stretch of time, not the day something happened:
 * "suspended trips through Friday, Oct. 16", "closed until Monday", "starting Friday", "since May 3". The
 * event's own day is not stated by it ("by Thursday evening" is left alone: it bounds the day it happened).
 */
export function boundOfSpan(before: string): boolean {
  return /\b(?:through|thru|until|till|til|since|starting|beginning|from|as\s+of|effective)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(
    before,
  );
}
