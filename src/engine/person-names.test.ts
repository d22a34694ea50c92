/** Names generated for a story's people: the surname alone when no one else has it, and title forms from the role. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { testPack } from '../pack/test-pack.ts';
import { testWorld } from '../world/test-world.ts';
import { indexWorld } from '../world/world-index.ts';
import { indexPacks } from './pack-index.ts';
import { generatedNames, sharedSurnames, surnameOf } from './person-names.ts';

const LEE: Entity = { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Eastport' };
const PARK: Entity = {
  id: 'bo-park',
  kind: 'person',
  name: 'Bo Park Jr.',
  roles: [{ title: 'police chief' }],
};

describe('generatedNames', () => {
  it('gives the surname and the title forms the role names', () => {
    const shared = sharedSurnames([LEE, PARK]);
    expect(generatedNames(LEE, shared)).toEqual(
      expect.arrayContaining(['lee', 'mayor lee', 'mayor ann lee']),
    );
    expect(surnameOf(PARK.name)).toBe('park');
    expect(generatedNames(PARK, shared)).toEqual(
      expect.arrayContaining(['park', 'chief park', 'police chief park']),
    );
  });

  it('gives no surname alone that another person of the story or of the world file has', () => {
    const cy: Entity = { id: 'cy-park', kind: 'person', name: 'Cy Park' };
    expect(generatedNames(PARK, sharedSurnames([LEE, PARK, cy]))).not.toContain('park');
    expect(
      generatedNames(LEE, sharedSurnames([LEE, PARK], [{ id: 'tom-lee', name: 'Tom Lee' }])),
    ).not.toContain('lee');
    // The story's person tied to the world file's is one person, not two.
    expect(
      generatedNames(
        { ...LEE, world: 'ann-lee' },
        sharedSurnames([{ ...LEE, world: 'ann-lee' }], [{ id: 'ann-lee', name: 'Ann Lee' }]),
      ),
    ).toContain('lee');
  });

  it("takes no title from an agency's name in the role", () => {
    const scroggin: Entity = {
      id: 'jo-roe',
      kind: 'person',
      name: 'Jo Roe',
      role: "Captain and spokesman, Eastport County Sheriff's Department",
    };
    expect(generatedNames(scroggin, new Set())).toContain('captain roe');
    expect(generatedNames(scroggin, new Set())).not.toContain('sheriff roe');
  });

  it('gives nothing for a body, or for a single-word name', () => {
    expect(
      generatedNames(
        { id: 'guild', kind: 'organization', name: 'Eastport Police Guild' },
        new Set(),
      ),
    ).toEqual([]);
    expect(generatedNames({ id: 'cher', kind: 'person', name: 'Cher' }, new Set())).toEqual([]);
  });
});

describe("the typed reader's gazetteer", () => {
  it('knows a person of the story by the surname alone, generated, not listed in the pack; not one two people share', () => {
    const entities = [
      { id: 'mara-quill', kind: 'person', name: 'Mara Quill', role: 'Harbour fire chief' },
      { id: 'bo-park', kind: 'person', name: 'Bo Park' },
      { id: 'cy-park', kind: 'person', name: 'Cy Park' },
    ];
    const record = buildStoryRecord(testPack({ entities }).stories[0]!, undefined);
    expect(record.gazetteer.lookup('Quill').map((e) => e.id)).toEqual(['p:mara-quill']);
    expect(record.gazetteer.lookup('Park')).toEqual([]);
  });
});

describe("the story's term lists", () => {
  const entities = [
    { id: 'mara-quill', kind: 'person', name: 'Mara Quill', role: 'Harbour fire chief' },
  ];
  const terms = (world?: ReturnType<typeof indexWorld>) =>
    indexPacks([testPack({ entities })], world ? { world } : {}).stories[0]!.checks().people[0]!
      .terms;

  it('hold the generated surname and title forms, unless the world file has another person of that surname', () => {
    expect(terms()).toEqual(expect.arrayContaining(['mara quill', 'quill', 'chief quill']));
    const world = testWorld();
    world.people.push({ id: 'tom-quill', name: 'Tom Quill' });
    expect(terms(indexWorld(world))).not.toContain('quill');
    expect(terms(indexWorld(world))).toContain('chief quill');
  });
});
