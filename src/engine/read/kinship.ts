/**
 * Words for how people are related (general English): kin, by marriage, and
 * the ties of neighbours and work. A pack's outcome may give the relations the
 * record states among the people it befell (`kin`: "father", "son"); the
 * comparer (compare-kin.ts) reads these words in a page.
 */
import { KIN_WORDS, type KinWord } from '../../pack/kin-words.ts';

export { type KinWord };

const SYNONYMS: Record<string, KinWord> = {
  dad: 'father',
  mom: 'mother',
  mum: 'mother',
  neighbour: 'neighbor',
  'co-worker': 'coworker',
  colleague: 'coworker',
};

const PLURALS: Record<string, string> = {
  'brothers-in-law': 'brother-in-law',
  'sisters-in-law': 'sister-in-law',
};

/** The kin word a written word is (plural or singular, a synonym read as its word), or null. */
export function kinWord(word: string): KinWord | null {
  const w = PLURALS[word] ?? word;
  const singular =
    (KIN_WORDS as readonly string[]).includes(w) || SYNONYMS[w]
      ? w
      : w.endsWith('s')
        ? w.slice(0, -1)
        : w;
  if (SYNONYMS[singular]) return SYNONYMS[singular]!;
  return (KIN_WORDS as readonly string[]).includes(singular) ? (singular as KinWord) : null;
}
