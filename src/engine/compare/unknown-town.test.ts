/**
 * A town the world file does not know, written "Town, State", where the record places the event in
 * another town of that state (unknown-town.ts). The invented story (test-story.ts): the raid on Quay
 * Street, on Port Alder's east side, in North March.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe("compareSentence: a town the world does not know, in the state of the record's town", () => {
  it('calls the event placed in another town of the same state wrong', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse in Millbrook, North March, on June 11.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Millbrook', record: 'Port Alder' }],
    });
  });

  it.each([
    // Another spelling of the recorded town, sharing a word of its name.
    'Harbor Unit officers raided the warehouse in Pt. Alder, North March, on June 11.',
    // No state after the name: it may be a neighbourhood or a building.
    'Harbor Unit officers raided the warehouse in Millbrook on June 11.',
  ])('says nothing wrong of %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
