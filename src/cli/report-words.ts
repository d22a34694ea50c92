/** The words the readable report uses for the engine's finding and signal kinds (the JSON report keeps the ids). */
import type { FindingKind, SignalKind } from '../engine/index.ts';

export const KIND_WORDS: Record<FindingKind, string> = {
  agency: 'which agency',
  number: 'number',
  date: 'date',
  place: 'place',
  person: 'person',
  quote: 'quote',
  'misattributed-quote': 'quote given to the wrong person',
  attribution: 'who reported it',
  'time-context': 'time context',
  contradicted: 'contradicted by the record',
  statement: 'statement of fact',
  'unverified-claim': 'unverified claim',
};

export const SIGNAL_WORDS: Record<SignalKind, string> = {
  spam: 'Spam in the article',
  'generated-text': 'Leftover of machine-written text',
  'duplicated-story': 'The story told twice',
  artifact: 'Pasted leftover',
  'no-original-link': 'No link to the original',
  'undated-old-story': 'An old story with no date',
  'misspelled-name': 'Misspelled name',
};

/** The word for a kind; an id the table does not know yet is shown with its hyphens as spaces. */
export const wordFor = (table: Record<string, string>, kind: string): string =>
  table[kind] ?? kind.replace(/-/g, ' ');
