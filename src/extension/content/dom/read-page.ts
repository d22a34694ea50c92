/**
 * One reading of a page, for the extension and the CLI alike: the article's
 * root (article-root.ts), its readable text (collect-text.ts: no navigation,
 * scripts, hidden elements, captions…), capped at MAX_ARTICLE_CHARS, then
 * recognition and, for a page that retells a known story, the analysis with
 * the page's links and declared date. The content script runs it over the live
 * page; `sourcelight analyze` and `npm run eval` over linkedom's DOM of the
 * HTML (src/cli/analyze-input.ts), so both report the same findings for the
 * same page. It touches no browser global and no extension API.
 */
import {
  analyzeText,
  foldText,
  recognizeStory,
  type Analysis,
  type PackIndex,
} from '../../../engine/index.ts';
import { pageOutletNames } from '../../../shared/page-outlet.ts';
import { publishedDate } from '../../../shared/published-date.ts';
import { findArticleRoot } from './article-root.ts';
import { collectText, type CollectedText } from './collect-text.ts';

/**
 * Only this much of an article is analysed: more than any news report (a
 * long feature is about 60,000 characters), and little enough that a page
 * padded to megabytes never costs a long task.
 */
const MAX_ARTICLE_CHARS = 120_000;

export interface PageReading {
  /** The text the engine read (empty when the page has no body), with its map back to text nodes. */
  collected: CollectedText;
  /** Story null, no findings and no signals for a page that retells no known story. */
  analysis: Analysis;
}

export interface ReadOptions {
  /** The page's address: relative links are resolved against it (or the page's `<base href>`). */
  url: string;
  /** YYYY-MM-DD. */
  today: string;
}

/** The absolute http(s) addresses the page links to (`<a href>`, `<area href>`), once each, in page order. */
export function pageLinks(doc: Document, url: string): string[] {
  const resolve = (href: string | null, base: string): string | null => {
    try {
      return href === null ? null : new URL(href, base).href;
    } catch {
      return null;
    }
  };
  const base = resolve(doc.querySelector('base[href]')?.getAttribute('href') ?? null, url) ?? url;
  const links = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href], area[href]'))) {
    const href = resolve(a.getAttribute('href'), base);
    if (href && /^https?:/i.test(href)) links.add(href);
  }
  return [...links];
}

/** Reads the page's article and analyses it; a page that retells no known story stops at recognition, before its links are read. */
export function readPage(
  doc: Document,
  index: PackIndex,
  { url, today }: ReadOptions,
): PageReading {
  const root = findArticleRoot(doc);
  const collected = root
    ? collectText(root, MAX_ARTICLE_CHARS)
    : { text: '', segments: [], linkShare: 0 };
  if (!collected.text || !recognizeStory(foldText(collected.text), index))
    return { collected, analysis: { story: null, findings: [], signals: [] } };
  // A page that is mostly links or short list items (an index, a link list) is not an article: the engine leaves it.
  const analysis = analyzeText(collected.text, index, {
    links: pageLinks(doc, url),
    published: publishedDate(doc),
    today,
    linkShare: collected.linkShare,
    outlets: pageOutletNames(doc, url),
  });
  return { collected, analysis };
}
