/**
 * An offset counted from an owner whose noun is left out ("two days after Ida Marsh's"; elided-owner.ts), on the
 * invented story (test-story.ts): Mayor Ida Marsh's press conference on 12 June 2024, and here a written statement
 * by a state inspector, Orla Penn, on 14 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { withElidedNoun } from './elided-owner.ts';
import { ORLA_PENN, raidRecordWith } from './test-raid-record.ts';

const record = raidRecordWith(
  [
    {
      id: 'penn-statement',
      label: 'Inspector Orla Penn says the harbour rules stand',
      words: ['rules stand'],
      date: '2024-06-14',
      participants: [{ role: 'spoke', entities: ['orla-penn'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
  ],
  [ORLA_PENN],
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe('withElidedNoun', () => {
  it('puts the noun of words back after a lone owner', () => {
    const s = "Penn's statement came out a day after Ida Marsh's.";
    const from = s.indexOf(' Ida');
    expect(withElidedNoun(s, [from, s.length - 1], s.slice(0, from))?.sentence).toBe(
      "Penn's statement came out a day after Ida Marsh's statement.",
    );
    expect(
      withElidedNoun(
        "Penn's visit came a day after Ida Marsh's.",
        [31, 42],
        "Penn's visit came a day",
      ),
    ).toBeNull();
  });
});

describe('an offset from an owner whose noun is left out', () => {
  it("counts from the owner's recorded statement", () => {
    expect(compare("Orla Penn's statement came out five days after Ida Marsh's.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', record: '2 days later' }],
    });
    expect(compare("Orla Penn's statement came out two days after Ida Marsh's.")?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('links nothing when the noun is not one of words, or the owner is no name', () => {
    for (const s of [
      "Orla Penn's inspection came five days after Ida Marsh's.",
      "Orla Penn's statement came out five days after the mayor's.",
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
