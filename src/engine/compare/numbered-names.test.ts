/** A name of the story's that ends in a number, cited with another number. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const story = raidPack().stories[0]!;
const record = buildStoryRecord(
  {
    ...story,
    entities: [
      ...story.entities!,
      {
        id: 'bylaw',
        kind: 'document',
        name: 'Port Alder Harbor Bylaw 12',
        aliases: ['Harbor Bylaw 12', 'HB 12'],
      },
    ],
  },
  westmark(),
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('compareSentence: numbered names', () => {
  it("another number under the story's name is wrong, and the explanation names both", () => {
    expect(compare('The raid was carried out under Harbor Bylaw 21.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'document', page: 'Harbor Bylaw 21', record: 'Port Alder Harbor Bylaw 12' },
      ],
    });
  });

  it('the right number, a quote, or a name of one word before a number is left alone', () => {
    expect(compare('The raid was carried out under Harbor Bylaw 12.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('\u201CHarbor Bylaw 21 allows it,\u201D a neighbour said of the raid.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('an abbreviation in capitals is a name of the document too, matched as written; a number may carry commas', () => {
    expect(compare('The raid was carried out under HB 21.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'document', page: 'HB 21' }],
    });
    expect(compare('The raid was carried out under Harbor Bylaw 1,212.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The raid was carried out under HB 12.')?.outcome).not.toBe('discrepant');
    expect(compare('In the raid, officers had to hb 21 times.')?.outcome).not.toBe('discrepant');
  });
});
