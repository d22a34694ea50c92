import { EMBEDDED_PACK_DATA } from './embedded-pack.ts';
import { formatProblem, parsePack } from './parse-pack.ts';
import type { ClaimPack } from './schema.ts';

/**
 * The embedded pack, validated: for the CLI, the options page and tests.
 * Throws with every problem when the pack is invalid.
 */
export function loadEmbeddedPack(): ClaimPack {
  const result = parsePack(EMBEDDED_PACK_DATA);
  if (!result.ok)
    throw new Error(`embedded pack is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.pack;
}
