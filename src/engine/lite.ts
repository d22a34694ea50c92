/**
 * The engine's light public entry: the few pure helpers the
 * content-script gates need before the engine is loaded (they run on every
 * page, so they must stay small): folding text as the engine folds it, and the
 * page-shape counter of the text walker they share with the engine; the
 * verdict counts the popup and the badge show; and the kinds of signal, which
 * the stored page report and the label files check. Nothing here loads packs,
 * lexicons or the world; index.ts is the entry for the rest.
 */
export { foldWithoutMemo } from './normalize.ts';
export { shapeCounter } from './page-shape.ts';
export { SIGNAL_KINDS } from './signal-kinds.ts';
export { countVerdicts } from './verdict-counts.ts';
