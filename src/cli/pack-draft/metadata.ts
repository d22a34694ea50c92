/**
 * A report's metadata as its page states it: headline, publisher, date, author
 * and canonical address, from meta tags, JSON-LD (parsed as data, never run),
 * `<link rel="canonical">` and a byline line. Each value says where on the page
 * it was read. Nothing is guessed: a value the page does not state is absent.
 */
import { publishedDate, type DocumentLike } from '../../shared/published-date.ts';

interface Stated {
  value: string;
  /** Where on the page: "JSON-LD headline", "meta og:site_name", "byline"… */
  where: string;
}

export interface ReportMetadata {
  headline?: Stated;
  publisher?: Stated;
  date?: Stated;
  author?: Stated;
  url?: Stated;
}

const MAX_JSON_LD = 100_000;

interface Node {
  [key: string]: unknown;
}

/** The article objects of a JSON-LD document (top level, arrays, @graph), at bounded depth. */
function articles(value: unknown, depth = 0): Node[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((v) => articles(v, depth + 1));
  const node = value as Node;
  const type = [node['@type']].flat().map(String);
  const own = type.some((t) => /Article|Report|Posting/i.test(t)) ? [node] : [];
  return [...own, ...articles(node['@graph'], depth + 1)];
}

const nameOf = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || undefined;
  if (first && typeof first === 'object' && typeof (first as Node).name === 'string')
    return ((first as Node).name as string).trim() || undefined;
  return undefined;
};

const urlOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Node)['@id'] === 'string')
    return (value as Node)['@id'] as string;
  return undefined;
};

const clean = (s: string | null | undefined): string | undefined => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/** "By Jane Doe · The Outlet · May 2, 2026" → Jane Doe. */
export function bylineAuthor(line: string): string | undefined {
  const m = /^\s*by\s+([\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|la))*)/iu.exec(
    line,
  );
  return m ? clean(m[1]) : undefined;
}

export function readMetadata(doc: Document): ReportMetadata {
  const meta: ReportMetadata = {};
  const metaContent = (selector: string) =>
    clean(doc.querySelector(selector)?.getAttribute('content'));
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    for (const article of articles(data)) {
      const headline = typeof article.headline === 'string' ? clean(article.headline) : undefined;
      if (headline && !meta.headline)
        meta.headline = { value: headline, where: 'JSON-LD headline' };
      const author = nameOf(article.author);
      if (author && !meta.author) meta.author = { value: author, where: 'JSON-LD author' };
      const publisher = nameOf(article.publisher);
      if (publisher && !meta.publisher)
        meta.publisher = { value: publisher, where: 'JSON-LD publisher' };
      const url = urlOf(article.mainEntityOfPage) ?? urlOf(article.url);
      if (url && /^https:\/\//i.test(url) && !meta.url)
        meta.url = { value: url, where: 'JSON-LD mainEntityOfPage' };
    }
  }
  const og = metaContent('meta[property="og:title"]');
  if (!meta.headline && og) meta.headline = { value: og, where: 'meta og:title' };
  const h1 = clean(doc.querySelector('article h1, main h1, h1')?.textContent);
  if (!meta.headline && h1) meta.headline = { value: h1, where: 'the page headline (h1)' };
  const site = metaContent('meta[property="og:site_name"]');
  if (!meta.publisher && site) meta.publisher = { value: site, where: 'meta og:site_name' };
  const author = metaContent('meta[name="author"]');
  if (!meta.author && author) meta.author = { value: author, where: 'meta author' };
  if (!meta.author) {
    const line = clean(doc.querySelector('.byline, [rel="author"], address')?.textContent);
    const name = line ? bylineAuthor(line) : undefined;
    if (name) meta.author = { value: name, where: 'byline' };
  }
  const canonical = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical && /^https:\/\//i.test(canonical))
    meta.url = { value: canonical, where: 'link rel=canonical' };
  if (!meta.url) {
    const ogUrl = metaContent('meta[property="og:url"]');
    if (ogUrl && /^https:\/\//i.test(ogUrl)) meta.url = { value: ogUrl, where: 'meta og:url' };
  }
  const date = publishedDate(doc as unknown as DocumentLike);
  if (date) meta.date = { value: date, where: 'publication date (meta, JSON-LD or date line)' };
  return meta;
}
