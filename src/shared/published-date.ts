/**
 * The date a page says it was published, read the same way by the CLI (over a
 * server-side DOM) and the content script (over the page): article meta tags,
 * then JSON-LD `datePublished`, then a `<time datetime>`, then a visible date
 * line or byline near the top of the article ("Published March 26, 2025",
 * "Updated: Nov. 15, 2016 3:04 p.m. ET", "By Jane Doe | November 15, 2016").
 * Returns YYYY-MM-DD, or null when the page states none. Page text is
 * untrusted: JSON-LD is parsed as data (never run), large blocks are skipped,
 * and only a short line that is a date line as a whole is read, never a date
 * inside a sentence.
 */
import { MONTH_NAMES_LOWER } from './month-names.ts';

/** An element as read here: both the browser's DOM and linkedom's have it (`tagName` and `closest` are used when present). */
interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
  tagName?: string;
  closest?(selector: string): unknown;
}

/** What is read of a document: both the browser's DOM and linkedom's have it. */
export interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

const META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
].join(', ');

/** JSON-LD blocks longer than this are not read (a page cannot make the reader parse megabytes). */
const MAX_JSON_LD = 100_000;
/** How deep into a JSON-LD document `datePublished` is looked for (@graph, arrays, nested articles). */
const MAX_DEPTH = 4;

const dayOf = (value: unknown): string | null =>
  typeof value === 'string' ? (/^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? null) : null;

function datePublishedIn(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  return (
    dayOf(record.datePublished) ??
    datePublishedIn(record['@graph'], depth + 1) ??
    datePublishedIn(record.mainEntity, depth + 1)
  );
}

export function publishedDate(doc: DocumentLike): string | null {
  for (const meta of Array.from(doc.querySelectorAll(META))) {
    const day = dayOf(meta.getAttribute('content'));
    if (day) return day;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try {
      const day = datePublishedIn(JSON.parse(text));
      if (day) return day;
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const day = dayOf(time.getAttribute('datetime'));
    if (day) return day;
  }
  return visibleDateLine(doc);
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+';
/** A full date with its year: "Nov. 15, 2016", "November 15 2016", "15 November 2016", "2016-11-15", with an optional weekday before it. */
const DATE = `(?:${WEEKDAY})?(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
/** What may stand before the date: a label ("Published", "Updated:", "Posted on"), a byline with a separator ("By Jane Doe |"), or nothing. */
const LEAD =
  '(?:(?:(?:first\\s+|originally\\s+|last\\s+)?(?:published|updated|posted|modified)|date)\\s*(?:on\\s+|:\\s*)?|by\\s+[^|\\u00B7\\u2022\\u2014\\u2013\\n]{1,60}?\\s*[|\\u00B7\\u2022\\u2014\\u2013,]\\s*)?';
/** An outlet's or author's name in capitals and a separator before the date ("Metro Review \u00B7 "), not words of a sentence ("Police said nothing \u2014 "). */
const NAME_LEAD =
  /^(?:(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'\u2019-]*|of|the|and|for|on|de|la)\s+){0,6}?[\p{Lu}\p{N}][\p{L}\p{N}.&'\u2019-]*\s*[|\u00B7\u2022\u2014\u2013]\s*/u;
/** What may follow it: a clock time and zone ("3:04 p.m. ET", "at 10:30 AM"), then nothing or another part of the line after a separator ("| Updated …"). */
const TAIL =
  '(?:,?\\s*(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*(?:[|\\u00B7\\u2022\\u2014\\u2013].*)?$';
const DATE_LINE = new RegExp(`^${LEAD}${DATE}${TAIL}`, 'iu');
const PUBLISHED_PART = new RegExp(`(?:published|posted)\\s*(?:on\\s+|:\\s*)?${DATE}`, 'iu');

/** Longest line read as a date line; a longer one is body text. */
const MAX_LINE = 120;
/** Elements that may hold a date line, and the headline that comes before it. */
const LINE_TAGS = 'h1, p, div, span, time, small, address, li, header, h2, h3, h4, h5, h6, dd';
const ARTICLE = 'article, main, [role="main"]';
const CHROME = 'nav, aside, footer, figure, [role="navigation"], [hidden], [aria-hidden="true"]';

function isoOf(match: RegExpExecArray): string | null {
  const [, m1, d1, y1, d2, m2, y2, yi, mi, di] = match;
  let year: number;
  let month: number;
  let day: number;
  if (yi) [year, month, day] = [Number(yi), Number(mi), Number(di)];
  else {
    const name = (m1 ?? m2 ?? '').toLowerCase();
    year = Number(y1 ?? y2);
    month = MONTH_NAMES_LOWER.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
    day = Number(d1 ?? d2);
  }
  const at = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    at.getUTCMonth() !== month - 1 ||
    at.getUTCDate() !== day ||
    year < 1990 ||
    year > 2100
  )
    return null;
  return at.toISOString().slice(0, 10);
}

/** The publication date a short line states, when the whole line is a date line; the "Published" date when it gives several. */
export function dateOfLine(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_LINE) return null;
  const whole = DATE_LINE.exec(text) ?? DATE_LINE.exec(text.replace(NAME_LEAD, ''));
  if (!whole) return null;
  const published = PUBLISHED_PART.exec(text);
  return (published && isoOf(published)) ?? isoOf(whole);
}

/**
 * A date line near the top of the article: after the headline (or inside the
 * article when the page has no headline before it), outside navigation and
 * asides, before the body's paragraphs start.
 */
function visibleDateLine(doc: DocumentLike): string | null {
  const elements = Array.from(doc.querySelectorAll(LINE_TAGS));
  const headlines = elements.filter((el) => el.tagName?.toUpperCase() === 'H1');
  // The article's own headline, not a site name in an <h1> above it.
  const headline = headlines.find((el) => el.closest?.(ARTICLE)) ?? headlines[0];
  let afterHeadline = !headline;
  let bodyParagraphs = 0;
  let looked = 0;
  for (const el of elements) {
    const tag = el.tagName?.toUpperCase() ?? '';
    if (el === headline) {
      afterHeadline = true;
      continue;
    }
    if (!afterHeadline && !el.closest?.(ARTICLE)) continue;
    if (el.closest?.(CHROME)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length > MAX_LINE) {
      // The body has begun: a date below it is not the page's date line.
      if (tag === 'P' && ++bodyParagraphs >= 2) break;
      continue;
    }
    const day = dateOfLine(text);
    if (day) return day;
    if (++looked >= 60) break;
  }
  return null;
}
