import { isDeepStrictEqual } from 'node:util';
import { EMBEDDED_PACK_DATA } from '../src/pack/embedded-pack.ts';
import { formatProblem, parsePack } from '../src/pack/parse-pack.ts';
import { WORLD_DATA } from '../src/world/bundled-world.ts';
import { formatWorldProblem, parseWorld } from '../src/world/parse-world.ts';

/**
 * Fails the build unless the embedded pack validates and validation changes
 * nothing in it (no string needing a trim), since the content script uses the
 * bundled JSON as it is.
 */
export function validateEmbeddedPack(): void {
  const result = parsePack(EMBEDDED_PACK_DATA);
  if (!result.ok)
    throw new Error(
      `packs/sourcelight-core.json is invalid:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  if (!isDeepStrictEqual(result.pack, EMBEDDED_PACK_DATA)) {
    throw new Error(
      'packs/sourcelight-core.json changes when validated (untrimmed text?); fix the data',
    );
  }
}

/** The same for data/world.json, which the content script also uses as bundled. */
export function validateEmbeddedWorld(): void {
  const result = parseWorld(WORLD_DATA);
  if (!result.ok)
    throw new Error(
      `data/world.json is invalid:\n${result.problems.map(formatWorldProblem).join('\n')}`,
    );
  if (!isDeepStrictEqual(result.world, WORLD_DATA))
    throw new Error('data/world.json changes when validated (untrimmed text?); fix the data');
}
