/** How recorded values read in an explanation ("Monday 24 March 2025", "5:30 p.m.", "7 to 9"). */
import { writtenDate } from '../dates.ts';

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The weekday (0 = Sunday) of a full date, or undefined for a partial one. */
export function weekdayOf(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m
    ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()
    : undefined;
}

/** A date in words, with its weekday when the date is full: "Monday 24 March 2025", "March 2025". */
export function showDate(date: string): string {
  const weekday = weekdayOf(date);
  return weekday === undefined ? writtenDate(date) : `${WEEKDAYS[weekday]} ${writtenDate(date)}`;
}

export function showTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const suffix = h < 12 ? 'a.m.' : 'p.m.';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m ? `${hour}:${String(m).padStart(2, '0')} ${suffix}` : `${hour} ${suffix}`;
}

export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * A recorded count as a reader would say it: "10", "10 to 12", and an estimate kept as a range around a round
 * number the way the record gives it ("about 100" is stored as 70 to 130): "about 100 (70 to 130)".
 */
export const showRange = (min: number, max: number): string => {
  if (min === max) return String(min);
  const centre = (min + max) / 2;
  return centre >= 20 && centre % 10 === 0 && max - min >= centre / 5
    ? `about ${centre} (${min} to ${max})`
    : `${min} to ${max}`;
};

/** "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** A page's year, month and day as a partial date of the record's form ("2025", "2025-11", "2025-11-13"); a day only with its month. */
export function partialDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}${month ? `-${pad(month)}${day ? `-${pad(day)}` : ''}` : ''}`;
}

const dayRanges = new Map<string, readonly [number, number]>();

/** The first and last day (days since 1970) a date of any grain covers. Cached: every reader asks it of every event's date. */
export function dayRange(date: string): readonly [number, number] {
  let range = dayRanges.get(date);
  if (!range) {
    if (dayRanges.size >= 4096) dayRanges.clear();
    dayRanges.set(date, (range = Object.freeze(dayRangeOf(date))));
  }
  return range;
}

function dayRangeOf(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm - 1, dd) / 86_400_000;
  if (m === undefined) return [day(y, 1, 1), day(y, 12, 31)];
  if (d === undefined) return [day(y, m, 1), day(y, m + 1, 1) - 1];
  return [day(y, m, d), day(y, m, d)];
}
