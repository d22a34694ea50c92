/**
 * How many a report quoted, in more shapes (report-quoted.ts): a verb of putting together ("assembles", "pulls
 * together"), a count after "statements from" or a modified noun ("police officials from"), and "It quotes …" opening
 * the sentence. The embedded police-chiefs story: the Police1 round-up quoted four statements, two of them chiefs'
 * (sources.md A2, C6-C9).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs } from './test-embedded-stories.ts';

const compare = (s: string) => compareSentence(s, chiefs, '2019-02-19');

describe('counts of what a report quoted', () => {
  it.each([
    'It quotes six different police leaders, which is more than I expected from such a short piece.',
    'That article assembles six statements from police leaders and spokespeople.',
    'The article gathers statements from a dozen big-city police chiefs.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count' }],
    });
  });
  it('agrees with the record, and leaves other counts alone', () => {
    expect(compare('The article quotes four police leaders.')?.outcome).toBe('agrees');
    expect(compare('It quotes Beck and three other chiefs.')?.outcome).not.toBe('discrepant');
    expect(compare('It rained on six days that month.')?.outcome).not.toBe('discrepant');
    expect(compare('The club pulls together six volunteers each week.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
