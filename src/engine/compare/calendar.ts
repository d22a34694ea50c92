/**
 * The calendar check: a weekday written with a date in the same phrase
 * ("Tuesday, March 24, 2025", "the evening of Sunday, 24 March 2025", "On
 * Monday, April 2", "March 24, a Tuesday") must be the weekday that date fell
 * on. This is world knowledge, not the story's record, so it needs no event
 * linking. A date without a year is tried in the years it could be in: the
 * years of the story's events whose dates it fits, else every year of the
 * story's events, and the page's own year when the page states its date, and a year the sentence writes alone; the
 * phrase is wrong only when the weekday is wrong in every one of them.
 */
import type { Mention } from '../read/types.ts';
import { dayRange, listNames, showDate, weekdayOf, WEEKDAYS } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

type Weekday = Mention & { type: 'weekday' };
type DateMention = Mention & { type: 'date' };

/**
 * What may stand between a weekday and the date it names: "Monday, March 24", "Monday the 24th of March", "Monday (March 24)",
 * "Monday evening, March 24", "the Monday evening of 24 March".
 */
const WEEKDAY_THEN_DATE =
  /^\s*(?:(?:morning|afternoon|evening|night)\s*(?:,|of)?)?\s*[,(]?\s*(the\s+)?$/i;
/** What may stand between a date and the weekday it names: "March 24, a Monday", "March 24 (Monday)". */
const DATE_THEN_WEEKDAY = /^\s*(,\s*(a|on\s+a|which\s+was\s+a)\s+|\(\s*)$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a day that exists, or undefined ("February 30"). */
function isoDay(year: number, month: number, day: number): string | undefined {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCMonth() === month - 1 && at.getUTCDate() === day
    ? `${year}-${pad(month)}-${pad(day)}`
    : undefined;
}

/** Every calendar year an event's date (or date range) touches, at most a few. */
function yearsOf(e: IndexedEvent): number[] {
  const from = Number(e.event.date.slice(0, 4));
  const to = Number((e.event.dateEnd ?? e.event.date).slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 5; y++) out.push(y);
  return out;
}

/** The years a yearless month and day could be in, most likely first (see the module comment). */
export function candidateYears(
  month: number,
  day: number,
  events: readonly IndexedEvent[],
  pageYear?: number,
): number[] {
  // Only events dated to the month or the day: an event known only by its year ("1986") fits any day of it.
  const fitting = events
    .filter((e) => e.event.date.length > 4)
    .flatMap((e) => {
      const [from] = dayRange(e.event.date);
      const [, to] = dayRange(e.event.dateEnd ?? e.event.date);
      return yearsOf(e).filter((y) => {
        const iso = isoDay(y, month, day);
        if (!iso) return false;
        const [d] = dayRange(iso);
        return d >= from && d <= to;
      });
    });
  const years = fitting.length ? fitting : events.flatMap(yearsOf);
  return [...new Set([...years, ...(pageYear === undefined ? [] : [pageYear])])].sort(
    (a, b) => a - b,
  );
}

/** The weekday and the date it is written with, when they stand together in one phrase. */
export function weekdayDatePairs(
  mentions: readonly Mention[],
  sentence: string,
): { weekday: Weekday; date: DateMention }[] {
  const out: { weekday: Weekday; date: DateMention }[] = [];
  for (const w of mentions) {
    if (w.type !== 'weekday' || w.negated) continue;
    const date = mentions.find(
      (d): d is DateMention =>
        d.type === 'date' &&
        !d.negated &&
        ((d.start >= w.end && WEEKDAY_THEN_DATE.test(sentence.slice(w.end, d.start))) ||
          (d.end <= w.start && DATE_THEN_WEEKDAY.test(sentence.slice(d.end, w.start)))),
    );
    if (date) out.push({ weekday: w, date });
  }
  return out;
}

export interface CalendarConflict {
  weekday: Weekday;
  date: DateMention;
  /** The weekday the date fell on, per candidate year. */
  actual: { year: number; day: number }[];
  comparison: { slot: 'weekday'; page: string; record: string };
  explanation: string;
}

/**
 * Weekdays that the calendar contradicts for the date written with them.
 * `events`: the story's events (for the years of a yearless date);
 * `pageYear`: the year of the page's stated publication date, if any.
 */
export function calendarConflicts(
  mentions: readonly Mention[],
  sentence: string,
  events: readonly IndexedEvent[],
  pageYear?: number,
): CalendarConflict[] {
  const out: CalendarConflict[] = [];
  for (const { weekday, date } of weekdayDatePairs(mentions, sentence)) {
    const { month, day, year } = date.value;
    if (month === undefined || day === undefined) continue;
    // A year the sentence writes on its own ("2018 General Election (Tuesday, November 6)") may be the date's too.
    const written = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
    const years =
      year !== undefined
        ? [year]
        : [...new Set([...candidateYears(month, day, events, pageYear), ...written])];
    const actual = years.flatMap((y) => {
      const iso = isoDay(y, month, day);
      return iso ? [{ year: y, day: weekdayOf(iso) as number, iso }] : [];
    });
    // An impossible date ("February 30") or no year to try: the calendar cannot say.
    if (!actual.length || actual.some((a) => a.day === weekday.value.day)) continue;
    const page = WEEKDAYS[weekday.value.day] as string;
    const record = listNames(actual.map((a) => showDate(a.iso)));
    const explanation =
      actual.length === 1
        ? `${showDate(actual[0]!.iso).replace(/^\w+ /, '')} was a ${WEEKDAYS[actual[0]!.day]}, not a ${page}.`
        : `${listNames(actual.map((a) => `${showDate(a.iso).replace(/^\w+ /, '')} was a ${WEEKDAYS[a.day]}`))}: never a ${page}.`;
    out.push({
      weekday,
      date,
      actual: actual.map(({ year: y, day: d }) => ({ year: y, day: d })),
      comparison: { slot: 'weekday', page: weekday.text, record },
      explanation,
    });
  }
  return out;
}
