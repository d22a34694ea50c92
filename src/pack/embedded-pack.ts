import core from '../../packs/sourcelight-core.json' with { type: 'json' };
import type { ClaimPack } from './schema.ts';

/** The embedded pack's JSON exactly as it ships. */
export const EMBEDDED_PACK_DATA: unknown = core;

/**
 * The embedded pack as bundled, without validating it again: the build fails
 * unless it validates and validation leaves it unchanged (vite.config.ts), so
 * the content script does not make every page pay for checking it.
 */
export const EMBEDDED_PACK = core as unknown as ClaimPack;
