/**
 * "It was issued by X" after a sentence telling of a statement: X against who
 * spoke there; and a question-and-answer label ("A:") is no part of what the
 * sentence says (the embedded pack: the Denver Police Department's statement
 * of 14 November 2016).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';
import { CHIEFS_STATEMENTS_LINES, embeddedIndex } from './test-embedded-page.ts';

const index = embeddedIndex();
const head = CHIEFS_STATEMENTS_LINES.join('\n');
const verdictOf = (lines: string[], fragment: string) =>
  analyzeText([head, ...lines].join('\n'), index, {
    today: '2016-11-20',
    published: '2016-11-20',
  }).findings.find((f) => f.text.includes(fragment))?.verdict;
const denver =
  'Denver went further: the statement said the department had never taken part in immigration enforcement and would not in the future.';

describe('who issued what the sentence before told of', () => {
  it('finds another agency credited with issuing the statement', () => {
    expect(
      verdictOf([`${denver} It was issued by the Denver Sheriff Department.`], 'Sheriff'),
    ).toBe('discrepant');
    expect(
      verdictOf([`A: ${denver} It was issued by the Denver Sheriff Department.`], 'Sheriff'),
    ).toBe('discrepant');
  });

  it('finds a state\u2019s own department credited with a city police statement', () => {
    expect(
      verdictOf(
        [`${denver} That statement was put out by the Colorado Department of Revenue.`],
        'Revenue',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        [
          `${denver} It was issued by the Colorado Department of Revenue on the city\u2019s behalf.`,
        ],
        'Revenue',
      ),
    ).toBe('discrepant');
  });

  it('leaves a city\u2019s own department and the recorded one alone', () => {
    expect(
      verdictOf(
        [`${denver} That statement was put out by the Denver Department of Safety.`],
        'Safety',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        [`${denver} That statement was put out by the Denver Police Department.`],
        'put out',
      ),
    ).not.toBe('discrepant');
  });

  it('leaves the recorded agency alone', () => {
    expect(
      verdictOf([`${denver} It was issued by the Denver Police Department.`], 'issued by'),
    ).not.toBe('discrepant');
    // After Magnus's statement (the head's last line), the agency that issued it.
    expect(verdictOf(['It was issued by the Tucson Police Department.'], 'issued by')).not.toBe(
      'discrepant',
    );
  });
});
