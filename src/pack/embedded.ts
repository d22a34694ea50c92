import core from '../../packs/sourcelight-core.json' with { type: 'json' };
import { parsePack } from './parse-pack.ts';
import type { ClaimPack } from './schema.ts';

/**
 * The pack that ships inside the extension and the CLI. It is validated like
 * any other pack; a build with an invalid embedded pack fails its unit tests.
 */
export function loadEmbeddedPack(): ClaimPack {
  const result = parsePack(core);
  if (!result.ok) throw new Error(`embedded pack is invalid:\n${result.errors.join('\n')}`);
  return result.pack;
}
