import { hasAnyTerm } from './terms.ts';

/**
 * Questions about the whole page that sentences ask ("does the page name
 * Border Patrol anywhere?"), each answered once per page: the answer depends
 * only on the page and the terms, and asking it again for every sentence
 * would read the page once per sentence, a cost that grows with the square
 * of the page's length.
 */
export interface PageTerms {
  /** Whether the page has any of `terms` (folded) as whole words. */
  hasAny(terms: readonly string[]): boolean;
}

/** The whole-page questions of one folded page. Term lists are remembered by identity: pass the pack index's own arrays. */
export function pageTerms(foldedPage: string): PageTerms {
  const answers = new Map<readonly string[], boolean>();
  return {
    hasAny(terms) {
      let answer = answers.get(terms);
      if (answer === undefined) {
        answer = hasAnyTerm(foldedPage, terms);
        answers.set(terms, answer);
      }
      return answer;
    },
  };
}
