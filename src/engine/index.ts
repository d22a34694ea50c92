/** The engine's only public entry: the CLI and the extension import nothing deeper. */
export { analyzeText } from './analyze.ts';
export { countVerdicts } from './verdict-counts.ts';
export { indexPacks, type PackIndex } from './pack-index.ts';
export { foldText } from './normalize.ts';
export { MONTH_NAMES, MONTH_NAMES_LOWER } from './month-names.ts';
export { isLinkList, shapeCounter, type ShapeCounter } from './page-shape.ts';
export { recognizeStory } from './recognize.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export type {
  Analysis,
  Finding,
  FindingKind,
  PageContext,
  Signal,
  SignalKind,
  StoryMatch,
  Verdict,
} from './types.ts';
