/**
 * The date a page says it was published, read the same way by the CLI (over a
 * server-side DOM) and the content script (over the page): article meta tags,
 * then JSON-LD `datePublished`, then a `<time datetime>`. Returns YYYY-MM-DD,
 * or null when the page states none. Page text is untrusted: JSON-LD is
 * parsed as data (never run), and large blocks are skipped.
 */

/** What is read of a document: both the browser's DOM and linkedom's have it. */
export interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
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

const dayOf = (value: unknown): string | null => (typeof value === 'string' ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? null : null);

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
  return dayOf(record.datePublished) ?? datePublishedIn(record['@graph'], depth + 1) ?? datePublishedIn(record.mainEntity, depth + 1);
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
  return null;
}
