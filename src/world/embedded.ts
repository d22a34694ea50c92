import { WORLD_DATA } from './bundled-world.ts';
import { formatWorldProblem, parseWorld } from './parse-world.ts';
import type { World } from './schema.ts';
import { indexWorld, type WorldIndex } from './world-index.ts';

/** The world file, validated. Throws with every problem when it is invalid (a test and the build check it never is). */
export function loadWorld(): World {
  const result = parseWorld(WORLD_DATA);
  if (!result.ok)
    throw new Error(
      `data/world.json is invalid:\n${result.problems.map(formatWorldProblem).join('\n')}`,
    );
  return result.world;
}

let index: WorldIndex | undefined;

/** The index over the validated world file, built once. */
export function worldIndex(): WorldIndex {
  index ??= indexWorld(loadWorld());
  return index;
}
