import { foldText } from './normalize.ts';
import { splitSentences } from './sentences.ts';

/**
 * Keys already made: the quote matchers key each recorded quote once per page sentence they try, so the same few
 * texts are keyed over and over. Bounded; cleared when full.
 */
const keys = new Map<string, string>();
const KEYS_MAX = 4000;

/** Text reduced to its words (folded, punctuation dropped), for comparing quoted wording. */
export function quoteKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = foldText(text)
      .replace(/[^\p{L}\p{N}']+/gu, ' ')
      .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (keys.size >= KEYS_MAX) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** How many pieces `key.split(' ')` makes, counted without making them. */
function splitCount(key: string): number {
  let n = 1;
  for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) n++;
  return n;
}

/** The sentences of a quote with their keys; pieces of fewer than three words are too common to match on. */
export function quotePieces(text: string): { key: string; words: number }[] {
  const out: { key: string; words: number }[] = [];
  for (const s of splitSentences(text)) {
    const key = quoteKey(s.text);
    const words = splitCount(key);
    if (words >= 3) out.push({ key, words });
  }
  return out;
}

/** True when `sentenceKey` contains `pieceKey` as whole words. */
export function containsKey(sentenceKey: string, pieceKey: string): boolean {
  return ` ${sentenceKey} `.includes(` ${pieceKey} `);
}
