/**
 * Who owns an outlet (outlet-owner.ts), on the invented story of
 * test-story.ts (ownedLedgerStory) with an invented world where the Alder Ledger and its sister
 * site, the Alder Weekly, belong to Tidewater Media Group (once Quay Press),
 * and the Kells Courier is another company's paper.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { ownedLedgerStory } from './test-story.ts';

const record = ownedLedgerStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('an outlet said to own one whose owners the world lists', () => {
  it.each([
    'The Alder Ledger is owned by the Kells Courier.',
    'The Alder Ledger, which is now owned by the Kells Courier, broke the story of the raid.',
    'The Kells Courier owns the Alder Ledger.',
    'The Alder Ledger is part of the Kells Courier.',
    "The Alder Ledger's parent company, the Kells Courier, printed the story.",
    'The Alder Ledger belongs to the Kells Courier.',
    'The Alder Ledger, the paper that broke the story of the raid, is owned by the Kells Courier.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: expect.stringContaining('Kells Courier') }],
    });
  });

  it('explains with the owners', () => {
    expect(compare('The Alder Ledger is owned by the Kells Courier.')?.explanation).toContain(
      'Alder Ledger belongs to Tidewater Media Group / Quay Press, not to Kells Courier.',
    );
  });
});

describe('never a false alarm', () => {
  it('its owners, in any of their names, and the network its owner runs', () => {
    for (const sentence of [
      'The Alder Ledger is owned by Tidewater Media Group.',
      'The Alder Ledger, owned by Tidewater Media, broke the story of the raid.',
      'Quay Press owned the Alder Ledger until last year.',
      'The Alder Ledger is part of the Tidewater News Network.',
      'The Alder Ledger, the paper that broke the story of the raid, is owned by Tidewater Media Group.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('a sister outlet with the same owner is not its owner, but not wrong enough to call false', () => {
    expect(compare('The Alder Ledger is owned by the Alder Weekly.')?.outcome).toBe('unconfirmed');
  });

  it('an outlet whose owners the world does not list, and a company it does not know', () => {
    for (const sentence of [
      'The Kells Courier is owned by the Alder Ledger.',
      'The Alder Ledger is owned by Brackwater Holdings.',
      // Outlets side by side, no owning said.
      'The Alder Ledger and the Kells Courier both reported the raid.',
      'The Alder Ledger ran the story, and the Kells Courier ran it too.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});

describe('an outlet said to be a sister of one whose owners the world lists', () => {
  it.each([
    'The Kells Courier, a sister paper of the Alder Ledger, reprinted the story of the raid.',
    "The Alder Ledger's sister paper, the Kells Courier, reprinted the story of the raid.",
    // The sister named in another clause; "later ran a summary" is a printing, not a later part of a life.
    'The Kells Courier, a sister site, later ran a summary of the raid story and sent readers to the Alder Ledger.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: expect.stringContaining('Kells Courier') }],
    });
  });

  it('its true sisters, and outlets the world does not know, are never flagged', () => {
    for (const sentence of [
      'The Alder Weekly, a sister paper of the Alder Ledger, reprinted the story of the raid.',
      "The Alder Ledger's sister paper, the Alder Weekly, reprinted the story of the raid.",
      'The Alder Weekly, a sister site, later ran a summary of the raid story and sent readers to the Alder Ledger.',
      'The Brackwater Lantern, a sister site of the Alder Ledger, reprinted the story of the raid.',
      // No outlet with listed owners to be a sister of.
      'The Alder Ledger, a sister paper of the Kells Courier, reprinted the story of the raid.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});
