/**
 * A question the page asks asserts nothing (a Q&A page's "Were the officers fired?" is answered "No" in the
 * next sentence): no fact or value of it is judged. A question inside quotation marks is the speaker's and
 * the sentence is judged as usual (the embedded pack: the ten officers were put on desk duty, none fired).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';
import { embeddedIndex, ROCHESTER_PAGE } from './test-embedded-page.ts';

const index = embeddedIndex();
const head = ROCHESTER_PAGE;
const verdictOf = (line: string, fragment: string) =>
  analyzeText(`${head}\n${line}`, index, {
    today: '2025-12-31',
    published: '2025-12-31',
  }).findings.find((f) => f.text.includes(fragment))?.verdict;

describe('the page\u2019s own questions', () => {
  it('judges nothing in a question the page asks', () => {
    expect(verdictOf('Were the officers fired?', 'fired')).toBeUndefined();
    expect(verdictOf('Were eight people arrested?', 'eight')).toBeUndefined();
  });

  it('still judges the same claim stated', () => {
    expect(verdictOf('The officers were fired.', 'fired')).toBe('discrepant');
  });
});
