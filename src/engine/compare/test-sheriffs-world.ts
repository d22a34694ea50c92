/** The invented world with sheriff's offices as a kind of local body, for tests. */
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld, type WorldIndex } from '../../world/world-index.ts';

type WorldJson = { agencies: { id: string; aliases?: string[] }[]; agencyKinds: unknown[] };

/** The invented world with a kind of local body, "sheriff's office", as `edit` changes it further. */
export function sheriffsWorld(edit: (w: WorldJson) => void = () => {}): WorldIndex {
  const w = JSON.parse(JSON.stringify(world)) as WorldJson;
  edit(w);
  w.agencyKinds.push({
    id: 'sheriffs-office',
    name: "sheriff's office",
    level: 'local',
    terms: ["sheriff's office"],
  });
  const parsed = parseWorld(w);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}
