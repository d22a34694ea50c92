/**
 * A habit told of no one occasion ("Buffalo officers answer backup calls all the time") is no account of the
 * record's event: its place, agency, day or count is not compared as the event's. The invented raid story: the
 * Harbor Unit raided the Quay Street warehouse in Port Alder on Tuesday 11 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a habit', () => {
  it('is not wrong for a place, an agency or a day the event did not have', () => {
    for (const s of [
      'Dunmore police raid warehouses all the time.',
      'In Kells, the Harbor Unit routinely raids warehouses on Fridays.',
      'Officers in Dunmore regularly raid warehouses like the one on Quay Street.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });

  it('the same values told of one occasion still are', () => {
    expect(compare('The Harbor Unit raided the Quay Street warehouse on June 14.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The Harbor Unit raided the Quay Street warehouse on Friday.')?.outcome).toBe(
      'discrepant',
    );
  });
});
