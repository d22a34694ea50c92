/**
 * A day of the month given alone ("on the 7th") is read in the month of the linked event: the invented raid story
 * (the Harbor Unit raided the Quay Street warehouse on Tuesday 11 June 2024; Mayor Ida Marsh spoke at a briefing on
 * 12 June; the council voted on 18 June).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a day of the month alone', () => {
  it.each([
    'The Harbor Unit raided the Quay Street warehouse on the 14th.',
    'The warehouse on Quay Street was raided early on the 9th.',
    'On the 21st, officers raided the warehouse on Quay Street.',
  ])('is wrong when no linked event falls on it: %s', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'date' })]),
    });
  });

  it.each([
    'The Harbor Unit raided the Quay Street warehouse on the 11th.',
    'On the 11th, officers raided the warehouse on Quay Street.',
    // Spoken about on another day: the day of the speaking, not the raid's.
    'Mayor Ida Marsh spoke about the raid at a briefing on the 12th.',
    // A day inside what was said.
    'Marsh said the raid on the warehouse had been planned since the 2nd.',
  ])('is not wrong: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});
