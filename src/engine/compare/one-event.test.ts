/** Values of one clause must agree with one event, and a wished outcome links nothing (invented story, test-story.ts). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('splitAcrossEvents: values that agree each with another linked event', () => {
  it('a count of the raid and the day of the briefing: unconfirmed, not agreeing', () => {
    // Fifteen officers were at the raid (Tuesday); the briefing was on Wednesday.
    expect(
      compare('Fifteen officers took part in the raid and the briefing on Wednesday.'),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'weekday', page: 'Wednesday' }],
    });
  });

  it('values of one event still agree', () => {
    expect(
      compare('Fifteen officers took part in the raid and the briefing on Tuesday.')?.outcome,
    ).toBe('agrees');
  });
});

describe('an outcome wished or demanded', () => {
  it('links no event that excludes it, so another day is not compared with that event', () => {
    // "deported" is what the raid excludes; demanded, it says nothing of the raid.
    const result = compare('Protesters gathered on Thursday to demand that the men be deported.');
    expect(result?.outcome).not.toBe('discrepant');
    expect(result?.events ?? []).not.toContain('raid');
  });

  it('is no value to confirm', () => {
    expect(
      compare(
        'The men were detained in the raid on Tuesday, and protesters demanded that they be deported.',
      )?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'outcome' }));
  });
});
