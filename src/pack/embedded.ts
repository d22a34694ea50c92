import core from '../../packs/sourcelight-core.json' with { type: 'json' };
import { formatProblem, parsePack } from './parse-pack.ts';
import type { ClaimPack } from './schema.ts';

/** The embedded pack's JSON exactly as it ships. */
export const EMBEDDED_PACK_DATA: unknown = core;

/**
 * The embedded pack, validated: for the CLI, the options page and tests.
 * Throws with every problem when the pack is invalid.
 */
export function loadEmbeddedPack(): ClaimPack {
  const result = parsePack(core);
  if (!result.ok)
    throw new Error(`embedded pack is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.pack;
}

/**
 * The embedded pack as bundled, without validating it again: the build fails
 * unless it validates and validation leaves it unchanged (vite.config.ts), so
 * the content script does not make every page pay for checking it.
 */
export const EMBEDDED_PACK = core as unknown as ClaimPack;
