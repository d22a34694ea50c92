/**
 * A timeline entry's head with a hedged clock time beside its day gives the entry both: the invented raid story
 * (the Harbor Unit raided the Quay Street warehouse at 6 a.m. on Tuesday 11 June 2024).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a timeline head with a hedged time', () => {
  it.each([
    [
      'June 14, 2024, about 6 a.m.: Harbor Unit officers raid the warehouse on Quay Street.',
      'date',
    ],
    [
      'June 11, 2024, about 9 a.m.: Harbor Unit officers raid the warehouse on Quay Street.',
      'time',
    ],
    [
      'Tuesday, June 11, shortly after 11 a.m. — Harbor Unit officers raid the Quay Street warehouse.',
      'time',
    ],
  ])('%s', (s, slot) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        expect.objectContaining({ slot: slot === 'time' ? expect.stringMatching(/time/) : 'date' }),
      ]),
    });
  });

  it.each([
    'June 11, 2024, about 6 a.m.: Harbor Unit officers raid the warehouse on Quay Street.',
    'Tuesday, June 11, shortly before 6 a.m. — Harbor Unit officers raid the Quay Street warehouse.',
    // A bare time beside the date may be when a live blog posted the entry.
    'June 11, 2024, 9:40 p.m. — Harbor Unit officers raided the warehouse on Quay Street.',
  ])('not wrong: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});
