import file from '../../data/world.json' with { type: 'json' };
import outlets from '../../data/outlets.json' with { type: 'json' };
import places from '../../data/places.json' with { type: 'json' };
import type { World } from './schema.ts';
import { indexWorld, type WorldIndex } from './world-index.ts';

/** data/world.json as it ships, without the outlets of data/outlets.json (its size is capped: embedded.test.ts). */
export const WORLD_FILE: unknown = file;

/** The world as it ships: data/world.json with the well-known news outlets of data/outlets.json added to its outlets, and the places of data/places.json to its places. */
const data = {
  ...file,
  places: [...file.places, ...places.places],
  outlets: [...file.outlets, ...outlets.outlets],
};
export const WORLD_DATA: unknown = data;

/**
 * The world file as bundled, without validating it again: the build fails
 * unless it validates and validation leaves it unchanged (vite.config.ts), so
 * the content script does not make a page pay for checking it.
 */
export const EMBEDDED_WORLD = data as unknown as World;

let bundled: WorldIndex | undefined;

/** The index over the bundled world file, built once (the content script's). */
export function bundledWorldIndex(): WorldIndex {
  bundled ??= indexWorld(EMBEDDED_WORLD);
  return bundled;
}
