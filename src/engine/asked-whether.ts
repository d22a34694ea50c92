/**
 * A topic told only inside an indirect question ("many of our members are asking whether their local police department
 * will start acting as …"): the sentence asks about it, it does not say what it did or when. Read on folded text; the
 * topic's first mention must come after "asking whether" (or "wonder if", "the question of whether") in the same
 * sentence, and in the question's own clause. General English; nothing here knows a story.
 */
import { findAnyTerm } from './terms.ts';

const ASKED =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question(?:s|ed|ing)?(?:\s+of)?|unsure|unclear|uncertain)\s+(?:[\p{L}'-]+\s+){0,3}?(?:whether|if)\b/u;

/**
 * Whether the first of the topic's words in the folded sentence comes inside an indirect question, and the value at
 * `at` (the words the fact's detail matched) with it: no comma between the question's start and the topic ("Asked
 * whether …, the chief said" has its main clause after the comma), and no relative clause set off before the value
 * ("whether police chiefs, who spoke out against the orders, will …" states what they did).
 */
export function topicOnlyAsked(
  folded: string,
  topic: readonly string[],
  at: readonly [number, number],
): boolean {
  const found = findAnyTerm(folded, topic);
  if (!found) return false;
  const ask = ASKED.exec(folded);
  if (!ask || ask.index + ask[0].length > found[0]) return false;
  // "Asked whether the officers broke policy under …, the mayor said they had": the question frames the reply that answers it.
  if (/^\W*$/.test(folded.slice(0, ask.index))) return false;
  if (/[,;:]/.test(folded.slice(ask.index, found[0]))) return false;
  return (
    at[0] < ask.index || !/,\s*(?:who|which|whose|that)\b/.test(folded.slice(ask.index, at[0]))
  );
}
