/**
 * The first check every content-script gate makes: does the article's text
 * contain one of the required recognition terms (the engine's prefilter
 * pattern)? Then, and only then, the engine is loaded; until then the page is
 * watched for changes (debounced) and checked again.
 */
import { foldWithoutMemo as foldText } from '../../../engine/lite.ts';
import { findArticleRoot } from './article-root.ts';
import { walkReadable } from './collect-text.ts';
import { watchPage } from './watch-page.ts';

/** More than the engine analyses (MAX_ARTICLE_CHARS), so a gate never says "no" to text the engine would read. */
const GATE_CHARS = 300_000;
const TEXT_NODE = 3;

/**
 * The start of the article's text, read node by node so a page padded to
 * megabytes costs no more than this; joined as textContent joins it, so a term
 * split across elements (`<a>Denver Police</a> Department`) reads as on the page.
 */
function leadingText(root: Element): string {
  const parts: string[] = [];
  let length = 0;
  // The same elements the engine skips: text it never reads cannot let a page through, nor use up the budget.
  walkReadable(root, (node) => {
    if (length >= GATE_CHARS) return false;
    if (node.nodeType !== TEXT_NODE) return;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  });
  return parts.join('');
}

/** Whether the page's article may retell a story whose required terms `gate` matches (null: any page may). */
export function mayRetellAStory(doc: Document, gate: RegExp | null): boolean {
  if (!gate) return true;
  const root = findArticleRoot(doc);
  return Boolean(root && gate.test(foldText(leadingText(root))));
}

/** Calls `pass` once, as soon as the page may retell a story: now, or after a later change. */
export function whenPageMayMatch(doc: Document, gate: RegExp | null, pass: () => void): void {
  if (mayRetellAStory(doc, gate)) return pass();
  const watch = watchPage(doc, () => {
    if (!mayRetellAStory(doc, gate)) return;
    watch.stop();
    pass();
  });
}
