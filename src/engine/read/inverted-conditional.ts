/**
 * A condition told by inversion at the sentence's start, with no "if": "Had the officers been fired, they would …",
 * "Were the city to lose, it could …", "Should the judge rule, …". The first clause is a condition only when a
 * comma closes it and a modal (would, could, might …) follows in the sentence; a question ("Had they been fired?")
 * is a question. General English; nothing here knows a story.
 */
import { lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Auxiliaries that open an inverted condition. */
const INVERTED = new Set(['had', 'were', 'should']);

export function invertedConditional(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const second = tokens[1];
  if (!first?.word || !INVERTED.has(first.lower) || !second?.word) return false;
  if (tokens[tokens.length - 1]?.text === '?') return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  return (
    comma > 1 &&
    tokens.slice(comma + 1).some((t) => t.word && lexicon.conditionalWords.has(t.lower))
  );
}
