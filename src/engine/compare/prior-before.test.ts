/**
 * "before" after an outcome is a prior act only as an adverb ending its phrase ("had been deported before"); with an
 * object it tells when ("fired before the week was out"), and the outcome is weighed like any other (record-extent.ts
 * priorAct). The embedded Rochester story: no officer was fired (sources.md B20, B27).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { rochester } from './test-embedded-stories.ts';

const compare = (s: string) => compareSentence(s, rochester, '2025-04-10');

describe('an outcome followed by "before"', () => {
  it('with an object tells when: an outcome the record rules out is wrong', () => {
    for (const s of [
      'The other two were fired before the week was out.',
      'Two officers were fired before the end of the week.',
    ])
      expect(compare(s), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'outcome', page: 'fired' }],
      });
  });
  it('as an adverb is an act before the story: not weighed against it', () => {
    expect(compare('The driver had been deported before.')?.outcome).not.toBe('discrepant');
    expect(compare('One of the men had been deported before, in 2019.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
