/**
 * An event named only as what the clause responds to ("in response to the
 * raid") is the point the clause's own event follows, not that event: the
 * clause is linked by its other values (invented story: the raid on Tuesday
 * 11 June 2024, Mayor Ida Marsh's briefing on Wednesday 12 June).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('"in response to <event>" names what the clause answers', () => {
  it('the day is compared with the answering event, not the one answered', () => {
    expect(compare('Mayor Ida Marsh spoke on Tuesday in response to the raid.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Tuesday' }],
      events: ['briefing'],
    });
    expect(
      compare('Mayor Ida Marsh spoke on Tuesday in direct response to the raid.')?.outcome,
    ).toBe('discrepant');
  });
  it("agrees on the answering event's day", () => {
    expect(compare('Mayor Ida Marsh spoke on Wednesday in response to the raid.')?.outcome).toBe(
      'agrees',
    );
  });
});
