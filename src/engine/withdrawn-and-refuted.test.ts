/**
 * What a sentence names only to withdraw or refute it is no claim of the page (the embedded pack; kinds found by a
 * red-team round and a blind page): a correction's wrong value ("An earlier version … gave the day as Tuesday"),
 * a day or time rejected (", not Wednesday morning"), others' claim the sentence calls wrong, a day naming the
 * page's own earlier report ("our Thursday report"); "yesterday" on a page dated the day after an event of the
 * person the clause names; a span after the story's event ("two months after the chiefs spoke, …"); a post of
 * an earlier part of someone's life ("Before Tucson, he had been chief in …").
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeEmbeddedPage,
  CHIEFS_PAGE as chiefs,
  ROCHESTER_PAGE as rochester,
} from './test-embedded-page.ts';

const verdict = (head: string, line: string, fragment: string, published: string) =>
  analyzeEmbeddedPage(head, line, { today: '2026-11-21', published }).findings.find((f) =>
    f.text.includes(fragment),
  )?.verdict;

describe('withdrawn, rejected and refuted values', () => {
  it('a correction withdraws the wrong value it names', () => {
    expect(
      verdict(
        rochester,
        'Correction: an earlier version of this story gave the day of the stop as Tuesday; the stop was on Monday.',
        'Correction',
        '2025-03-29',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        rochester,
        'This article originally misstated the street as Lake Avenue.',
        'misstated',
        '2025-03-29',
      ),
    ).not.toBe('discrepant');
    // Without the correction, the same value is wrong.
    expect(
      verdict(
        rochester,
        'The traffic stop took place on Tuesday, March 25.',
        'Tuesday, March 25',
        '2025-03-29',
      ),
    ).toBe('discrepant');
  });

  it('a day or time the sentence rejects is none it states', () => {
    expect(
      verdict(
        rochester,
        'The press conference was held on Wednesday afternoon, not Wednesday morning.',
        'not Wednesday morning',
        '2025-03-29',
      ),
    ).not.toBe('discrepant');
  });

  it('others\u2019 claim the sentence calls wrong is not the page\u2019s', () => {
    expect(
      verdict(
        rochester,
        'Commenters who said the officers were fired were wrong; they went back on patrol.',
        'Commenters',
        '2025-04-02',
      ),
    ).not.toBe('discrepant');
    expect(verdict(rochester, 'The officers were fired.', 'fired', '2025-04-02')).toBe(
      'discrepant',
    );
  });

  it('a day naming the page\u2019s own earlier report is no day of the story', () => {
    expect(
      verdict(
        rochester,
        'Our Thursday story about the traffic stop contained an error, which we regret.',
        'Thursday story',
        '2025-03-29',
      ),
    ).not.toBe('discrepant');
  });
});

describe('time told right about another part of the story or of a life', () => {
  it('"yesterday" on the day after the named person\u2019s visit is no old story', () => {
    expect(
      verdict(
        rochester,
        'Yesterday border czar Tom Homan came to Rochester to stand with the officers.',
        'Yesterday',
        '2025-04-30',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        rochester,
        'Yesterday border czar Tom Homan came to Rochester to stand with the officers.',
        'Yesterday',
        '2026-04-30',
      ),
    ).toBe('discrepant');
  });

  it('a span after the chiefs spoke puts the orders after them', () => {
    expect(
      verdict(
        chiefs,
        'Two months after the chiefs spoke, Trump signed executive orders on immigration.',
        'Two months',
        '2017-03-01',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        chiefs,
        'The first executive orders on immigration came about ten weeks after the chiefs spoke.',
        'ten weeks',
        '2017-03-01',
      ),
    ).not.toBe('discrepant');
  });

  it('a post of an earlier part of a life is not the story\u2019s', () => {
    expect(
      verdict(
        chiefs,
        'Before Tucson, Magnus had been police chief in Richmond, California.',
        'Richmond',
        '2023-01-10',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        chiefs,
        'Magnus used to run the police department in Richmond, California.',
        'Richmond',
        '2023-01-10',
      ),
    ).not.toBe('discrepant');
  });
});
