/**
 * Reads the visible prose under a root element into one string, with a map
 * from every character back to its text node, so engine offsets become DOM
 * Ranges. Block boundaries become "\n" (which no node owns), so sentences never
 * run across paragraphs.
 *
 * Pure DOM reading: it uses only node properties (no browser global such as
 * `Node` or `NodeFilter`, no TreeWalker filter), so the CLI runs the very same
 * walk over a server-side DOM (linkedom; see read-page.ts). Only `rangeFor`
 * needs a browser document.
 */

import { shapeCounter } from '../../../engine/lite.ts';
import { NAME_PREFIX } from '../name-prefix.ts';

/** Elements whose text is never part of the article (an aside is, when it is prose: proseAside). */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'FIGCAPTION',
  'TITLE',
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
  /** The share of the text in links or short list items (the engine's PageContext.linkShare). */
  linkShare: number;
}

/** A paragraph this long is prose, not a teaser, a caption or a pull quote. */
const PROSE_PARAGRAPH = 80;

/** A list item this long is a fact of a box ("Location: Whitney Street, off Lyell Avenue"), not a tag or a menu entry. */
const FACT_ITEM = 20;

/**
 * Whether an aside is part of the article: one inside the article (or the page's main part) that holds at least two
 * paragraphs of prose, or a box of at least three facts in list items ("Key facts": "Location: …", "Agencies: …"),
 * with little of its text in links ("Good to know: …", "What the record shows"). A sidebar of related links, a
 * sponsored box, a pull quote or an aside outside the article is not.
 */
function proseAside(el: Element): boolean {
  if (!el.parentElement?.closest('article, main')) return false;
  let paragraphs = 0;
  let facts = 0;
  let chars = 0;
  for (const p of el.querySelectorAll('p')) {
    const n = (p.textContent ?? '').trim().length;
    if (n >= PROSE_PARAGRAPH) paragraphs++;
    chars += n;
  }
  for (const li of el.querySelectorAll('li')) {
    const n = (li.textContent ?? '').trim().length;
    if (n >= FACT_ITEM) facts++;
    chars += n;
  }
  if (paragraphs < 2 && facts < 3) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
  return linked * 5 < chars;
}

/** Whether an element's text is never part of the article (the gates meet it through walkReadable). */
function skipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return (
    SKIP.has(tag) ||
    (tag === 'ASIDE' && !proseAside(el)) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.tagName.toLowerCase().startsWith(NAME_PREFIX)
  );
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Visits, in document order, every element and text node under `root` (not
 * `root` itself) that may be read: a skipped element is neither visited nor
 * entered. Comments and other nodes are passed over. Stops when `visit`
 * returns false. Iterative, so a page nested thousands deep cannot overflow the stack.
 */
export function walkReadable(root: Node, visit: (node: Node) => boolean | void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === ELEMENT_NODE) {
      if (!skipped(node as Element)) {
        if (visit(node) === false) return;
        enter = node.firstChild !== null;
      }
    } else if (node.nodeType === TEXT_NODE && visit(node) === false) {
      return;
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

export function collectText(root: Element, maxChars = 2_000_000): CollectedText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  // The page's shape: the link and the list item the walk is in (a text node outside them closes them).
  const shape = shapeCounter();
  let link: Element | null = null;
  let item: Element | null = null;

  walkReadable(root, (node) => {
    if (length >= maxChars) return false;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (BLOCK.has(tag)) pendingBreak = true;
      if (tag === 'A') link = node as Element;
      else if (tag === 'LI') item = node as Element;
      return;
    }
    const value = (node as Text).data;
    if (link && !link.contains(node)) link = null;
    if (item && !item.contains(node)) item = null;
    shape.add(value, link !== null, item);
    if (!value.trim()) {
      // Whitespace between blocks is layout, not text; inside a line it separates words.
      if (!pendingBreak && length > 0) {
        segments.push({ node: node as Text, start: length });
        parts.push(value);
        length += value.length;
      }
      return;
    }
    if (pendingBreak && length > 0) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    segments.push({ node: node as Text, start: length });
    parts.push(value);
    length += value.length;
  });
  return { text: parts.join(''), segments, linkShare: shape.share() };
}

/** The index of the segment holding `offset`, or of the first one after it. */
function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid] as TextSegment).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range over the collected text between two offsets, or null if it maps to no text. */
export function rangeFor(collected: CollectedText, start: number, end: number): Range | null {
  const { segments } = collected;
  if (!segments.length || end <= start) return null;
  const first = segments[segmentAt(segments, start)] as TextSegment;
  const last = segments[segmentAt(segments, end - 1)] as TextSegment;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.min(Math.max(start - first.start, 0), first.node.length));
  range.setEnd(last.node, Math.min(Math.max(end - last.start, 0), last.node.length));
  return range.collapsed ? null : range;
}
