/**
 * Time and order claims against the embedded pack's record: a loose "days ago" counted from the page's date, a
 * weekday with its day in words, "President X" on a page dated before the term began, an order anchor named by who
 * acted, and "X came first". Police-chiefs record: Beck's interview and Denver's statement on Monday 14 November
 * 2016, Magnus's statement on Wednesday 16th; Trump president-elect until 20 January 2017. Rochester record: Homan's
 * visit on Tuesday 29 April 2025.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from './index.ts';
import { analyzeText } from './analyze.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const CHIEFS =
  'After the election, police chiefs in sanctuary cities spoke out against helping with immigration enforcement. Police1 gathered their statements. On November 14, 2016, Los Angeles Police Chief Charlie Beck told the Los Angeles Times his department would not work with Homeland Security on deportations.';
const ROCHESTER =
  'Border Patrol agents stopped a van on Whitney Street in Rochester on March 24, 2025, and city police officers helped handcuff the men. The Rochester Police Locust Club defended the officers.';
const find = (opening: string, sentence: string, published: string) =>
  analyzeText(`${opening} ${sentence}`, index, { published, today: '2026-11-21' }).findings.find(
    (f) => f.text.startsWith(sentence.slice(0, 20)),
  );
const verdictOf = (opening: string, sentence: string, published: string) =>
  find(opening, sentence, published)?.verdict;

describe('an uncounted "days ago" or "weeks ago"', () => {
  it('is an old story told as recent when the record dates it long before the page', () => {
    const found = find(
      ROCHESTER,
      'Tom Homan came to the Locust Club headquarters on Lexington Avenue just days ago.',
      '2026-01-15',
    );
    expect(found?.verdict).toBe('discrepant');
    expect(found?.comparison?.[0]?.slot).toBe('when');
    expect(
      verdictOf(
        ROCHESTER,
        'Tom Homan came to the Locust Club headquarters on Lexington Avenue a few weeks ago.',
        '2026-01-15',
      ),
    ).toBe('discrepant');
  });

  it('agrees on a page from those days, and leaves a sentence that gives its own day', () => {
    expect(
      verdictOf(
        ROCHESTER,
        'Tom Homan came to the Locust Club headquarters on Lexington Avenue just days ago.',
        '2025-05-03',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        ROCHESTER,
        'A few weeks ago, on Tuesday, April 29, Tom Homan came to the Locust Club headquarters on Lexington Avenue.',
        '2026-01-15',
      ),
    ).not.toBe('discrepant');
  });
});

describe('a weekday with its day of the month in words', () => {
  it('is compared like a numbered day', () => {
    const found = find(
      CHIEFS,
      'The Denver Police Department issued its statement on Monday the sixteenth.',
      '2016-12-20',
    );
    expect(found?.verdict).toBe('discrepant');
    expect(found?.comparison?.some((c) => c.slot === 'date' && c.page === 'sixteenth')).toBe(true);
    expect(
      verdictOf(
        CHIEFS,
        'The Denver Police Department issued its statement on Monday the fourteenth.',
        '2016-12-20',
      ),
    ).not.toBe('discrepant');
  });
});

describe('"President X" on a page dated in the transition', () => {
  it("is a title not held on the page's day, told in the present", () => {
    const found = find(
      CHIEFS,
      'President Trump says local police will be expected to help.',
      '2016-12-02',
    );
    expect(found?.verdict).toBe('discrepant');
    expect(found?.comparison?.[0]).toMatchObject({ slot: 'office', page: 'President Trump' });
    expect(
      verdictOf(CHIEFS, 'President Trump has vowed to end sanctuary cities.', '2016-12-02'),
    ).toBe('discrepant');
  });

  it('is left alone after the term began, in the future, imagined, or denied', () => {
    expect(
      verdictOf(CHIEFS, 'President Trump has vowed to end sanctuary cities.', '2017-03-02'),
    ).not.toBe('discrepant');
    expect(verdictOf(CHIEFS, 'President Trump will take a harder line.', '2016-12-02')).not.toBe(
      'discrepant',
    );
    expect(verdictOf(CHIEFS, 'A President Trump says whatever he likes.', '2016-12-02')).not.toBe(
      'discrepant',
    );
    expect(
      verdictOf(CHIEFS, 'President Trump has not said what he will do.', '2016-12-02'),
    ).not.toBe('discrepant');
  });
});

describe('an order anchor named by who acted', () => {
  it("is the one event that person, or that place's chief, spoke in", () => {
    expect(
      verdictOf(
        CHIEFS,
        'Beck sat for the interview only after Chris Magnus had put out his statement.',
        '2016-12-20',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        CHIEFS,
        'Beck sat for the interview only after the Tucson chief had spoken.',
        '2016-12-20',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        CHIEFS,
        'Beck sat for the interview before Chris Magnus had put out his statement.',
        '2016-12-20',
      ),
    ).not.toBe('discrepant');
  });

  it('"He spoke … after" takes the events of the sentence before, past an aside on how the reader knows', () => {
    expect(
      verdictOf(
        CHIEFS,
        'He spoke, as many of you will know, only after the Tucson chief had weighed in.',
        '2016-12-20',
      ),
    ).toBe('discrepant');
    expect(verdictOf(CHIEFS, 'He spoke well before the Tucson chief did.', '2016-12-20')).not.toBe(
      'discrepant',
    );
  });
});

describe('"X came first, and Y followed"', () => {
  it('is wrong when the record dates a follower before it', () => {
    const found = find(
      CHIEFS,
      'The Tucson statement came first, and the police in Denver then followed.',
      '2016-12-20',
    );
    expect(found?.verdict).toBe('discrepant');
    expect(found?.comparison?.[0]).toMatchObject({ slot: 'date', page: 'came first' });
  });

  it('agrees when the followers come later, and orders nothing on the same day', () => {
    expect(verdictOf(CHIEFS, 'Beck went first, and Chris Magnus followed.', '2016-12-20')).not.toBe(
      'discrepant',
    );
    expect(
      verdictOf(CHIEFS, 'Beck went first, and the police in Denver followed.', '2016-12-20'),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        CHIEFS,
        'The Tucson statement may have come first, and Denver followed.',
        '2016-12-20',
      ),
    ).not.toBe('discrepant');
  });
});
