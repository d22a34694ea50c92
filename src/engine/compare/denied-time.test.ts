/**
 * A time the page denies (denied-time.ts). The embedded pack: the Justice Department sued Rochester on 24 April
 * 2025, five days before Homan's visit (29 April); Trump's first immigration executive orders came on 25 January
 * 2017, after the chiefs spoke in November 2016.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';

const roc = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-10-02')?.outcome ?? 'none';
const ch = (sentence: string) => compareSentence(sentence, chiefs, '2017-04-12')?.outcome ?? 'none';

describe('a denied time', () => {
  it('is no wrong day when "nobody" denies it', () => {
    expect(roc('Nobody called a press conference on Monday.')).not.toBe('discrepant');
  });
  it('is no wrong date of the event', () => {
    expect(
      roc('The lawsuit was not filed a day before Homan\u2019s visit; it was filed on April 24.'),
    ).not.toBe('discrepant');
    expect(roc('The lawsuit was not filed on April 23.')).not.toBe('discrepant');
    expect(roc('The Justice Department did not sue the city on Wednesday, April 23.')).not.toBe(
      'discrepant',
    );
    expect(roc('The suit wasn\u2019t filed two weeks before the visit.')).not.toBe('discrepant');
  });

  it('is still compared when given, when the denial turns on it, or when the denial is no denial', () => {
    expect(roc('The lawsuit was filed a day before Homan\u2019s visit.')).toBe('discrepant');
    expect(roc('The lawsuit was filed on April 23.')).toBe('discrepant');
    expect(roc('The lawsuit was filed on April 23, not on April 24.')).toBe('discrepant');
    expect(
      roc('Don\u2019t forget the suit against the city was filed on Wednesday, April 23.'),
    ).toBe('discrepant');
    expect(roc('No doubt the suit was filed two weeks before the visit.')).toBe('discrepant');
  });
});

describe('"not yet" at a time', () => {
  it('is right of a time before the event', () => {
    expect(
      ch(
        'No Trump executive order on immigration existed yet when the chiefs spoke in November 2016.',
      ),
    ).not.toBe('discrepant');
    expect(ch('Trump had not yet signed any executive order in December 2016.')).not.toBe(
      'discrepant',
    );
  });

  it('is wrong of a time after it, and a plain date stays compared', () => {
    expect(ch('No Trump executive order on immigration existed yet in February 2017.')).toBe(
      'discrepant',
    );
    expect(
      ch(
        'Trump\u2019s executive orders were already in place when the chiefs spoke in November 2016.',
      ),
    ).toBe('discrepant');
    expect(ch('Trump signed his executive orders in November 2016.')).toBe('discrepant');
  });
});
