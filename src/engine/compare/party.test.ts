/** A person's party against the world file (the invented world: Ida Marsh is a Democrat; Ned Cole has no recorded party). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('compareSentence: party', () => {
  it.each([
    ['Ida Marsh, a Republican, spoke about the raid.', 'Republican'],
    ['Republican Mayor Ida Marsh spoke about the raid.', 'Republican'],
    ['Mayor Ida Marsh (R) spoke about the raid.', 'R'],
    ["Ida Marsh, the council's Republican leader, spoke about the raid.", 'Republican'],
    ['Ida Marsh, who leads the Republicans on the council, spoke about the raid.', 'Republican'],
    [
      'Ida Marsh, leader of the Republicans in the state senate, spoke about the raid.',
      'Republican',
    ],
  ])('%s is wrong', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'party', page, record: 'Democrat' }],
    });
    expect(compare(sentence)?.explanation).toBe('Ida Marsh is a Democrat, not a Republican.');
  });

  it('the recorded party, or a person without one, is left alone', () => {
    expect(compare('Democratic Mayor Ida Marsh spoke about the raid.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('Ida Marsh, who leads the Democrats on the council, spoke about the raid.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Ida Marsh, who leads the fight against the Republicans, spoke about the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Ned Cole, a Republican, spoke about the raid.')?.outcome).not.toBe(
      'discrepant',
    );
    // Another's party, in a clause about her ("a Republican who disagrees with X").
    expect(
      compare('Ned Cole, a Republican who disagrees with Ida Marsh, spoke about the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
    // A party word that is not the person's: "the Republican plan", said by her.
    expect(compare('Ida Marsh criticised the Republican plan after the raid.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe("compareSentence: a party the pack records for one of the story's people", () => {
  const story = raidPack().stories[0]!;
  const withParty = buildStoryRecord(
    {
      ...story,
      entities: story.entities!.map((e) =>
        e.id === 'ida-marsh' ? { ...e, party: 'republican' as const } : e,
      ),
    },
    westmark(),
  );

  it("wins over the world file's", () => {
    expect(
      compareSentence('Ida Marsh, a Democrat, spoke about the raid.', withParty, '2024-06-20'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'party', record: 'Republican' }],
    });
    expect(
      compareSentence('Ida Marsh, a Republican, spoke about the raid.', withParty, '2024-06-20')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
