/** A day an event had happened by ("back on patrol by March 31"), and counts of a set pointed at ("eight of those officers"). Invented story: the raid of 11 June 2024, two detained. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a day the event had happened by', () => {
  it('agrees on or after the day the event began, in the record\u2019s year', () => {
    expect(compare('Harbor Unit officers had raided the warehouse by June 14.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Harbor Unit officers had raided the warehouse by June 11.')?.outcome).toBe(
      'agrees',
    );
    expect(
      compare('By the end of June, Harbor Unit officers had raided the warehouse.')?.outcome,
    ).toBe('agrees');
  });
  it('says nothing inside what someone said', () => {
    expect(
      compare('Mayor Ida Marsh said Harbor Unit officers had raided the warehouse by June 5.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
  it('is wrong when the event began only after it, and says both days', () => {
    expect(compare('Harbor Unit officers had raided the warehouse by June 5.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: 'June 5', record: 'Tuesday 11 June 2024' }],
    });
  });
});

describe('a count of a set pointed at with "those" or "these"', () => {
  it('counts the noun after the demonstrative, as after "the"', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse and detained two of those workers.')
        ?.outcome,
    ).toBe('agrees');
    expect(
      compare('Harbor Unit officers raided the warehouse and detained five of those workers.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'five', record: '2 detained' }],
    });
  });
  it('reads no count in "one of those" picking one out of a set', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse; one of those workers was detained.')
        ?.outcome,
    ).toBe('agrees');
  });
});
