/**
 * The engine's main public entry. The engine has exactly three: this one;
 * lite.ts (folding, page shape and verdict counts, for the content-script
 * gates and the popup, which must stay small); and drafting.ts (the reader and
 * the story record, for the pack drafter). Code outside src/engine imports
 * nothing deeper (npm run arch checks it).
 */
export { analyzeText } from './analyze.ts';
export { countVerdicts } from './verdict-counts.ts';
export { indexPacks, type PackIndex } from './pack-index.ts';
export { foldText } from './normalize.ts';
export { isLinkList } from './page-shape.ts';
export { recognizeStory } from './recognize.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export type { Analysis, Finding, FindingKind, SignalKind, Verdict } from './types.ts';
