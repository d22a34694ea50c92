/**
 * A how or why question takes what it asks about as known (presupposed-question.ts): judged on a page of the invented
 * story (compare/test-story.ts: Harbor Unit officers raid a warehouse on Quay Street in Port Alder, 11 June 2024).
 */
import { describe, expect, it } from 'vitest';
import { raidPack, westmark } from '../compare/test-story.ts';
import { indexPacks } from '../index.ts';
import { findTerm } from '../terms.ts';
import { presupposingQuestionText } from './presupposed-question.ts';
import { raidPageFinding } from '../test-raid-page.ts';

const index = indexPacks([raidPack()], { world: westmark() });
const analyse = (sentence: string, published: string) =>
  raidPageFinding(index, sentence, { published });

describe('presupposingQuestionText', () => {
  it.each([
    'How do you explain the raid on Quay Street last week?',
    'Why did the FBI raid the warehouse?',
    'A reader asks: how did the raid go so wrong last week?',
    'What happened at the warehouse last week?',
  ])('takes as known: %s', (s) => {
    expect(presupposingQuestionText(s)).toBe(true);
  });
  it.each([
    'Did the FBI raid the warehouse?',
    'Why would the FBI raid a warehouse?',
    'How many officers raided the warehouse?',
    'How long did the raid last?',
    'Who raided the warehouse last week?',
    'What if the FBI raided it?',
    'Why, if the FBI raided it, was nobody told?',
    // Doubted, or put in someone's mind or mouth.
    'How do we know the FBI raided the warehouse?',
    'How can anyone say the officers were fired?',
    'How did people get the idea that the officers were fired?',
    'How true is it that the officers were fired?',
    'How plausible is it that the FBI raided it?',
    'Why is it that people think the FBI raided it?',
  ])('asks: %s', (s) => {
    expect(presupposingQuestionText(s)).toBe(false);
  });
});

describe('on a page', () => {
  it("an old story asked about as last week's, a year on, is discrepant", () => {
    expect(
      analyse(
        'How do you explain to a child what happened at the warehouse on Quay Street last week?',
        '2025-06-20',
      ),
    ).toMatchObject({ verdict: 'discrepant', comparison: [{ slot: 'when', page: 'last week' }] });
  });
  it("the same question in the story's own week, and a yes-or-no question, are no discrepancy; no question is green", () => {
    expect(
      analyse(
        'How do you explain to a child what happened at the warehouse on Quay Street last week?',
        '2024-06-14',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      analyse('Did the raid on Quay Street happen last week?', '2025-06-20')?.verdict,
    ).toBeUndefined();
    expect(analyse('How do you explain the raid on Quay Street?', '2024-06-14')?.verdict).not.toBe(
      'consistent',
    );
  });
});

describe('a handle joins its words', () => {
  it('"quay_mama" names no Quay', () => {
    expect(findTerm('a question from member quay_mama: how', 'quay')).toBe(-1);
    expect(findTerm('a question about quay street', 'quay')).toBe(17);
  });
});

describe('a factive question', () => {
  it.each([
    'And do your kids know the FBI raided the warehouse?',
    'Did you know that the FBI raided the warehouse?',
    'Remember when the FBI raided the warehouse?',
    'So why did the FBI raid the warehouse?',
  ])('takes as known: %s', (s) => {
    expect(presupposingQuestionText(s)).toBe(true);
  });
  it.each([
    'Do you know who raided the warehouse?',
    'Did the FBI raid the warehouse?',
    'Do you know?',
    'Does anyone know whether the FBI would raid it?',
  ])('asks: %s', (s) => {
    expect(presupposingQuestionText(s)).toBe(false);
  });
});

describe('an underscore joins words only between word characters', () => {
  it('"_FBI_" is the FBI; "quay_mama" is no Quay', () => {
    expect(findTerm('agents from the _fbi_ made the stop', 'fbi')).toBe(17);
    expect(findTerm('member quay_mama asked', 'quay')).toBe(-1);
    expect(findTerm('member mama_quay asked', 'quay')).toBe(-1);
  });
});
