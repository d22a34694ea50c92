/** The invented story with Bo Lind, spokesman for the Dunmore Police Department, speaking at the search, for tests. */
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import type { Story } from '../../pack/schema.ts';

export function spokesmanStory(): Story {
  const p = JSON.parse(JSON.stringify(pack)) as {
    stories: { entities: unknown[]; events: { id: string; participants?: unknown[] }[] }[];
  };
  p.stories[0]!.entities.push({
    id: 'bo-lind',
    kind: 'person',
    name: 'Bo Lind',
    role: 'spokesman for the Dunmore Police Department',
  });
  p.stories[0]!.events.find((e) => e.id === 'search')!.participants!.push({
    role: 'spoke',
    entities: ['bo-lind'],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack.stories[0]!;
}
