/**
 * A thing told as coming later than the story: "the executive orders came
 * after the chiefs had spoken", "the orders were signed only months later".
 * A pack's wrong term for a period after the story (a `period` of a fact's
 * wrong value) is then no mistake of time: the sentence itself puts the thing
 * after. Only the thing as the subject of a verb of coming with a word of
 * later right after; "the chiefs spoke after the orders" keeps the term.
 */

/** Right after the term: "(…) came after", "were signed only months later", "followed in January". */
const COMES_LATER = /^[^,;:.!?]{0,30}?\b(?:came|come|were signed|was signed|were issued|was issued|arrived|followed|were still|was still)\b\s+(?:only\s+|much\s+|not until\s+)?(?:later|after\b|afterwards?|months|weeks|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|away|to come)/;

/** Whether the folded sentence tells the thing at `end` (the term's end) as coming later. */
export function toldAsLater(folded: string, end: number): boolean {
  return COMES_LATER.test(folded.slice(end));
}
