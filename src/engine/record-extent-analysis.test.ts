/**
 * The record's commitments and extents on a whole page of the invented story
 * (compare/test-story.ts): a commitment of another kind than the holder's
 * recorded ones is an unverified finding of its own (never consistent, never
 * silent), and a person the record says was not there is a discrepancy.
 */
import { describe, expect, it } from 'vitest';
import { raidPack, westmark } from './compare/test-story.ts';
import { indexPacks } from './index.ts';
import { raidPageFinding } from './test-raid-page.ts';

const index = indexPacks([raidPack()], { world: westmark() });
const analyse = (sentence: string) => raidPageFinding(index, sentence, { today: '2024-06-20' });

describe('commitments and extents in a page', () => {
  it("a broader commitment than the record's is unverified, with the record's words", () => {
    expect(
      analyse("Dunmore police won't cooperate with federal agencies on anything at all."),
    ).toMatchObject({
      verdict: 'unverified',
      comparison: [
        {
          slot: 'stance',
          page: "won't cooperate with federal agencies",
          record:
            'have never taken part in immigration enforcement and will not (Wednesday 12 June 2024)',
        },
      ],
    });
  });

  it('a vote the record contradicts is a discrepancy of number', () => {
    expect(analyse('The council approved the funding on a narrow 4-3 vote.')).toMatchObject({
      verdict: 'discrepant',
      kind: 'number',
      comparison: [{ slot: 'vote' }],
    });
  });

  it('a person the record says was not there is discrepant', () => {
    expect(analyse('Mayor Ida Marsh attended the raid on the warehouse.')).toMatchObject({
      verdict: 'discrepant',
      comparison: [{ slot: 'person' }],
    });
  });
});
