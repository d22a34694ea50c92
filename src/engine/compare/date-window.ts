/**
 * Whether a day a page gives may lie within the window the record dates an event in (pack `dateWindow`): a date
 * mention's year, month and day (a missing year: any year of the window), a weekday (any day of the window that falls
 * on it), or, for a result with no mention, the page's words read as a date ("December 2, 2016", "9 November", "in
 * 2018", "early December"). Undefined when nothing can be read. Nothing here knows a story.
 */
import { datesIn } from '../dates.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES_LOWER } from '../../shared/month-names.ts';
import type { Mention } from '../read/types.ts';
import { dayRange } from './record-values.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const MONTH_WORD = `(${[...MONTH_NAMES_LOWER, ...MONTH_ABBREVIATIONS].join('|')})\\b\\.?`;
/** "November 9", "Nov. 9", "November": the month, then perhaps its day. */
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}(?:\\s+(\\d{1,2})(?!\\d))?`, 'i');
/** "9 November", "9th of November": the day before the month. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}`, 'i');
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the days of `date` (a partial date) and the window overlap. */
function overlaps(date: string, [from, to]: readonly [string, string]): boolean {
  const [first, last] = dayRange(date);
  return first <= dayRange(to)[1] && last >= dayRange(from)[0];
}

/** A year, month and day, any of them missing, against the window: a missing year is any year the window reaches. */
function partsMayLie(
  year: number | undefined,
  month: number | undefined,
  day: number | undefined,
  window: readonly [string, string],
): boolean | undefined {
  if (month === undefined) return year === undefined ? undefined : overlaps(String(year), window);
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  const years =
    year !== undefined
      ? [year]
      : Array.from(
          { length: Number(window[1].slice(0, 4)) - Number(window[0].slice(0, 4)) + 1 },
          (_, k) => Number(window[0].slice(0, 4)) + k,
        );
  return years.some((y) => overlaps(`${y}-${pad(month)}${day ? `-${pad(day)}` : ''}`, window));
}

/** The month's number (1–12) of a month's name or short form. */
const monthOf = (word: string) =>
  MONTH_NAMES_LOWER.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;

/** Whether the day of the page's words may lie in the window; undefined when they give no day this can read. */
export function mayLieInWindow(
  page: string,
  window: readonly [string, string],
): boolean | undefined {
  const dated = datesIn(page, 1)[0];
  if (dated) return overlaps(dated.start, window);
  const year = YEAR.exec(page);
  if (year) return overlaps(year[1] as string, window);
  const dayFirst = DAY_MONTH.exec(page);
  if (dayFirst)
    return partsMayLie(undefined, monthOf(dayFirst[2] as string), Number(dayFirst[1]), window);
  const month = MONTH_DAY.exec(page);
  if (!month) return undefined;
  return partsMayLie(
    undefined,
    monthOf(month[1] as string),
    month[2] ? Number(month[2]) : undefined,
    window,
  );
}

/** Whether a date or weekday mention may fall in the window; undefined for another mention. */
export function mentionMayLieInWindow(
  mention: Mention,
  window: readonly [string, string],
): boolean | undefined {
  if (mention.type === 'date') {
    const { year, month, day } = mention.value;
    return partsMayLie(year, month, day, window);
  }
  if (mention.type !== 'weekday') return undefined;
  const [first] = dayRange(window[0]);
  const [, last] = dayRange(window[1]);
  for (let d = first; d <= last && d < first + 7; d++)
    if (new Date(d * DAY_MS).getUTCDay() === mention.value.day) return true;
  return false;
}
