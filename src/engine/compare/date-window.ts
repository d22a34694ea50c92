/**
 * Whether a day a page gives may lie within the window the record dates an event in (pack `dateWindow`): a date with
 * its year, a year, or a month (with or without its day) in any year of the window. Undefined when the words give no
 * day this can read. Nothing here knows a story.
 */
import { datesIn } from '../dates.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES_LOWER } from '../../shared/month-names.ts';
import { dayRange } from './record-values.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const MONTH = new RegExp(
  `\\b(${[...MONTH_NAMES_LOWER, ...MONTH_ABBREVIATIONS].join('|')})\\b\\.?(?:\\s+(\\d{1,2})(?!\\d))?`,
  'i',
);

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the days of `date` (a partial date) and the window overlap. */
function overlaps(date: string, [from, to]: readonly [string, string]): boolean {
  const [first, last] = dayRange(date);
  return first <= dayRange(to)[1] && last >= dayRange(from)[0];
}

export function mayLieInWindow(
  page: string,
  window: readonly [string, string],
): boolean | undefined {
  const dated = datesIn(page, 1)[0];
  if (dated) return overlaps(dated.start, window);
  const year = YEAR.exec(page);
  if (year) return overlaps(year[1] as string, window);
  const month = MONTH.exec(page);
  if (!month) return undefined;
  const key = (month[1] as string).toLowerCase();
  const index = MONTH_NAMES_LOWER.findIndex((m) => m.startsWith(key.slice(0, 3)));
  if (index === -1) return undefined;
  const day = month[2] ? Number(month[2]) : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  const [fromYear, toYear] = [Number(window[0].slice(0, 4)), Number(window[1].slice(0, 4))];
  for (let y = fromYear; y <= toYear; y++)
    if (overlaps(`${y}-${pad(index + 1)}${day ? `-${pad(day)}` : ''}`, window)) return true;
  return false;
}
