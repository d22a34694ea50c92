/**
 * A page made of dated parts (an email chain, a thread, a log): a short header line with a full date and a clock
 * time ("From: Dana · Tue, Mar 25, 2025, 9:48 PM", "Posted March 25, 2025 at 9:48 p.m.") opens a part written on that
 * day. "Tonight", "today", "yesterday" in the part speak from that day, not from the page's. Only a header within
 * sixty days before the page's date counts. Nothing here knows a story.
 */
import { lexicon } from './read/lexicon.ts';

/** A month's number by its name's first three letters (lexicon.months). */
const monthOf = (name: string) => lexicon.months.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase())) + 1;

/** A month name (or its abbreviation) and day, then the year: "Mar 25, 2025", "March 25, 2025"; or "25 March 2025". */
const FULL_DATE = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4}))\b/i;
const CLOCK = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?/i;
/** How a header line opens or what it carries: who sent it, when it was posted. */
const HEADER_WORDS = /^\s*(?:from|sent|date|posted|updated|on)\b|\u00b7|\|/i;

/** Words that speak from the day the words were written. */
export const DEICTIC = /\b(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|tomorrow)\b/i;

/** The day a header line gives ("2025-03-25"), or null when the line is no header. */
export function datelineOf(line: string): string | null {
  if (line.length > 140 || !HEADER_WORDS.test(line) || !CLOCK.test(line)) return null;
  const m = FULL_DATE.exec(line);
  if (!m) return null;
  const month = monthOf(m[1] ?? m[5] ?? '');
  if (month < 1) return null;
  const day = Number(m[2] ?? m[4]);
  if (day < 1 || day > 31) return null;
  return `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a part's day may stand for the page's: on it or up to sixty days before. */
export function partOfPage(part: string, pageDate: string | undefined): boolean {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}/.test(pageDate)) return false;
  const days = (Date.parse(`${pageDate.slice(0, 10)}T12:00:00Z`) - Date.parse(`${part}T12:00:00Z`)) / 86_400_000;
  return days >= 0 && days <= 60;
}
