/**
 * The statement a question rests on (question-premise.ts): told, and judged, on a page of the invented story
 * (compare/test-story.ts: a raid on Quay Street on 11 June 2024).
 */
import { describe, expect, it } from 'vitest';
import { raidPack, westmark } from './compare/test-story.ts';
import { indexPacks } from './index.ts';
import { questionPremise } from './question-premise.ts';
import { raidPageFinding } from './test-raid-page.ts';

const index = indexPacks([raidPack()], { world: westmark() });
const analyse = (sentence: string, published: string) =>
  raidPageFinding(index, sentence, { published });

describe('questionPremise', () => {
  it('is the clause before the question', () => {
    expect(
      questionPremise('The officers returned to patrol this week; should the city have waited?'),
    ).toBe('The officers returned to patrol this week.');
    expect(
      questionPremise('Harbor Unit officers raided the warehouse on Quay Street: was it legal?'),
    ).toBe('Harbor Unit officers raided the warehouse on Quay Street.');
    expect(
      questionPremise('Harbor Unit officers raided the warehouse \u2014 why did nobody object?'),
    ).toBe('Harbor Unit officers raided the warehouse.');
  });

  it('is nothing for a plain question, a supposition, a short clause or quoted words', () => {
    for (const s of [
      'Did Harbor Unit officers raid the warehouse this week?',
      'If Harbor Unit officers raided the warehouse this week; should the city object?',
      'It happened; why?',
      'Marsh said "the raid was this week"; was she right?',
      'Harbor Unit officers raided the warehouse; the mayor objected?',
      'Was it this week; or was it last month?',
      'Was the raid this week; was it legal?',
    ])
      expect(questionPremise(s), s).toBeNull();
  });
});

describe('a statement closed by a tag question', () => {
  it('is the statement before the tag', () => {
    expect(
      questionPremise('Harbor Unit officers raided the warehouse on Quay Street, and for what?'),
    ).toBe('Harbor Unit officers raided the warehouse on Quay Street.');
    expect(
      questionPremise('MARSH: Harbor Unit officers raided the warehouse on Quay Street, but why?'),
    ).toBe('MARSH: Harbor Unit officers raided the warehouse on Quay Street.');
    expect(
      questionPremise('Harbor Unit officers raided the warehouse on Quay Street, right?'),
    ).toBe('Harbor Unit officers raided the warehouse on Quay Street.');
  });

  it('is nothing for a question with a tag, a tag that asks whether, or a short clause', () => {
    for (const s of [
      'Why did Harbor Unit officers raid the warehouse on Quay Street, and for what?',
      'MARSH: Why did Harbor Unit officers raid the warehouse, and for how long?',
      'So, did Harbor Unit officers raid the warehouse on Quay Street, and why?',
      "Harbor Unit officers raided the warehouse on Quay Street, didn't they?",
      'They raided it, and why?',
      'If Harbor Unit officers raided the warehouse on Quay Street, then what?',
    ])
      expect(questionPremise(s), s).toBeNull();
  });

  it('is judged in a page: an old raid told as this week\u2019s', () => {
    expect(
      analyse(
        'Harbor Unit officers raided the Quay Street warehouse this week, and for what?',
        '2026-09-14',
      ),
    ).toMatchObject({ verdict: 'discrepant' });
    expect(
      analyse(
        'Harbor Unit officers raided the Quay Street warehouse this week, and for what?',
        '2024-06-13',
      )?.verdict,
    ).not.toBe('discrepant');
  });
});

describe('a premise in a page', () => {
  it('is judged: an old raid told as this week\u2019s', () => {
    expect(
      analyse(
        'Harbor Unit officers raided the Quay Street warehouse this week; should the city have stopped them?',
        '2026-09-14',
      ),
    ).toMatchObject({ verdict: 'discrepant' });
  });

  it('agrees on a page from the raid\u2019s own week, and a plain question stays unjudged', () => {
    expect(
      analyse(
        'Harbor Unit officers raided the Quay Street warehouse this week; should the city have stopped them?',
        '2024-06-13',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      analyse('Did Harbor Unit officers raid the Quay Street warehouse this week?', '2026-09-14'),
    ).toBeUndefined();
  });
});
