/**
 * The time after a verb of origin belongs to the "when" clause after it (origin-when.ts). Invented story: the raid on
 * Tuesday 11 June 2024, Mayor Ida Marsh's briefing on Wednesday 12 June.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a time after a verb of origin, then a "when" clause', () => {
  it('is the time of what the "when" clause tells, not of the subject', () => {
    for (const s of [
      'The mayor\u2019s briefing traces back to Tuesday, June 11, when Harbor Unit officers raided a warehouse on Quay Street.',
      'Mayor Ida Marsh\u2019s briefing goes back to Tuesday 11 June, when officers raided the warehouse on Quay Street.',
      'The briefing by Mayor Ida Marsh stems from Tuesday, June 11, when officers raided a warehouse on Quay Street.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
  it('is still weighed against that event', () => {
    expect(
      compare(
        'The mayor\u2019s briefing traces back to Monday, June 10, when Harbor Unit officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).toBe('discrepant');
  });
  it('without a verb of origin, the time stays the subject\u2019s', () => {
    expect(
      compare(
        'Mayor Ida Marsh gave her briefing on Tuesday, June 11, when officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).toBe('discrepant');
  });
});

describe('a time that ends a clause which only may be so, then a "when" clause', () => {
  const s =
    'Readers may remember the news from this past June, when Harbor Unit officers raided a warehouse on Quay Street.';
  it('goes with the "when" clause, which asserts its event happened then', () => {
    expect(compareSentence(s, record, '2026-03-10')?.outcome).toBe('discrepant');
    expect(compareSentence(s, record, '2025-03-10')?.outcome).not.toBe('discrepant');
  });
  it('not from a condition', () => {
    expect(
      compareSentence(
        'If it comes this past June, when Harbor Unit officers raided a warehouse on Quay Street, so be it.',
        record,
        '2026-03-10',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a cleft\'s time, then a "when" clause', () => {
  it('is the time of what the "when" clause tells', () => {
    expect(
      compare(
        'It was early Monday morning, June 10, when Harbor Unit officers raided the warehouse on Quay Street.',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      compare(
        'It was on Monday, 10 June, when Harbor Unit officers raided the warehouse on Quay Street.',
      )?.outcome,
    ).toBe('discrepant');
  });
  it('a true cleft is no error', () => {
    expect(
      compare(
        'It was early Tuesday morning, June 11, when Harbor Unit officers raided the warehouse on Quay Street.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'It was on Tuesday, 11 June, when Harbor Unit officers raided the warehouse on Quay Street.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
  it('not when the clause says more than a time, or denies it', () => {
    expect(
      compare(
        'It was not Monday, June 10, when Harbor Unit officers raided the warehouse on Quay Street.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
