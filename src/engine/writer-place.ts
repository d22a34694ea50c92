/**
 * A place the page's writer puts themselves in: "From my desk at a Buffalo insurance office I tracked the week: the
 * stop fell on a Monday", "The stop fell on a Monday; I read about it in Buffalo". In the stretch of the sentence before
 * the place (from its last colon, semicolon or dash), a word of the first person stands, and no word of the story's
 * event stands between it and the place: where the writer was, not where the event happened. "I read that the stop
 * was in Buffalo" still places the stop (its word comes between). General English, nothing here knows a story.
 */
import { findAnyTerm } from './terms.ts';

const FIRST_PERSON = /\b(?:i|me|my|mine|we|us|our|ours|myself|ourselves)\b/g;

/** Whether the place at `start` in `folded` is the writer's own, given the words that name the event (`about`). */
export function writersPlace(folded: string, start: number, about: readonly string[]): boolean {
  const head = folded.slice(0, start);
  const from = Math.max(head.lastIndexOf(':'), head.lastIndexOf(';'), head.lastIndexOf(' - ')) + 1;
  const stretch = head.slice(from);
  const people = [...stretch.matchAll(FIRST_PERSON)];
  const last = people[people.length - 1];
  if (!last) return false;
  const rest = stretch.slice(last.index as number);
  return !OTHERS_CLAUSE.test(rest) && findAnyTerm(rest, about) === null;
}

/**
 * After the first-person word, what opens a clause of others: an aside's comma ("As I remember, the chief in …"), a
 * word that opens what was said or learned ("that", "how", "where"), someone else doing or being ("agents", "the
 * three men were"), or the event happening ("it happened in …"). Then the place is theirs, told by the writer.
 */
const OTHERS_CLAUSE =
  /,|\b(?:that|how|what|whether|if|who|whom|which|where|when|why|he|she|they|them|his|her|their|agents?|officers?|police|men|women|people|chief|mayor)\b|\bit\s+(?:happened|took|was|occurred|unfolded)\b|\b(?!(?:i|we)\s)\S+\s+(?:was|were|is|are|had|has|have)\b/;
