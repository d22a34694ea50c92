/**
 * A thing told as coming later than the story: "the executive orders came
 * after the chiefs had spoken", "the orders were signed only months later".
 * A pack's wrong term for a period after the story (a `period` of a fact's
 * wrong value) is then no mistake of time: the sentence itself puts the thing
 * after. Only the thing as the subject of a verb of coming with a word of
 * later right after; "the chiefs spoke after the orders" keeps the term.
 */

/** Right after the term: "(…) came after", "were signed only months later", "followed in January". */
const COMES_LATER =
  /^[^,;:.!?]{0,30}?\b(?:came|come|were signed|was signed|were issued|was issued|arrived|followed|were still|was still)\b\s+(?:only\s+|much\s+|not until\s+)?(?:later|after\b|afterwards?|months|weeks|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|away|to come)/;

/** A span of time and "after"/"later" right after the verb: "came about ten weeks after", "followed two months later". */
const COMES_SPAN_LATER =
  /^[^,;:.!?]{0,30}?\b(?:came|come|were signed|was signed|were issued|was issued|arrived|followed)\b\s+(?:(?:about|some|nearly|roughly|almost|more than|less than|only)\s+)?(?:[a-z-]+\s+)?(?:days?|weeks?|months?)\s+(?:after|later)\b/;
/** Before the term, the clause opens on a span after something, closed by a comma: "Two months after the chiefs spoke, Trump signed …" (not "Days after Trump signed his orders, …": there the orders are the point). */
const OPENS_SPAN_AFTER =
  /(?:^|[.;:!?]\s+)(?:(?:about|some|nearly|roughly|almost|more than|less than|only)\s+)?(?:[a-z-]+\s+)?(?:days?|weeks?|months?)\s+(?:after|later)\b[^.;!?,]*,[^.;!?]*$/;

/** Whether the folded sentence tells the thing at `end` (the term's end; `start`, its start) as coming later. */
export function toldAsLater(folded: string, end: number, start = end): boolean {
  const after = folded.slice(end);
  return (
    COMES_LATER.test(after) ||
    COMES_SPAN_LATER.test(after) ||
    OPENS_SPAN_AFTER.test(folded.slice(0, start))
  );
}

/** Right after the thing's word, a time of its own counted from what came before: "visited a month later", "the following week". */
const OWN_LATER_TIME =
  /^[^,;:.!?]{0,40}?\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|some)\s+(?:days?|weeks?|months?)\s+later|later\s+that\s+(?:week|month|spring|summer|year)|the\s+(?:following|next)\s+(?:week|month))\b/;

/**
 * "Homan met the union's leaders on March 28 and visited Rochester a month later": a date before the thing's word,
 * whose word is given a later time of its own ("a month later"), is another event's date, not the thing's. `span` is
 * the date's; `terms`, the words of the thing.
 */
export function laterTimeOfItsOwn(
  folded: string,
  span: readonly [number, number],
  terms: readonly string[],
): boolean {
  return terms.some((t) => {
    for (let at = folded.indexOf(t, span[1]); at !== -1; at = folded.indexOf(t, at + 1))
      if (OWN_LATER_TIME.test(folded.slice(at + t.length))) return true;
    return false;
  });
}
