/**
 * "Members were told the warehouse was raided by X": with no one named
 * telling them, the page passes on what it learned as its own account, so the
 * agency is compared; "told by the mayor that …" is what the mayor said
 * (invented story: Harbor Unit officers raided the warehouse).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('"were told" with no one telling', () => {
  it('compares the agency in what the page passes on', () => {
    expect(
      compare('Council members were told the warehouse was raided by the Revenue Service.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Revenue Service' }],
    });
  });

  it('leaves what a named speaker told them, and the recorded agency, alone', () => {
    expect(
      compare(
        'Council members were told by Mayor Ida Marsh that the Revenue Service raided the warehouse.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Mayor Ida Marsh told council members the Revenue Service raided the warehouse.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Council members were told the warehouse was raided by the Harbor Unit.')?.outcome,
    ).not.toBe('discrepant');
  });
});
