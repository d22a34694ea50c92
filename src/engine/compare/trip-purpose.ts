/**
 * What a person's trip was for: in "X came to Rochester on Tuesday to stand with the officers" the words after the
 * second "to" say why X went, not another event that happened ("stand with" may be the words of an earlier post).
 * An event's word there does not link the clause to that event (compare-sentence.ts asks only when the clause names
 * a person); the trip is linked by its traveller's visit. "People went to City Hall to protest" keeps its protest:
 * a crowd's purpose is the event. Nothing here knows a story.
 */

/** A verb of going, then (without a stop) its destination and an infinitive "to" right before the word. */
const GONE_TO =
  /\b(?:came|comes|come|coming|went|goes|going|travel(?:l)?ed|travels|flew|flies|headed|heads|drove|arrived|returned)\b[^.;:!?]{0,80}?\s(?:in\s+order\s+)?to\s+$/;

/** Whether the event word at `at` in the folded clause is the purpose of a trip told before it. */
export function tripPurpose(folded: string, at: number): boolean {
  return GONE_TO.test(folded.slice(Math.max(0, at - 100), at));
}
