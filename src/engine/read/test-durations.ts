/** The durations read in a sentence (with no gazetteer): each one's text and value, for tests. */
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);

export const durations = (s: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'duration')
    .map((m) => ({ text: m.text, ...m.value }));
