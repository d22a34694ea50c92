/**
 * "Retired" before a title reads as "former" (lexicon qualifiers): judged on the page's own day. Charlie Beck led the
 * LAPD until June 2018 (world file); the chiefs spoke in November 2016 (sources.md C6).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs } from './test-embedded-stories.ts';

describe('"retired" before a title', () => {
  it('is wrong on a day the person still held the post', () => {
    for (const s of [
      'Retired LAPD chief Charlie Beck went further than anybody.',
      'Out west, Charlie Beck, the retired LAPD chief, went further than anybody.',
    ])
      expect(compareSentence(s, chiefs, '2016-11-24'), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'role' }],
      });
  });

  it('is right once the person had left it', () => {
    expect(
      compareSentence(
        'Retired LAPD chief Charlie Beck went further than anybody.',
        chiefs,
        '2021-11-16',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
