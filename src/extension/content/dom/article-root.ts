/**
 * Picks the element that holds the article: the longest <article>, else
 * <main> or [role=main], else the body. Navigation, asides, footers and
 * forms inside it are skipped by collectText.
 */
export function findArticleRoot(doc: Document): Element | null {
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length) {
    return articles.reduce((best, el) => ((el.textContent?.length ?? 0) > (best.textContent?.length ?? 0) ? el : best));
  }
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}
