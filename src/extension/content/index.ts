/**
 * Content-script entry, on every http(s) page. It stays as small as it can:
 * one native pattern over the article's text (built from the embedded pack's
 * required recognition terms at build time) tells whether the page can
 * retell a known story at all. Only then is the engine loaded (annotate.ts,
 * which also answers the popup). Pages that change later (single-page apps,
 * infinite scroll) are checked again, debounced. A page that fails the check
 * costs no extension API at all (not even a message listener: the popup
 * tells such a page by its address, with activeTab).
 *
 * The build (scripts/content-gate.ts) bundles this file on its own as a
 * classic script, so unrelated pages pay for no module loading at all; there
 * `import('./annotate.ts')` loads the annotate chunk the main build wrote.
 */
import { foldText } from '../../engine/normalize.ts';
import { findArticleRoot } from './dom/article-root.ts';
import { watchPage, type PageWatch } from './dom/watch-page.ts';

/** Set by the build: the prefilter over every required term of the embedded pack (null: analyse every page). */
declare const __SOURCELIGHT_GATE__: string | null;

const gate = __SOURCELIGHT_GATE__ === null ? null : new RegExp(__SOURCELIGHT_GATE__);

/** More than the engine analyses (MAX_ARTICLE_CHARS), so the gate never says "no" to text the engine would read. */
const GATE_CHARS = 300_000;

/** Elements whose text is never prose (the engine skips them too). */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA']);

/**
 * The start of the article's text, read node by node so a page padded to
 * megabytes costs no more than this; joined as textContent joins it, so a term
 * split across elements (`<a>Denver Police</a> Department`) reads as on the page.
 */
function leadingText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && NOT_PROSE.has((node as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < GATE_CHARS; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('');
}

/** Whether the page's article may retell a known story (never a false "no" for the text the engine reads). */
function mayRetellAStory(): boolean {
  if (!gate) return true;
  const root = findArticleRoot(document);
  return Boolean(root && gate.test(foldText(leadingText(root))));
}

let annotating: Promise<void> | null = null;
let watch: PageWatch | null = null;

function annotate(): void {
  watch?.stop();
  watch = null;
  // A failed load (the extension was updated or removed under the page) ends quietly.
  annotating ??= import('./annotate.ts').then((module) => module.start()).catch(() => undefined);
}

if (mayRetellAStory()) annotate();
else watch = watchPage(document, () => mayRetellAStory() && annotate());
