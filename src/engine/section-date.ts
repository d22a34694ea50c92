/**
 * A page made of dated parts (an email chain, a thread, a log): a short header line with a full date and a clock
 * time ("From: Dana · Tue, Mar 25, 2025, 9:48 PM", "Posted March 25, 2025 at 9:48 p.m.") opens a part written on that
 * day. "Tonight", "today", "yesterday" in the part speak from that day, not from the page's. Only a header within
 * sixty days before the page's date counts. Nothing here knows a story.
 */
import { lexicon } from './read/lexicon.ts';

/** A month's number by its name's first three letters (lexicon.months). */
const monthOf = (name: string) =>
  lexicon.months.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase())) + 1;

/** A month name (or its abbreviation) and day, then the year: "Mar 25, 2025", "March 25, 2025"; or "25 March 2025". */
const FULL_DATE =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}))\b/i;
const CLOCK = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?/i;
/** How a header line opens or what it carries: who sent it, when it was posted. */
const HEADER_WORDS = /^\s*(?:from|sent|date|posted|updated|on)\b|\u00b7|\|/i;

/** Words that speak from the day the words were written. */
export const DEICTIC =
  /\b(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|tomorrow)\b/i;

/** A weekday, then a month name and day with no year: "Monday, March 31", "Mon 31 March". */
const YEARLESS =
  /\b(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[a-z]*\.?,?\s+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\b(?!,?\s*\d{4})/i;

/** A weekday, then a month name and day, with no year ("Tuesday, March 25", "Sat 29 March", "Mon 24 Mar."). */
const WEEKDAY_DAY = String.raw`(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[a-z]*\.?,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)`;

/** A line that is only a weekday and a month and day ("Tuesday, March 25", "Sat 29 March."). */
const DATE_ALONE = new RegExp(String.raw`^\s*${WEEKDAY_DAY}\s*[.:]?\s*$`, 'i');

/** A log entry's head that opens its paragraph ("Mon 24 Mar. Pulled the …", "Tuesday, March 25: …"): the head alone. */
const DATE_HEAD = new RegExp(String.raw`^\s*(${WEEKDAY_DAY})\s*(?:[.:\u2014\u2013]|\s-)\s+\S`, 'i');

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A yearless header date ("Message 2 · Monday, March 31, 1:40 p.m."): the last such day on or before the page's date,
 * and only when its weekday is the one the header gives (the weekday stands in for the year).
 */
function yearlessDate(line: string, pageDate: string | undefined): string | null {
  const m = YEARLESS.exec(line);
  if (!m || !pageDate || !/^\d{4}-\d{2}-\d{2}/.test(pageDate)) return null;
  const month = monthOf(m[2] ?? m[5] ?? '');
  const day = Number(m[3] ?? m[4]);
  if (month < 1 || day < 1 || day > 31) return null;
  const pageYear = Number(pageDate.slice(0, 4));
  const date = [pageYear, pageYear - 1]
    .map((y) => iso(y, month, day))
    .find((d) => d <= pageDate.slice(0, 10));
  if (!date) return null;
  const at = new Date(`${date}T12:00:00Z`);
  if (at.getUTCDate() !== day) return null;
  const weekday = lexicon.weekdays[at.getUTCDay()] ?? '';
  return weekday.startsWith((m[1] ?? '').toLowerCase().slice(0, 3)) ? date : null;
}

/**
 * The day a header line gives ("2025-03-25"), or null when the line is no header. A header with no year gives its
 * day only with its weekday and the page's date (yearlessDate).
 */
export function datelineOf(line: string, pageDate?: string): string | null {
  // A diary's or a log's heading that is a weekday and a date and nothing else ("Tuesday, March 25").
  if (DATE_ALONE.test(line)) return yearlessDate(line, pageDate);
  if (line.length > 140 || !HEADER_WORDS.test(line) || !CLOCK.test(line)) return null;
  // Prose that opens on a date and a time ("On Monday, March 24, at about 5:30 p.m., agents stopped a van …") is no header:
  // a header carries little after its clock time.
  const clock = CLOCK.exec(line)!;
  if (
    line
      .slice(clock.index + clock[0].length)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length > 4
  )
    return null;
  const m = FULL_DATE.exec(line);
  if (!m) return yearlessDate(line, pageDate);
  const month = monthOf(m[1] ?? m[5] ?? '');
  if (month < 1) return null;
  const day = Number(m[2] ?? m[4]);
  if (day < 1 || day > 31) return null;
  return iso(Number(m[3] ?? m[6]), month, day);
}

/** The day of a log entry whose head opens the paragraph's first sentence, or null (weekday checked, as a header's). */
function entryHeadOf(sentence: string, pageDate?: string): string | null {
  const head = DATE_HEAD.exec(sentence);
  return head ? yearlessDate(head[1]!, pageDate) : null;
}

/** How many paragraphs must open on a day for the page to be a log (a dated lead paragraph is no log). */
const LOG_ENTRIES = 3;

/**
 * On a log (three or more paragraphs that open on a day: "Mon 24 Mar. Pulled the …"), the day of each sentence of an
 * entry's paragraph, by the sentence's index; the days count back from the page's date. A paragraph with no head of
 * its own speaks from the page's date. Empty for any other page.
 */
export function logEntryDays(
  sentences: readonly { text: string; start: number; end: number }[],
  text: string,
  pageDate?: string,
): Map<number, string> {
  const days = new Map<number, string>();
  let heads = 0;
  let day: string | null = null;
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    if (!previous || text.slice(previous.end, sentence.start).includes('\n')) {
      day = entryHeadOf(sentence.text, pageDate);
      if (day && !partOfPage(day, pageDate)) day = null;
      if (day) heads++;
    }
    if (day) days.set(i, day);
  });
  return heads >= LOG_ENTRIES ? days : new Map();
}

/** Whether a part's day may stand for the page's: on it or up to sixty days before. */
export function partOfPage(part: string, pageDate: string | undefined): boolean {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}/.test(pageDate)) return false;
  const days =
    (Date.parse(`${pageDate.slice(0, 10)}T12:00:00Z`) - Date.parse(`${part}T12:00:00Z`)) /
    86_400_000;
  return days >= 0 && days <= 60;
}
