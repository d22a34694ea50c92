import { indexPacks } from '../src/engine/index.ts';
import { loadEmbeddedPack } from '../src/pack/embedded.ts';

/**
 * The source of the engine's own prefilter for the embedded pack: a page whose
 * folded text does not match it retells none of the pack's stories. Null when
 * the pack has a story without required cues (then every page is analysed).
 */
export function gatePattern(): string | null {
  return indexPacks([loadEmbeddedPack()]).prefilter?.source ?? null;
}
