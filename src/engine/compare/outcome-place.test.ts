/** Where an outcome left the people it befell (invented story: the two men detained in the raid are held in Kells). */
import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../pack/schema.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Story = ClaimPack['stories'][number];
function heldIn(): Story {
  const story = structuredClone(raidPack().stories[0]!);
  story.entities = [
    ...(story.entities ?? []),
    { id: 'kells', kind: 'place', name: 'Kells', world: 'kells' },
  ];
  story.events = story.events!.map((e) =>
    e.id === 'raid'
      ? {
          ...e,
          outcomes: e.outcomes!.map((o) =>
            o.kind === 'detained' ? { ...o, places: ['kells'] } : o,
          ),
        }
      : e,
  );
  return story;
}
const held = buildStoryRecord(heldIn(), westmark());
const plain = buildStoryRecord(raidPack().stories[0]!, westmark());

describe("an outcome's place", () => {
  it('is wrong when the page puts the detained somewhere the record does not', () => {
    expect(
      compareSentence(
        'Two men were detained in the raid and held at the detention facility in Dunmore.',
        held,
        '2024-06-20',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Dunmore', record: 'Kells' }],
    });
  });
  it('agrees at the recorded place, and says nothing when the record gives no place for the outcome', () => {
    expect(
      compareSentence(
        'Two men were detained in the raid and held at the detention facility in Kells.',
        held,
        '2024-06-20',
      )?.outcome,
    ).toBe('agrees');
    expect(
      compareSentence(
        'Two men were detained in the raid and held at the detention facility in Dunmore.',
        plain,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
    // A facility's town with no outcome in the clause is not the outcome's place.
    expect(
      compareSentence(
        'Harbor Unit officers raided the warehouse, near the courthouse in Dunmore.',
        held,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("an outcome's place is not where the people come from", () => {
  it('says nothing of "born in X" or "a native of X" next to the outcome', () => {
    expect(
      compareSentence(
        'A man detained in the raid, a native of Dunmore, was questioned.',
        held,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence(
        'Two men, both born in Dunmore, were detained in the raid.',
        held,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
