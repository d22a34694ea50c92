/**
 * A date followed by an apposition that puts another event on the same day (same-day-apposition.ts), on the invented
 * story: the warehouse was raided on 11 June 2024, the mayor's briefing was on 12 June.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (s: string) => compareSentence(s, record, '2024-06-20');

describe('a date with another event put on the same day', () => {
  it('is the main event\u2019s date, not confirmed by the other\u2019s day', () => {
    expect(
      compare(
        'Officers raided the warehouse on June 12, the same day Mayor Ida Marsh held her briefing.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date', page: 'June 12' }] });
  });
  it('is not confirmed when the other event was on another day', () => {
    expect(
      compare(
        'Mayor Ida Marsh held her briefing on June 12, the same day officers raided the warehouse.',
      )?.outcome,
    ).toBe('unconfirmed');
  });
  it('leaves an offset alone ("the day after")', () => {
    expect(
      compare(
        'Mayor Ida Marsh held her briefing on June 12, the day after officers raided the warehouse.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
