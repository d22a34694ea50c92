/**
 * A count of part of a group under an outcome (compare-values.ts count, overWhole, overPeople), on the invented story
 * with a head count added to the raid: about a dozen employees were in the warehouse, two people were detained. "Two
 * employees were detained" is not the size of the whole group; it may be true. A count above the whole group, or above
 * the people the outcome befell, is wrong. And a count that fits another event's count, in a clause linked only by what it
 * counts (embedded Rochester record: about eight in the van, about a hundred at the protest), may be about that event.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { events: { id: string; quantities?: unknown[] }[] }[];
  };
  const raid = p.stories[0]!.events.find((e) => e.id === 'raid')!;
  raid.quantities = [
    ...(raid.quantities ?? []),
    {
      nouns: ['people', 'employees', 'occupants'],
      min: 11,
      max: 13,
      note: 'about a dozen people inside',
    },
  ];
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const rec = record();
const outcome = (s: string) => compareSentence(s, rec, '2024-06-20')?.outcome;

describe('a count of part of a group that an outcome befell', () => {
  it('is not read as the size of the whole group', () => {
    expect(outcome('Two employees were detained in the warehouse raid.')).not.toBe('discrepant');
    expect(outcome('Two of the occupants were detained during the raid.')).not.toBe('discrepant');
  });

  it('is wrong above the people the outcome befell', () => {
    const r = compareSentence(
      'Five employees were detained in the warehouse raid.',
      rec,
      '2024-06-20',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('2 people detained');
  });

  it('is wrong above the whole group the event counts', () => {
    const r = compareSentence(
      'Twenty occupants were detained in the warehouse raid.',
      rec,
      '2024-06-20',
    );
    expect(r?.outcome).toBe('discrepant');
  });

  it('still checks the outcome count on its own nouns', () => {
    expect(outcome('Two men were detained in the warehouse raid.')).toBe('agrees');
    expect(outcome('Six men were detained in the warehouse raid.')).toBe('discrepant');
  });
});

describe('a count in a clause linked only by what it counts', () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
    worldIndex(),
  );
  it('may be about another event that counts as many (the protest’s hundred, not the van’s eight)', () => {
    expect(
      compareSentence(
        'About a hundred people stood outside City Hall asking that the officers be fired.',
        rochester,
        '2025-04-06',
      )?.outcome,
    ).not.toBe('discrepant');
  });
  it('is still wrong against the event its words name', () => {
    expect(
      compareSentence('About a hundred people were inside the van.', rochester, '2025-04-06')
        ?.outcome,
    ).toBe('discrepant');
  });
});
