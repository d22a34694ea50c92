/**
 * A state told as holding after the event that began it (state-held.ts). The embedded pack: the second Trump
 * administration took office on 20 January 2025; Trump's first immigration executive orders came on 25 January 2017.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';

describe('a state held after the event that began it', () => {
  const late = (sentence: string) =>
    compareSentence(sentence, rochester, '2025-11-20')?.outcome ?? 'none';

  it('is no wrong date of the event', () => {
    expect(
      late(
        'One site placed the story under the Biden administration; in March 2025 the second Trump administration was in office.',
      ),
    ).not.toBe('discrepant');
    expect(
      late('By April 2025 the second Trump administration had been in office for months.'),
    ).not.toBe('discrepant');
    expect(
      compareSentence(
        'Trump\u2019s executive orders were in force in March 2017.',
        chiefs,
        '2017-06-01',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('is wrong before it, and the event\u2019s own day stays compared', () => {
    expect(late('In December 2024 the second Trump administration was in office.')).toBe(
      'discrepant',
    );
    expect(late('The second Trump administration took office in March 2025.')).toBe('discrepant');
    expect(
      compareSentence(
        'Trump\u2019s executive orders were in force in December 2016.',
        chiefs,
        '2017-06-01',
      )?.outcome,
    ).toBe('discrepant');
  });
});
