/**
 * An offset counted from an arrival the page tells by who came (arrival-anchor.ts), on the invented story
 * (test-story.ts) with two more events: protesters marching on 18 June 2024 and a state inspector, Orla Penn,
 * coming to the harbour on 20 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { ORLA_PENN, PROTEST_MARCH, raidRecordWith } from './test-raid-record.ts';

const record = raidRecordWith(
  [
    PROTEST_MARCH,
    {
      id: 'inspection',
      label: 'Inspector Orla Penn tours the harbour',
      words: ['inspection'],
      date: '2024-06-20',
      participants: [{ role: 'came', entities: ['orla-penn'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
  ],
  [ORLA_PENN],
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe('an offset from an arrival told by who came', () => {
  it('is compared with the days of the one recorded arrival of that person', () => {
    const r = compare(
      'Protesters marched to city hall the day before Orla Penn finally showed up.',
    );
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: 'the day before', record: '2 days earlier' }],
    });
    expect(
      compare('Protesters marched to city hall a week after Orla Penn arrived.')?.outcome,
    ).toBe('discrepant');
  });

  it('agrees when the days fit', () => {
    expect(
      compare('Protesters marched to city hall two days before Orla Penn showed up.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('links nothing, and stays unconfirmed, when the arrival is not certain', () => {
    for (const s of [
      // Another occasion.
      'Protesters marched to city hall the day before Orla Penn showed up again.',
      // No arrival verb: a statement "came out".
      'Protesters marched to city hall the day before Orla Penn came out against the plan.',
      // The Dunmore police came twice on one day: two arrivals.
      'Protesters marched to city hall the day before the Dunmore Police Department arrived.',
      // The mayor has no recorded arrival.
      'Protesters marched to city hall the day before Mayor Marsh showed up.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
