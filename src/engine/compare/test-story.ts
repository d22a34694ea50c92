/** The invented story of test/fixtures/packs/valid/quay-street-raid.json with its invented world, for tests. */
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld, type WorldIndex } from '../../world/world-index.ts';

export function raidPack(): ClaimPack {
  const parsed = parsePack(JSON.parse(JSON.stringify(pack)) as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

export function westmark(): WorldIndex {
  const parsed = parseWorld(JSON.parse(JSON.stringify(world)) as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}
