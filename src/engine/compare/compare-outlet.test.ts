/**
 * Outlets in the typed comparison, on the invented story of test-story.ts with
 * an interview, a byline and a first report added (and a few invented outlets
 * in its invented world): the outlet's role in the clause decides what the
 * record can say about it.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { outletStory } from './test-story.ts';

const record = outletStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');
const outletOf = (sentence: string) =>
  compare(sentence)?.comparisons.find((c) => c.slot === 'outlet');

describe('an outlet a speaker spoke to or wrote for', () => {
  it.each([
    ['In an interview with the Kells Courier, Mayor Ida Marsh defended the raid.', 'Kells Courier'],
    [
      'Mayor Ida Marsh told the Kells Courier in an interview that the raid was lawful.',
      'Kells Courier',
    ],
    // Unknown to the world, but named for a town the recorded outlet does not serve.
    [
      'Mayor Ida Marsh told the Dunmore Gazette in an interview that the raid was lawful.',
      'Dunmore Gazette',
    ],
    ['Tam Reed wrote the account for the Kells Courier.', 'Kells Courier'],
    ["The Kells Courier's Tam Reed gave an account of the raid.", 'Kells Courier'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page, record: 'Alder Ledger' }],
    });
  });

  it('says which outlet the record has', () => {
    expect(
      compare('In an interview with the Kells Courier, Mayor Ida Marsh defended the raid.')
        ?.explanation,
    ).toBe('The record has Ida Marsh speaking to Alder Ledger, not Kells Courier.');
    expect(compare('Tam Reed wrote the account for the Kells Courier.')?.explanation).toBe(
      'The record has Tam Reed writing for Alder Ledger, not Kells Courier.',
    );
  });

  it('agrees with the recorded outlet, written with or without "the"', () => {
    expect(
      compare('In an interview with the Alder Ledger, Mayor Ida Marsh defended the raid.')?.outcome,
    ).toBe('agrees');
    expect(compare('Tam Reed wrote the account for Alder Ledger.')?.outcome).toBe('agrees');
  });

  it('an outlet the world does not know, named for no place, is unconfirmed', () => {
    expect(
      compare('Mayor Ida Marsh told the Evening Lantern in an interview that the raid was lawful.'),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'outlet', page: 'Evening Lantern' }],
    });
  });

  it('a name after "told the" that is no outlet\'s name is not another outlet, even named for another town', () => {
    expect(
      compare(
        'Mayor Ida Marsh told the Dunmore City Council in an interview that the raid was lawful.',
      )?.outcome,
    ).toBe('unconfirmed');
  });

  it('is not judged when the clause names another speaker or none, or an event that records no one spoken to', () => {
    expect(
      compare(
        'Al Fenn, a dock worker, told the Kells Courier in an interview that he saw the raid.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'In an interview with the Kells Courier, a spokesman said the mayor stood by her words.',
      )?.outcome,
    ).not.toBe('discrepant');
    // The briefing records no outlet spoken to: "told X" there is only unconfirmed.
    expect(
      compare('At the briefing, Mayor Ida Marsh told the Kells Courier the raid was lawful.')
        ?.outcome,
    ).toBe('unconfirmed');
  });
});

describe('an outlet credited as the source of a report', () => {
  it("an outlet the record does not have for the raid, and none of the story's, is not confirmed: outlets re-report (outlet-credit.test.ts has more)", () => {
    expect(
      compare(
        'According to the Kells Courier, Harbor Unit officers raided a warehouse on Quay Street.',
      ),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier', record: 'Alder Ledger' }],
    });
    expect(
      compare('The Kells Courier reported that officers raided a warehouse on Quay Street.')
        ?.outcome,
    ).toBe('unconfirmed');
  });

  it('credited as the first report, an outlet other than the one the record has is wrong', () => {
    expect(compare('The Kells Courier first reported the raid.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier', record: 'Alder Ledger' }],
    });
    expect(compare('The raid was first reported by the Kells Courier.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The Alder Ledger first reported the raid.')?.outcome).toBe('agrees');
    // "the Ledger": the one outlet of the story whose name ends so.
    expect(compare('The Ledger first reported the raid.')?.outcome).toBe('agrees');
    expect(
      compare('In an interview with the Ledger, Mayor Ida Marsh defended the raid.')?.outcome,
    ).toBe('agrees');
    expect(compare('The Evening Lantern broke the story of the raid.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('reads a bare outlet name the world lists ("Harbour Mercury" for The Harbour Mercury)', () => {
    expect(outletOf('Harbour Mercury first reported the raid.')).toEqual({
      slot: 'outlet',
      page: 'Harbour Mercury',
      record: 'Alder Ledger',
    });
    expect(compare('Harbour Mercury first reported the raid.')?.outcome).toBe('discrepant');
  });

  it('a sentence that credits an outlet the record does not have is never consistent', () => {
    // A name whose type only its place says ("according to the …") may be another name of the recorded outlet.
    expect(
      compare(
        'According to the Evening Lantern, Harbor Unit officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).toBe('unconfirmed');
    for (const sentence of [
      'Courant reported that Harbor Unit officers raided a warehouse on Quay Street.',
      'Harbor Unit officers raided a warehouse on Quay Street, the Kells Courier reported.',
    ])
      expect(compare(sentence)?.outcome, sentence).toBe('unconfirmed');
    expect(
      compare(
        'According to the Alder Ledger, Harbor Unit officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).toBe('agrees');
  });
});
