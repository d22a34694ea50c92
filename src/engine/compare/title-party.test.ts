/** The party of a bare title: the world's one holder of the office (the invented world: Ida Marsh, a Democrat, mayor from 2020; Ned Cole, no party, before). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());

describe('compareSentence: the party of a bare title', () => {
  it.each([
    'Worth noting: the mayor is a Republican, which surprised some.',
    'After the raid the mayor, a Republican, asked for a review.',
  ])('%s is wrong on a page of 2024 (Ida Marsh is a Democrat)', (sentence) => {
    expect(compareSentence(sentence, record, '2024-06-20')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'party', page: 'Republican', record: 'Democrat' }],
    });
  });

  it('the right party, a holder with no party, a title with a name, or another word is left alone', () => {
    expect(
      compareSentence('Worth noting: the mayor is a Democrat.', record, '2024-06-20')?.outcome,
    ).not.toBe('discrepant');
    // In 2015 the mayor was Ned Cole, whose party the world does not give.
    expect(
      compareSentence('Worth noting: the mayor is a Republican.', record, '2015-06-20')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence('The mayor is a Republican favorite, some say.', record, '2024-06-20')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence('Worth noting: a mayor is a Republican in Kells.', record, '2024-06-20')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
