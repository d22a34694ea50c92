/**
 * The whole story named as one thing, with a time (whole-story.ts), on the invented story (test-story.ts) with its
 * raid and briefing as central events (June 2024) and a funding vote recorded on 18 June 2024. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { raidRecord } from './test-raid-record.ts';

const central = raidRecord(['raid', 'briefing']);
const plain = raidRecord();
const compare = (sentence: string, record = central) =>
  compareSentence(sentence, record, '2025-02-01');

describe('the whole story placed in time', () => {
  it.each([
    ['All of this unfolded in March 2023.', 'March 2023'],
    ['It all took place in 2021.', '2021'],
    ['The whole affair played out in the autumn of 2022.', '2022'],
    ['And the entire episode happened back in May 2024.', 'May 2024'],
    [
      'The film shortens the week, but all of this unfolded in March 2023 and the credits should say so.',
      'March 2023',
    ],
  ])('a time the central events never meet is wrong: %s', (sentence, page) => {
    const r = compare(sentence);
    expect(r).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date', page }] });
    expect(r?.explanation).toContain(
      "The record has the story's events from Tuesday 11 June 2024 to Wednesday 12 June 2024",
    );
  });

  it.each([
    'All of this unfolded in June 2024.',
    'It all happened in 2024.',
    'All of this happened again in 2021.',
    'All of this began in 2021.',
    'All of this happened years after the 2021 election.',
    'All of this happened on June 18, 2024.',
    'Not all of this happened in 2021.',
    'If all of this happened in 2021, the dates would be wrong.',
    'Perhaps all of this happened in 2021.',
  ])('never wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('says nothing for a story with no central events', () => {
    expect(compare('All of this unfolded in March 2023.', plain)?.outcome).not.toBe('discrepant');
  });
});
