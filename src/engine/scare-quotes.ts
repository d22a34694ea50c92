/**
 * Words set in quotation marks as words ("fix any “west side” references", "the so-called “raid”"): a short quoted
 * stretch of a few words names a phrase; the page neither asserts nor denies what it says. A fact's value found only
 * there is no value of the sentence. Longer quoted stretches are someone's words and are judged as quotes elsewhere.
 */
import { findTerm } from './terms.ts';

/** The most words a quoted stretch may have to read as a phrase named, not words someone said. */
const PHRASE_WORDS = 3;

/** Whether folded[start, end) is all of a quoted stretch of at most three words (folded text has straight quotes). */
export function scareQuoted(folded: string, start: number, end: number): boolean {
  const open = folded.lastIndexOf('"', start - 1);
  if (open === -1 || start - open > 2) return false;
  const close = folded.indexOf('"', end);
  if (close === -1 || close - end > 2) return false;
  // The mark before must open a stretch: an even number of marks before it.
  let marks = 0;
  for (let at = folded.indexOf('"'); at !== -1 && at < open; at = folded.indexOf('"', at + 1))
    marks++;
  if (marks % 2) return false;
  return (
    folded
      .slice(open + 1, close)
      .trim()
      .split(/\s+/).length <= PHRASE_WORDS
  );
}

/** Whether one of `terms` occurs in `folded` outside such a quoted phrase. */
export function hasAssertedTerm(folded: string, terms: readonly string[]): boolean {
  return terms.some((term) => {
    for (let at = findTerm(folded, term); at !== -1; at = findTerm(folded, term, at + 1))
      if (!scareQuoted(folded, at, at + term.length)) return true;
    return false;
  });
}
