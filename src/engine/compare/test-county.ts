/** The invented world with Alder County around Port Alder and a local agency kind, the sheriff's office, for tests. */
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld, type WorldIndex } from '../../world/world-index.ts';

export function countyWorld(): WorldIndex {
  const w = JSON.parse(JSON.stringify(world)) as {
    agencyKinds: unknown[];
    places: { id: string; within?: string }[];
  };
  w.agencyKinds.push({
    id: 'sheriffs-office',
    name: "sheriff's office",
    level: 'local',
    terms: ["sheriff's office"],
  });
  w.places.push({
    id: 'alder-county',
    name: 'Alder County',
    kind: 'county',
    state: 'north-march',
  } as { id: string });
  w.places.find((p) => p.id === 'port-alder')!.within = 'alder-county';
  const parsed = parseWorld(w);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}
