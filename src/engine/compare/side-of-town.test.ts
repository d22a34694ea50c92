/** Sides of town against the record (side-of-town.ts). Invented story (test-story.ts): the raid on Quay Street, on Port Alder's east side. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { unrecordedSides } from './side-of-town.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());

describe('a side of town in a clause nothing links', () => {
  it('is unconfirmed when no place of the story lies on it', () => {
    expect(unrecordedSides('Quay is on the west side of town,', record)).toEqual([
      expect.objectContaining({ side: 'west', text: 'west side' }),
    ]);
    expect(
      compareSentence(
        'Quay is on the west side of town, so fix the captions.',
        record,
        '2024-06-20',
      )?.outcome,
    ).toBe('unconfirmed');
  });
  it('is nothing when a place of the story lies on it, or when the clause names no side', () => {
    expect(unrecordedSides('Quay is on the east side of town,', record)).toEqual([]);
    expect(compareSentence('Quay is on the east side of town.', record, '2024-06-20')).toBeNull();
    expect(compareSentence('The harbour front is busy.', record, '2024-06-20')).toBeNull();
  });
});
