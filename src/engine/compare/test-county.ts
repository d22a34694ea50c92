/** The invented world with Alder County around Port Alder and a local agency kind, the sheriff's office (and, if asked, a state one, the state police), for tests. */
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld, type WorldIndex } from '../../world/world-index.ts';

export function countyWorld(stateKind = false): WorldIndex {
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
  // A state-level kind, for a body named by its kind alone ("the state police").
  if (stateKind)
    w.agencyKinds.push({
      id: 'state-police',
      name: 'state police',
      level: 'state',
      terms: ['state police'],
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
