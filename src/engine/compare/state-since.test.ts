/**
 * When a lasting state began, against the event that began it (invented
 * story: Port Alder first declared itself a free port in 2015 and renewed the
 * status in 2024, the year of the raid).
 */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../pack/schema.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const story = raidPack().stories[0]!;
const declared = {
  id: 'free-port',
  label: 'Port Alder first declares itself a free port',
  words: ['first declared'],
  date: '2015',
  begins: ['free port'],
  sources: story.events![0]!.sources,
  confidence: 'high' as const,
};
const record = buildStoryRecord(
  { ...story, events: [...story.events!, declared] } as Story,
  westmark(),
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('the start of a lasting state', () => {
  it('finds another year for the start, naming both', () => {
    expect(compare('Port Alder has been a free port since 2009.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: 'since 2009', record: '2015' }],
    });
    expect(compare('Port Alder became a free port in 2009.')?.outcome).toBe('discrepant');
  });

  it('agrees with the recorded year, and leaves another of the story\u2019s years unconfirmed', () => {
    expect(compare('Port Alder has been a free port since 2015.')?.outcome).toBe('agrees');
    expect(compare('Port Alder has been a free port since 2024.')?.outcome).toBe('unconfirmed');
  });

  it('a later year of the story is wrong for the very first start ("first declared", "originally became")', () => {
    expect(compare('Port Alder first declared itself a free port in 2024.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: '2024', record: '2015' }],
    });
    expect(compare('Port Alder originally became a free port in 2024.')?.outcome).toBe(
      'discrepant',
    );
    // True wordings and the renewal without "first" stay unflagged.
    expect(compare('Port Alder first declared itself a free port in 2015.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Port Alder declared itself a free port in 2024.')?.outcome).toBe('unconfirmed');
  });

  it('a year that is the state\u2019s start is not wrong for another event the clause names by its word', () => {
    // "funding" names the funding vote of 2024; 2015 is the free port's year, which the clause also names.
    expect(
      compare('Port Alder has been a free port since the first funding in 2015.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('The funding vote was held in 2015.')?.outcome).toBe('discrepant');
  });

  it('says nothing of a year that starts no state, a denied clause, or another state', () => {
    expect(compare('Port Alder opened a free port museum in 2009.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Port Alder has not been a free port since 2009.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Port Alder has had a harbor unit since 2009.')?.outcome).not.toBe('discrepant');
  });
});
