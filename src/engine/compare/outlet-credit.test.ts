/**
 * Outlets credited as the source of a report (outlet-credit.ts), on the
 * invented story with its reporting (test-story.ts outletStory): the Alder
 * Ledger broke the raid and printed Tam Reed's account; the Port Alder Herald
 * followed up on the search; the council's vote has no outlet. Every outlet
 * name here is invented; the ones the invented world does not list are typed
 * by their words or their syntax alone.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { outletNotLedger } from './test-expected-verdict.ts';
import { outletStory } from './test-story.ts';

const record = outletStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a credit of a report the record has, to another outlet', () => {
  // Many outlets re-report a story and the record cannot list them all: the credit is read, and left unconfirmed.
  it.each([
    // The world knows the outlet, and the story never mentions it.
    [
      'According to the Kells Courier, Harbor Unit officers raided a warehouse on Quay Street.',
      'Kells Courier',
    ],
    // Unknown to the world, but its name ends in an outlet's word and shares no word with the story's outlets.
    [
      'The Brackwater Sentinel reported that Harbor Unit officers raided a warehouse on Quay Street.',
      'Brackwater Sentinel',
    ],
    // Unknown to the world and to the lexicon's outlet words: typed by "the newspaper", "the magazine".
    [
      'According to the newspaper Brackwater Lantern, Harbor Unit officers raided a warehouse on Quay Street.',
      'Brackwater Lantern',
    ],
    // The place before the type noun is the outlet's ("the Kells magazine"), not where the raid was.
    [
      'The raid on the Quay Street warehouse was reported by the Kells magazine Tidewatch.',
      'Kells magazine Tidewatch',
    ],
    // The subject of "ran" before a printed thing.
    ['The Brackwater Lantern ran a story on the raid the same day.', 'Brackwater Lantern'],
    // A name joined by a hyphen to an outlet's word.
    ['The raid was reported by the Brackwater Post-Lantern.', 'Brackwater Post-Lantern'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('unconfirmed', page));
  });

  it('explains with both outlets', () => {
    expect(
      compare(
        'According to the Kells Courier, Harbor Unit officers raided a warehouse on Quay Street.',
      )?.explanation,
    ).toBe(
      'The record has it reported by Alder Ledger; it does not show Kells Courier reporting it (many outlets re-report a story).',
    );
  });

  it('credited as the first report, in other words than "first reported"', () => {
    for (const sentence of [
      'The raid was first printed by the Kells Courier.',
      'News of the raid appeared first in the Kells Courier.',
      'The story of the raid first appeared in the newspaper Brackwater Lantern.',
    ])
      expect(compare(sentence)?.outcome, sentence).toBe('discrepant');
    expect(compare('The raid was first printed by the Alder Ledger.')?.outcome).toBe('agrees');
  });

  it('the story itself, named by nothing else, credited to another first report', () => {
    expect(compare('The story appeared first in the Kells Courier.')).toMatchObject(
      outletNotLedger('discrepant', 'Kells Courier'),
    );
    expect(compare('The story appeared first in the Alder Ledger.')?.outcome).toBe('agrees');
  });

  it('"… and X reported it": the outlet reported what the clause before is about', () => {
    expect(
      compare(
        'Harbor Unit officers raided a warehouse on Quay Street, and the Kells Courier reported it the same day.',
      )?.outcome,
    ).toBe('unconfirmed');
    expect(
      compare(
        'Harbor Unit officers raided a warehouse on Quay Street, and the Alder Ledger reported it the same day.',
      )?.outcome,
    ).toBe('agrees');
  });
});

describe('never a false alarm', () => {
  it("another outlet's follow-up that the record lists", () => {
    expect(
      compare('According to the Port Alder Herald, dogs searched the warehouse after the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The Port Alder Herald reported that two dogs searched the warehouse.')?.outcome,
    ).not.toBe('discrepant');
    // A story outlet credited with another of the story's events: it may have re-reported it.
    expect(
      compare(
        'According to the Port Alder Herald, Harbor Unit officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('a name that may be another name of a recorded outlet ("the Ledger", "Alder Weekly Ledger")', () => {
    for (const sentence of [
      'According to the Ledger, Harbor Unit officers raided a warehouse on Quay Street.',
      'The Alder Weekly Ledger reported that Harbor Unit officers raided a warehouse on Quay Street.',
      'According to the newspaper Alder Ledger Online, Harbor Unit officers raided a warehouse on Quay Street.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('a name whose type only its place says ("according to the …"), unknown to the world', () => {
    expect(
      compare(
        'According to the Brackwater Lantern, Harbor Unit officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).toBe('unconfirmed');
  });

  it('an event the record has no outlet for, or something the record cannot place', () => {
    // The council's vote: its source is no outlet, and no report of it is recorded.
    expect(
      compare('The Kells Courier reported that the council voted to review the Harbor Unit.')
        ?.outcome,
    ).not.toBe('discrepant');
    // Nothing the record has.
    expect(
      compare('According to the Kells Courier, the owner plans to sell the building.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The declaration was reported by the newspaper Brackwater Lantern.')?.outcome,
    ).not.toBe('discrepant');
  });

  it("one of the story's organizations running its own statement", () => {
    // The guild is one of the story's organizations: at most not confirmed as an outlet; the Lantern is compared with the raid's reporter.
    expect(
      compare('The Quay Traders Guild ran a statement on the raid the same day.')?.comparisons ??
        [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'outlet', record: 'Alder Ledger' }));
    expect(
      compare('The Brackwater Lantern ran a statement on the raid the same day.')?.comparisons,
    ).toContainEqual({ slot: 'outlet', page: 'Brackwater Lantern', record: 'Alder Ledger' });
  });

  it("an outlet's own opinion, not its report", () => {
    expect(
      compare("The Kells Courier's editorial board condemned the raid on the warehouse.")?.outcome,
    ).not.toBe('discrepant');
  });

  it('"told the newspaper <Name> …": the name starts what was told', () => {
    expect(
      compare('Mayor Ida Marsh told the newspaper Reed had the raid wrong.')?.comparisons.some(
        (c) => c.slot === 'outlet' && c.page === 'Reed',
      ),
    ).not.toBe(true);
  });
});

describe("a recorded writer's piece credited to an outlet", () => {
  it.each([
    [
      'The account of the raid was written by Tam Reed for the Brackwater Lantern.',
      'Brackwater Lantern',
    ],
    [
      'The account of the raid was written by the reporter Tam Reed for the weekly Brackwater Lantern.',
      'Brackwater Lantern',
    ],
    ['Tam Reed, writing for the Kells Courier, gave an account of the raid.', 'Kells Courier'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('discrepant', page));
  });

  it('names the writer and both outlets', () => {
    expect(
      compare('The account of the raid was written by Tam Reed for the Brackwater Lantern.')
        ?.explanation,
    ).toBe('The record has Tam Reed writing for Alder Ledger, not Brackwater Lantern.');
  });

  it('in a clause about another event, the writer still decides', () => {
    expect(
      compare('The Kells Courier published a piece by Tam Reed on the council vote.')?.outcome,
    ).toBe('discrepant');
  });

  it("agrees with the recorded outlet; another of the story's outlets is only unconfirmed; an unrecorded writer is not judged", () => {
    expect(
      compare('The account of the raid was written by Tam Reed for the Alder Ledger.')?.outcome,
    ).toBe('agrees');
    expect(
      compare('The account of the raid was written by Tam Reed for the Port Alder Herald.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The account of the raid was written by Ada Strand for the Brackwater Lantern.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
