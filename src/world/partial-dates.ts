/**
 * Partial calendar dates (YYYY, YYYY-MM or YYYY-MM-DD), as packs and the world
 * file write them, and the span of days each one stands for.
 */
import { DATE_PATTERN, isCalendarDate } from '../pack/schema-basics.ts';

export { DATE_PATTERN, isCalendarDate };

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first day a partial date may be: 2016 → 2016-01-01. */
export function firstDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? '01'}-${d ?? '01'}`;
}

/** The last day a partial date may be: 2016-02 → 2016-02-29. */
export function lastDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (!m) return `${y}-12-31`;
  return `${y}-${m}-${pad(daysIn(Number(y), Number(m)))}`;
}

/**
 * Compares two partial dates at the precision both have (2025-03-10 is within
 * 2025-03, so neither is before the other): negative, zero or positive.
 */
export function compareAtCommonPrecision(a: string, b: string): number {
  const common = Math.min(a.length, b.length);
  const x = a.slice(0, common);
  const y = b.slice(0, common);
  return x < y ? -1 : x > y ? 1 : 0;
}
