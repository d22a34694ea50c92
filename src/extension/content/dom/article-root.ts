/**
 * Picks the element that holds the article: the longest <article>, else
 * <main> or [role=main], else the body. An <article> too short to be the story
 * (a teaser card, or a page whose markup the parser had to flatten) does not
 * count. Navigation, asides, footers and forms inside the root are skipped by
 * collectText.
 */
const MIN_ARTICLE_CHARS = 500;

export function findArticleRoot(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  if (best && bestLength >= MIN_ARTICLE_CHARS) return best;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}
