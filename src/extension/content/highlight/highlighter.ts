/**
 * Draws findings on the page with the CSS Custom Highlight API: one highlight
 * per verdict, no element added and no text node changed. Where the API is
 * missing it wraps the text in <sourcelight-mark> elements instead. Either way
 * `clear()` undoes everything it did.
 */
import type { Verdict } from '../../../engine/index.ts';
import { HIGHLIGHT_NAMES, MARK_TAG } from '../page-names.ts';

export interface Highlighter {
  show(ranges: { verdict: Verdict; range: Range }[]): void;
  clear(): void;
}

function customHighlighter(): Highlighter {
  return {
    show(ranges) {
      for (const verdict of Object.keys(HIGHLIGHT_NAMES) as Verdict[]) {
        const own = ranges.filter((r) => r.verdict === verdict).map((r) => r.range);
        if (own.length) CSS.highlights.set(HIGHLIGHT_NAMES[verdict], new Highlight(...own));
        else CSS.highlights.delete(HIGHLIGHT_NAMES[verdict]);
      }
    },
    clear() {
      for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    },
  };
}

function wrappingHighlighter(doc: Document): Highlighter {
  let marks: Element[] = [];
  const wrapTextIn = (range: Range, verdict: Verdict) => {
    const root = range.commonAncestorContainer;
    const texts: Text[] = [];
    if (root.nodeType === Node.TEXT_NODE) texts.push(root as Text);
    else {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (range.intersectsNode(n) && (n as Text).data.trim()) texts.push(n as Text);
      }
    }
    for (const text of texts) {
      const part = doc.createRange();
      part.selectNodeContents(text);
      if (text === range.startContainer) part.setStart(text, range.startOffset);
      if (text === range.endContainer) part.setEnd(text, range.endOffset);
      if (part.collapsed) continue;
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-verdict', verdict);
      part.surroundContents(mark);
      marks.push(mark);
    }
  };
  return {
    show(ranges) {
      this.clear();
      // Wrap from the end so earlier ranges keep their offsets.
      for (const { verdict, range } of [...ranges].reverse()) wrapTextIn(range, verdict);
    },
    clear() {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
      marks = [];
    },
  };
}

export function createHighlighter(doc: Document): Highlighter {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? customHighlighter()
    : wrappingHighlighter(doc);
}
