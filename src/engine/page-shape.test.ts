/**
 * The link-list rule is for indexes and headline lists: a short list item counts towards it when it holds a link
 * or reads as a headline or label (no sentence punctuation at its end). A list of fact bullets or short sentences
 * is content, and the page is read.
 */
import { describe, expect, it } from 'vitest';
import { shapeCounter } from './page-shape.ts';

const shareOf = (items: [string, boolean][][]) => {
  const shape = shapeCounter();
  for (const pieces of items) {
    const item = {};
    for (const [text, inLink] of pieces) shape.add(text, inLink, item);
  }
  return shape.share();
};

describe('short list items', () => {
  it('do not count when they end as sentences and hold no link', () => {
    expect(
      shareOf([
        [['Arrested: two men, both from out of town.', false]],
        [['Fire crews on scene by 9:40 p.m.', false]],
        [['Cause: under investigation!', false]],
      ]),
    ).toBe(0);
    expect(
      shareOf([[['The mayor spoke on Tuesday.', false]], [['The council voted "no."', false]]]),
    ).toBe(0);
  });

  it('still count as headlines without sentence punctuation, or with a link', () => {
    expect(
      shareOf([[['Harbour plan goes to a vote', false]], [['School bus contract delayed', false]]]),
    ).toBe(1);
    expect(
      shareOf([
        [
          ['Harbour plan goes to a vote.', true],
          [' (2 min read).', false],
        ],
        [['Council delays the budget.', true]],
      ]),
    ).toBe(1);
  });
});
