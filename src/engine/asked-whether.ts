/**
 * A topic told only inside an indirect question ("many of our members are asking whether their local police department
 * will start acting as …"): the sentence asks about it, it does not say what it did or when. Read on folded text; the
 * topic's first mention must come after "asking whether" (or "wonder if", "the question of whether") in the same
 * sentence, and in the question's own clause. General English; nothing here knows a story.
 */
import { findAnyTerm } from './terms.ts';

const ASKED =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question(?:s|ed|ing)?(?:\s+of)?|unsure|unclear|uncertain)\s+(?:[\p{L}'-]+\s+){0,3}?(?:whether|if)\b/u;

/** Whether the first of the topic's words in the folded sentence comes inside an indirect question. */
export function topicOnlyAsked(folded: string, topic: readonly string[]): boolean {
  const at = findAnyTerm(folded, topic);
  if (!at) return false;
  const ask = ASKED.exec(folded);
  if (!ask || ask.index + ask[0].length > at[0]) return false;
  // Not past the question's own clause ("asked whether the orders mattered, and police chiefs said …").
  return !/,\s*(?:and|but|while|so|yet)\b|[;:]/.test(folded.slice(ask.index, at[0]));
}
