/**
 * A person told as having left a post before the time told (retired-then.ts): Charlie Beck led the LAPD until June
 * 2018 (world file) and gave his interview on 14 November 2016 (sources.md C6).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs } from './test-embedded-stories.ts';

const compare = (s: string, date = '2021-11-16') => compareSentence(s, chiefs, date);

describe('"who had retired" before the time told', () => {
  it.each([
    'Charlie Beck, who had retired from the LAPD, told the Los Angeles Times his officers would not help.',
    'The figure in the panel is Charlie Beck, who had already retired from the LAPD, speaking for a lot of cops.',
    'Charlie Beck, who had stepped down as chief, told the Los Angeles Times his officers would not help.',
  ])('%s is discrepant', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'role', record: expect.stringContaining('Charlie Beck') }],
    });
  });

  it.each([
    'Charlie Beck, who retired from the LAPD in 2018, told the Los Angeles Times his officers would not help.',
    'Charlie Beck, who has since retired, told the Los Angeles Times his officers would not help.',
    'Charlie Beck, who had led the LAPD since 2009, told the Los Angeles Times his officers would not help.',
    'Charlie Beck, who had retired from the Marines, told the Los Angeles Times his officers would not help.',
  ])('%s is not', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});
