/**
 * The engine's entry for drafting packs (src/cli/pack-draft): the typed reader, its general English
 * (lexicon.json), the story record the comparer builds, the sentence comparer and a few of its readings
 * (a seat phrase, a firm's name, quoted stretches), so a draft is read and checked by the same code that checks
 * pages. Pages are analysed through index.ts.
 */
import lexicon from './read/lexicon.json' with { type: 'json' };

export { lexicon };
export {
  buildGazetteer,
  readSentence,
  type Clause,
  type Gazetteer,
  type Mention,
  type ValueOf,
} from './read/index.ts';
export { buildStoryRecord } from './compare/story-record.ts';
export { compareSentence } from './compare/compare-sentence.ts';
export { inSeatPhrase, namesTheFirm } from './compare/seat.ts';
export { quotedStretches } from './quoted-stretches.ts';
