/**
 * An outlet typed by a noun for its kind that the lexicon did not list
 * ("the nonprofit newsroom X"), and a writer "of the <kind> X", on the
 * invented story with its reporting (test-story.ts outletStory): Mayor Ida
 * Marsh told the Alder Ledger the raid was lawful; Tam Reed wrote an account
 * for the Alder Ledger. Every outlet name is invented.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { outletStory } from './test-story.ts';

const record = outletStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('another outlet, typed only by a noun for its kind', () => {
  it.each([
    [
      'Mayor Ida Marsh told the nonprofit newsroom Brackwater Lantern that the raid was lawful.',
      'Brackwater Lantern',
    ],
    [
      'Mayor Ida Marsh spoke to the news organization Brackwater Lantern about the raid.',
      'Brackwater Lantern',
    ],
    [
      'Tam Reed of the nonprofit newsroom Brackwater Lantern wrote the account of the raid.',
      'Brackwater Lantern',
    ],
    [
      'The account of the raid was written by Tam Reed of the online magazine Brackwater Lantern.',
      'Brackwater Lantern',
    ],
    // The typed name before its staff: "the magazine X's <writer>".
    [
      "Mayor Ida Marsh told the magazine Brackwater Lantern's Tam Reed that the raid was lawful.",
      'Brackwater Lantern',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page, record: 'Alder Ledger' }],
    });
  });

  it('the recorded outlet named with a noun for its kind is never flagged', () => {
    for (const sentence of [
      'Mayor Ida Marsh told the local newsroom Alder Ledger that the raid was lawful.',
      'Mayor Ida Marsh spoke to the newsroom of the Alder Ledger about the raid.',
      'Tam Reed of the local newspaper Alder Ledger wrote the account of the raid.',
      'The account of the raid was written by Tam Reed of the Alder Ledger.',
      "Mayor Ida Marsh told the newspaper Alder Ledger's Tam Reed that the raid was lawful.",
      // The typed name's possessive before anything but its staff says nothing of it.
      "Mayor Ida Marsh told the newspaper Brackwater's lawyer that the raid was lawful.",
      // A newsroom named by nothing but its kind.
      'Mayor Ida Marsh told a local newsroom that the raid was lawful.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});
