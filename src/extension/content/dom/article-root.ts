/**
 * Picks the element that holds the article: the longest <article>, else
 * <main> or [role=main], else the body. An <article> too short to be the story
 * (a teaser card, or a page whose markup the parser had to flatten) does not
 * count. Navigation, asides, footers and forms inside the root are skipped by
 * collectText. Pure DOM reading, shared with the CLI (read-page.ts).
 */
const MIN_ARTICLE_CHARS = 500;
/** Lengths are compared up to this much text, so a page padded to megabytes is not read whole to pick its article. */
const MEASURE_CHARS = 50_000;

/** NodeFilter.SHOW_TEXT, written out: the CLI runs this over a server-side DOM, which has no `NodeFilter` global. */
const SHOW_TEXT = 4;

/** The length of an element's text, counted up to `cap`. */
function textLengthUpTo(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node && length < cap; node = walker.nextNode())
    length += (node as Text).length;
  return length;
}

export function findArticleRoot(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    const length = textLengthUpTo(article, MEASURE_CHARS);
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  if (best && bestLength >= MIN_ARTICLE_CHARS) return best;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}
