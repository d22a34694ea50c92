/**
 * A claim told as hearsay ("Reportedly, he then met X", "Rumors say X was fired", "X allegedly met Y"): the reader's
 * `reported` stance keeps it from being compared at all. When the same words without the hedge are a claim the record
 * contradicts, the sentence is at least unverified (never discrepant: the page may be passing on a rumour it doubts).
 * Nothing here knows a story.
 */

/** A hedge word, or a lead that passes words on from rumour ("rumors say that", "it is rumored that"). */
const HEDGE =
  /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|(?:it\s+is|it\s+was|it['\u2019]s)\s+(?:rumou?red|alleged|claimed|said)\s+that|(?:rumou?rs?|some\s+posts|posts\s+online|social\s+media\s+posts)\s+(?:say|said|claim|claimed|suggest|suggested)(?:\s+that)?|(?:is|are|was|were)\s+(?:rumou?red|alleged|said)\s+to\s+have)\b,?/gi;

/** Whether the sentence hedges a claim this way. */
export function hedged(sentence: string): boolean {
  HEDGE.lastIndex = 0;
  return HEDGE.test(sentence);
}

/** The sentence with its hedges blanked (offsets kept); "is said to have met" becomes "            met". */
export function withoutHedge(sentence: string): string {
  return sentence.replace(HEDGE, (h) => ' '.repeat(h.length));
}
