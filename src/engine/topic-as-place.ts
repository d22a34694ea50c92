/**
 * A fact's topic named only as where someone went or was ("went to the Locust Club to defend the officers", "spoke at
 * the union hall"): the topic is a place in that sentence, not the doer the fact is about, so the sentence's agreeing
 * words ("defend") may be someone else's act. Such a sentence is never the fact confirmed. General English; nothing
 * here knows a story.
 */
import { findTerm } from './terms.ts';

/**
 * Right before a term: a verb of going or being somewhere, up to two words, a preposition of place, an optional
 * determiner ("went to the", "drove out to its", "spoke outside the", "was at the"). Not "according to", "taken into
 * custody", "printed by": there the term is a source, a state or a doer.
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:went|go|goes|going|gone|came|come|comes|coming|headed|heads|drove|drives|walked|marched|travell?ed|flew|flies|stopped|showed\s+up|turned\s+up|arrived|arrives|spoke|speaks|appeared|rallied|gathered|stood|was|were)\s+(?:[\p{L}'-]+\s+){0,2}?(?:to|at|inside|outside|toward|towards|near|in\s+front\s+of|on\s+the\s+steps\s+of)\s+(?:(?:the|its|their|a|an)\s+)?$/u;

/** Whether every occurrence of every term of the fact's topic groups stands as a place in the folded sentence. */
export function topicOnlyAsPlace(folded: string, groups: readonly (readonly string[])[]): boolean {
  let seen = false;
  for (const group of groups) {
    for (const term of group) {
      for (let at = findTerm(folded, term); at !== -1; at = findTerm(folded, term, at + 1)) {
        seen = true;
        // "the union" carries its own determiner: look before it as it stands.
        if (!PLACE_BEFORE.test(folded.slice(Math.max(0, at - 60), at))) return false;
      }
    }
  }
  return seen;
}
