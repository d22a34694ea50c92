/**
 * The engine's main public entry. The engine has exactly two entries: this one,
 * and lite.ts (folding and page shape, for the content-script gates, which
 * must stay small). Code outside src/engine is to import nothing deeper.
 */
export { analyzeText } from './analyze.ts';
export { countVerdicts } from './verdict-counts.ts';
export { indexPacks, type PackIndex } from './pack-index.ts';
export { foldText } from './normalize.ts';
export { isLinkList, shapeCounter } from './page-shape.ts';
export { recognizeStory } from './recognize.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export type { Analysis, Finding, FindingKind, SignalKind, Verdict } from './types.ts';
