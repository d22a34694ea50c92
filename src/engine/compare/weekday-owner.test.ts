/**
 * A weekday that owns something ("Thursday's Open Line", "Friday's editorial") dates what it owns, not the event the
 * clause is linked to; "Friday's raid" still dates the raid. The invented raid story: the Harbor Unit raided the Quay
 * Street warehouse in Port Alder on Tuesday 11 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a weekday with a possessive', () => {
  it('dates what it owns, not the linked event', () => {
    for (const s of [
      "Friday's editorial praised the raid on the Quay Street warehouse.",
      "Thursday's call-in show took up the Quay Street raid and the officers who took part.",
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
  });

  it("still dates the event when it owns the event's own word", () => {
    expect(compare("Friday's raid on the Quay Street warehouse was lawful.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'weekday' })]),
    });
  });
});
