/**
 * The federal judicial district of a place a page puts a court in ("federal court in Kells"), from the world's places
 * (a place's own `federalDistrict`, else that of the place it is within). A court in a place of the record's court's
 * state that lies in another district of it is not the record's court: a court sits in its own district. Nothing here
 * knows a story.
 */
import type { Place } from '../../world/schema.ts';
import type { WorldIndex } from '../../world/world-index.ts';
import type { Mention } from '../read/types.ts';
import type { CourtRecord } from './compare-legal.ts';

/** How far up the places it is within a place's district is looked for. */
const MAX_UP = 6;

/** The district a place lies in, by its own record or a place it is within; undefined when none is recorded. */
function districtOf(world: WorldIndex, place: Place): string | undefined {
  let p: Place | undefined = place;
  for (let n = 0; p && n <= MAX_UP; n++) {
    if (p.federalDistrict) return p.federalDistrict;
    p = p.within ? world.place(p.within) : undefined;
  }
  return undefined;
}

/**
 * The district a place mention lies in ("the Northern District of New York") when every place of that name in the courts' state lies in one the world
 * records and none of the courts is of it; else null (a state, a place of no recorded district, a court with no district).
 */
export function otherDistrict(
  m: Mention,
  courts: readonly CourtRecord[],
  world: WorldIndex | undefined,
): string | null {
  if (!world || m.type !== 'place' || !courts.length) return null;
  const states = new Set<string>();
  for (const c of courts) {
    const st = c.state ? world.stateNamed(c.state) : undefined;
    if (!st || !c.district || c.level !== 'federal') return null;
    states.add(st.id);
  }
  const places = world.placesNamed(m.value.name).filter((p) => states.has(p.state));
  if (!places.length) return null;
  const districts = places.map((p) => districtOf(world, p));
  if (districts.some((d) => d === undefined || courts.some((c) => c.district === d))) return null;
  const district = districts[0] as string;
  const state = world.state(places[0]!.state)?.name ?? '';
  return `the ${district.charAt(0).toUpperCase()}${district.slice(1)} District of ${state}`;
}
