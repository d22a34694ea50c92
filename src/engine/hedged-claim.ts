/**
 * A claim told as hearsay ("Reportedly, he then met X", "Rumors say X was fired", "X allegedly met Y"): the reader's
 * `reported` stance keeps it from being compared at all. When the same words without the hedge are a claim the record
 * contradicts, the sentence is at least unverified (never discrepant: the page may be passing on a rumour it doubts).
 * Nothing here knows a story.
 */

/** Hearsay passed on to the writer: "a friend told me (that)", "I'm told", "I was told", "I've heard", "I hear". */
const TO_THE_WRITER = String.raw`(?:tells|told|tell|assured|informed)\s+me\b(?:\s+that)?|\bI(?:['\u2019]m|\s+am|\s+was)\s+told(?:\s+that)?|\bI(?:['\u2019]ve|\s+have|\s+had)\s+heard(?:\s+that)?|\bI\s+(?:hear|heard)(?:\s+that)?`;

/** A hedge word, a lead that passes words on from rumour ("rumors say that", "it is rumored that", "someone added that"), or hearsay to the writer. */
const HEDGE = new RegExp(
  String.raw`\b(?:reportedly|allegedly|purportedly|supposedly|apparently|(?:it\s+is|it\s+was|it['\u2019]s)\s+(?:rumou?red|alleged|claimed|said)\s+that|(?:rumou?rs?|some\s+posts|posts\s+online|social\s+media\s+posts)\s+(?:say|said|claim|claimed|suggest|suggested)(?:\s+that)?|(?:is|are|was|were)\s+(?:rumou?red|alleged|said)\s+to\s+have|(?:someone|somebody|a\s+commenter|one\s+commenter|commenters|some\s+people)\s+(?:also\s+)?(?:said|says|added|adds|claimed|claims|wrote|writes|posted|insisted|swore)\s+that|${TO_THE_WRITER})\b,?`,
  'gi',
);
const TOLD_TO_WRITER = new RegExp(TO_THE_WRITER, 'i');

/** Whether someone passed the claim on to the writer ("a neighbour told me …"): no record can back that person's word. */
export function toldToWriter(sentence: string): boolean {
  return TOLD_TO_WRITER.test(sentence);
}

/** Whether the sentence hedges a claim this way. */
export function hedged(sentence: string): boolean {
  HEDGE.lastIndex = 0;
  return HEDGE.test(sentence);
}

/** The sentence with its hedges blanked (offsets kept); "is said to have met" becomes "            met". */
export function withoutHedge(sentence: string): string {
  return sentence.replace(HEDGE, (h) => ' '.repeat(h.length));
}
