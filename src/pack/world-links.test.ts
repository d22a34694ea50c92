/** The shipped pack's typed entities point at things the world file records, of the same kind. */
import { describe, expect, it } from 'vitest';
import { loadWorld } from '../world/embedded.ts';
import { loadEmbeddedPack } from './embedded.ts';

describe('world links of the embedded pack', () => {
  const world = loadWorld();
  const ids: Record<string, Set<string>> = {
    person: new Set(world.people.map((p) => p.id)),
    place: new Set([...world.places, ...world.states].map((p) => p.id)),
    agency: new Set(world.agencies.map((a) => a.id)),
    outlet: new Set(world.outlets.map((o) => o.id)),
  };
  const offices = new Map(world.offices.map((o) => [o.id, o]));
  const entities = loadEmbeddedPack().stories.flatMap((s) => s.entities ?? []);

  it('has typed entities at all', () => {
    expect(entities.filter((e) => e.world).length).toBeGreaterThan(10);
  });

  it.each(entities.filter((e) => e.world).map((e) => [e.id, e] as const))(
    '%s names a world entry of its kind',
    (_, entity) => {
      expect(ids[entity.kind]?.has(entity.world as string)).toBe(true);
    },
  );

  it('names offices the world file records, held by the same person', () => {
    for (const entity of entities) {
      for (const role of entity.roles ?? []) {
        if (!role.office) continue;
        const office = offices.get(role.office);
        expect(office, `${entity.id}: ${role.office}`).toBeDefined();
        if (entity.world)
          expect(
            office?.holders.some((h) => h.person === entity.world),
            `${entity.id} holds ${role.office}`,
          ).toBe(true);
      }
    }
  });

  // A story's person the world file records by the same full name, unlinked, counts as two people of one surname:
  // the surname alone ("Ortt said …") would then name no one (person-names.ts sharedSurnames).
  it('links each person the world file records under the same full name', () => {
    const byName = new Map(world.people.map((p) => [p.name.toLowerCase(), p.id]));
    for (const entity of entities) {
      if (entity.kind !== 'person') continue;
      const known = byName.get(entity.name.toLowerCase());
      if (known) expect(entity.world, `${entity.id} is the world's ${known}`).toBe(known);
    }
  });
});
