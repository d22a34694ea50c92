/** The typed reader: see docs/typed-reading.md. */
export { readSentence } from './read-sentence.ts';
export { buildGazetteer, type Gazetteer } from './gazetteer.ts';
export type * from './types.ts';
