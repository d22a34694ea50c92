/**
 * A verb of an order or invitation opening the sentence ("Stop by …", "Search our archive …") names no event of the
 * record (compare-sentence.ts, blankImperative), on the invented story (the warehouse was searched on 11 June 2024).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (s: string) => compareSentence(s, record, '2024-06-20');

describe('an imperative opening the sentence', () => {
  it('names no event', () => {
    expect(compare('Search our archive from June 3 for more coverage.')?.outcome).not.toBe(
      'discrepant',
    );
  });
  it('the same word as the event told is still the event', () => {
    expect(compare('Searched on June 3, the warehouse held nothing.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date' }],
    });
  });
});
