/**
 * Article text from HTML, in Node: linkedom parses the page and Mozilla's
 * Readability (the algorithm behind Firefox Reader View) finds the article
 * body, leaving navigation, related links, cookie banners, footers and
 * comments out. Also returns the page's links and its publication date.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { shapeCounter } from '../engine/index.ts';
import { publishedDate } from '../shared/published-date.ts';

export interface ExtractedArticle {
  title: string;
  /** The article's visible text, one block per line. */
  text: string;
  /** Absolute http(s) URLs the page links to, from the whole page (a link to the original may sit outside the body). */
  links: string[];
  /** The publication date the page declares (meta tags, <time>, or Readability's reading), as YYYY-MM-DD, if any. */
  published: string | null;
  /** The byline, if the page has one (it may carry a date in words). */
  byline: string | null;
  /** The share of the article's text in links or short list items (the engine's PageContext.linkShare). */
  linkShare: number;
}

const BLOCK = /^(P|H[1-6]|LI|BLOCKQUOTE|PRE|DD|DT|FIGCAPTION|TD|TH|TR|DIV|SECTION|ARTICLE|HEADER|UL|OL|TABLE)$/;

/** Visible text of an element, with a line break between blocks, and the share of it in links or short list items. */
function blockText(root: Element): { text: string; linkShare: number } {
  const lines: string[] = [];
  const shape = shapeCounter();
  let line = '';
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const walk = (node: Node, inLink: boolean, item: Element | null) => {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      shape.add((node as Text).data, inLink, item);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) return;
    if (el.tagName === 'BR') return flush();
    const block = BLOCK.test(el.tagName);
    if (block) flush();
    const link = inLink || el.tagName === 'A';
    const within = el.tagName === 'LI' ? el : item;
    for (const child of Array.from(el.childNodes)) walk(child, link, within);
    if (block) flush();
  };
  walk(root, false, null);
  flush();
  return { text: lines.join('\n'), linkShare: shape.share() };
}

export function extractArticle(html: string, baseUrl = 'https://example.invalid/'): ExtractedArticle {
  const { document } = parseHTML(html);
  const links = [
    ...new Set(
      Array.from(document.querySelectorAll('a[href]')).flatMap((a) => {
        try {
          const url = new URL(a.getAttribute('href') ?? '', baseUrl);
          return /^https?:$/.test(url.protocol) && url.href !== baseUrl ? [url.href] : [];
        } catch {
          return [];
        }
      }),
    ),
  ];
  const published = publishedDate(document as unknown as Document);
  const title = document.querySelector('title')?.textContent?.trim() ?? '';
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const heading = article.title?.trim();
    const { text, linkShare } = blockText(body.body as unknown as Element);
    const fromReadability = article.publishedTime ? /^\d{4}-\d{2}-\d{2}/.exec(article.publishedTime)?.[0] ?? null : null;
    return {
      title: heading || title,
      text: heading && !text.startsWith(heading) ? `${heading}\n${text}` : text,
      links,
      published: published ?? fromReadability,
      byline: article.byline?.trim() || null,
      linkShare,
    };
  }
  // Readability found no article (a short page): fall back to the body without its chrome.
  for (const el of Array.from(document.querySelectorAll('nav, aside, footer, form, script, style, noscript, [aria-hidden="true"], [hidden]'))) el.remove();
  const { text, linkShare } = blockText((document.querySelector('article, main') ?? document.body) as unknown as Element);
  return { title, text, links, published, byline: null, linkShare };
}
