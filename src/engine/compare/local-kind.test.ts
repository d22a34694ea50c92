/**
 * A local body the world does not list, of another kind than the recorded
 * agency (a county sheriff's office where the record has a police
 * department), is another body even when its county contains the scene.
 */
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { raidPack } from './test-story.ts';

function withCounty() {
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
  return buildStoryRecord(raidPack().stories[0]!, indexWorld(parsed.world));
}

describe('a local body of another kind', () => {
  const record = withCounty();
  const compare = (s: string) => compareSentence(s, record, '2024-06-20');

  it("a sheriff's office of the county around the scene is not the recorded police department", () => {
    expect(
      compare("The Alder County Sheriff's Office searched the building with dogs."),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'agency',
          page: "Alder County Sheriff's Office",
          record: 'Dunmore Police Department',
        },
      ],
    });
  });

  it('a police department of a place around the scene may be the same kind of body: undecided', () => {
    expect(
      compare('The Alder County Police Department searched the building with dogs.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("a local body of another kind in a person's title", () => {
  it("a spokesman the record has speaking for a police department is no sheriff's spokesman", () => {
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
    w.places.find((pl) => pl.id === 'port-alder')!.within = 'alder-county';
    const parsedWorld = parseWorld(w);
    if (!parsedWorld.ok) throw new Error(JSON.stringify(parsedWorld.problems));
    const p = JSON.parse(JSON.stringify(raidPack())) as {
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
    const record = buildStoryRecord(parsed.pack.stories[0]!, indexWorld(parsedWorld.world));
    expect(
      compareSentence(
        "Bo Lind, a spokesman for the Alder County Sheriff's Office, described the search.",
        record,
        '2024-06-20',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'agency',
          page: "Alder County Sheriff's Office",
          record: 'Dunmore Police Department',
        },
      ],
    });
    expect(
      compareSentence(
        'Bo Lind, a spokesman for the Alder County Police Department, described the search.',
        record,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
