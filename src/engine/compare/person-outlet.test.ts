/**
 * A person named with their outlet ("an account by Tam Reed of the X"), on
 * the invented story with its reporting (test-story.ts outletStory): Tam Reed
 * wrote the account of the raid for the Alder Ledger.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { outletNotLedger } from './test-expected-verdict.ts';
import { outletStory } from './test-story.ts';

const record = outletStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('"<writer> of the X": the outlet the record has the writer writing for', () => {
  it.each([
    ['The account of the raid is by Tam Reed of the Kells Courier.', 'Kells Courier'],
    ['Our source is an article by Tam Reed, of the Harbour Mercury.', 'the Harbour Mercury'],
    ['Tam Reed of the Kells Courier wrote the account of the raid.', 'Kells Courier'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('discrepant', page));
  });

  it('names the writer and both outlets', () => {
    expect(
      compare('The account of the raid is by Tam Reed of the Kells Courier.')?.explanation,
    ).toBe('The record has Tam Reed writing for Alder Ledger, not Kells Courier.');
  });

  it('agrees with the recorded outlet', () => {
    expect(compare('The account of the raid is by Tam Reed of the Alder Ledger.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Tam Reed of the Ledger wrote the account of the raid.')?.outcome).toBe(
      'agrees',
    );
  });

  it("never a false alarm: another of the story's outlets (it may have re-posted the piece), someone the record has writing for none", () => {
    expect(
      compare('The account of the raid is by Tam Reed of the Port Alder Herald.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Mayor Ida Marsh of the Kells Courier defended the raid.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('an outlet named with its "the" and no role the record can judge', () => {
  it('is not confirmed: the sentence is never called consistent on its other values', () => {
    // The world's name begins with "The" ("The Harbour Mercury"): the mention takes it in.
    expect(
      compare(
        'A photographer from the Harbour Mercury watched Harbor Unit officers raid the warehouse on Quay Street.',
      ),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'outlet', page: 'the Harbour Mercury' }],
    });
    expect(
      compare(
        'A photographer from the Alder Ledger watched Harbor Unit officers raid the warehouse on Quay Street.',
      )?.outcome,
    ).toBe('agrees');
  });
});
