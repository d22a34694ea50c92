/**
 * HTML read as the extension reads a page: linkedom builds a DOM of it in
 * Node, and the content script's own reading (src/extension/content/dom/
 * read-page.ts: the article root, the text walker that leaves out navigation,
 * scripts, hidden elements and captions, recognition, links, the declared
 * date) runs over it, so `sourcelight analyze` and `npm run eval` report what
 * the extension draws. linkedom is a CLI dependency only: the extension reads
 * the browser's own DOM.
 */
import { parseHTML } from 'linkedom';
import type { PackIndex } from '../engine/index.ts';
import { findArticleRoot } from '../extension/content/dom/article-root.ts';
import { collectText } from '../extension/content/dom/collect-text.ts';
import {
  readPage,
  type PageReading,
  type ReadOptions,
} from '../extension/content/dom/read-page.ts';

/** Where a file or standard input "is": no real address, so every relative link stays on this host and links nowhere. */
export const NO_ADDRESS = 'https://example.invalid/';

/**
 * The DOM of an HTML document. A browser puts content written without a
 * `<body>` tag into the body; linkedom does not, so such HTML (a fragment, or
 * a document that leaves the tag out) is read inside one, as a browser would.
 */
export function htmlDocument(html: string): Document {
  const source = /<body[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html.replace(/<!doctype[^>]*>|<\/?(?:html|head)(?:\s[^>]*)?>/gi, '')}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** The page's reading, as the content script makes it (see read-page.ts). */
export function readHtml(html: string, index: PackIndex, options: ReadOptions): PageReading {
  return readPage(htmlDocument(html), index, options);
}

/** The article text alone, as the content script collects it (uncapped), for benchmarks. */
export function articleText(html: string): string {
  const root = findArticleRoot(htmlDocument(html));
  return root ? collectText(root).text : '';
}
