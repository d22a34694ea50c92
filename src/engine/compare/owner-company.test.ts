/**
 * An outlet's owner named as a company (owner-company.ts), on the invented
 * story of test-story.ts (ownedLedgerStory) with an invented world where the Alder Ledger
 * belongs to Tidewater Media Group (once Quay Press), the Alder Weekly too,
 * and the Kells Courier is another company's paper; KALD-TV, a station, is
 * Tidewater's too.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { ownedLedgerStory } from './test-story.ts';

const record = ownedLedgerStory({
  id: 'kald-tv',
  name: 'KALD-TV',
  kind: 'tv',
  owners: ['Tidewater Media Group'],
});
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a company of the news trade named as the owner of an outlet whose owners the world lists', () => {
  it.each([
    [
      'The Alder Ledger, a paper owned by the Brackwater newspaper chain, broke the story of the raid.',
      'Brackwater',
    ],
    [
      'The Alder Ledger is part of Brackwater Media, which bought it from a local family.',
      'Brackwater Media',
    ],
    [
      'The Alder Ledger, which is owned by the Holt Publishing Company, broke the story of the raid.',
      'Holt Publishing Company',
    ],
    [
      'The Brackwater media group, which owns the Alder Ledger, ran the raid story on its front page.',
      'Brackwater',
    ],
    [
      'The Alder Ledger, a daily run by Brackwater Publications, broke the story of the raid.',
      'Brackwater Publications',
    ],
    [
      'The Alder Ledger, a site owned by the Kells Courier, broke the story of the raid.',
      'Kells Courier',
    ],
    [
      'The Alder Ledger, the paper that broke the story of the raid, is owned by Brackwater Media.',
      'Brackwater Media',
    ],
  ])('%s', (sentence, owner) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: owner }],
    });
  });

  it('explains with the owners', () => {
    expect(
      compare(
        'The Alder Ledger, a paper owned by the Brackwater newspaper chain, broke the story of the raid.',
      )?.explanation,
    ).toContain('Alder Ledger belongs to Tidewater Media Group / Quay Press, not to Brackwater.');
  });
});

describe('never a false alarm', () => {
  it('its owners, in any of their names and with any kind word', () => {
    for (const sentence of [
      'The Alder Ledger, a paper owned by the Tidewater newspaper chain, broke the story of the raid.',
      'The Alder Ledger, a paper owned by Tidewater Media Group, broke the story of the raid.',
      'The Alder Ledger is part of Tidewater Media, which also owns the Alder Weekly.',
      'The Quay Press chain, which owned the Alder Ledger for decades, sold it to Tidewater.',
      'The Alder Ledger, a daily run by Quay Press Inc., broke the story of the raid.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('a bare name, a network, a sister, an outlet without recorded owners', () => {
    for (const sentence of [
      'The Alder Ledger, a paper owned by Ida Marsh, broke the story of the raid.',
      'The Alder Ledger is owned by Brackwater, the investment fund.',
      'The Alder Ledger is owned by Brackwater Holdings Inc.',
      'The Alder Ledger, part of the Tidewater News Network, broke the story of the raid.',
      'The Kells Courier, a paper owned by the Brackwater newspaper chain, covered the raid.',
      'The Alder Ledger, a site owned by the Alder Weekly, broke the story of the raid.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});

describe('a network of outlets, and two outlets owned together', () => {
  it.each([
    [
      'The Alder Ledger, part of the Brackwater network, broke the story of the raid.',
      'Brackwater',
    ],
    [
      'The Alder Weekly is the Alder Ledger\u2019s sister paper, and both belong to the Brackwater newspaper chain.',
      'Brackwater',
    ],
    [
      'The Alder Ledger and the Alder Weekly are both owned by Brackwater Media.',
      'Brackwater Media',
    ],
    [
      'The Alder Ledger and the Alder Weekly, the two papers of the harbour, both belong to the Brackwater network.',
      'Brackwater',
    ],
  ])('%s', (sentence, owner) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: owner }],
    });
  });

  it('never a false alarm: the recorded owner, a station\u2019s network, an owner said of one outlet alone', () => {
    for (const sentence of [
      'The Alder Ledger, part of the Tidewater network, broke the story of the raid.',
      'The Alder Ledger and the Alder Weekly both belong to the Tidewater Media Group.',
      'The Alder Weekly is the Alder Ledger\u2019s sister paper, and both belong to the Tidewater chain.',
      'KALD-TV, part of the Brackwater network, aired the raid.',
      'The Alder Ledger broke the story of the raid; the Kells Courier is owned by the Brackwater newspaper chain.',
      'The Alder Ledger broke the story, and the Kells Courier, which both belong to nobody, covered it.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});

describe('an organisation said to publish an outlet outright', () => {
  it.each([
    [
      'The Alder Ledger, a publication of the Westmark Harbour Pilots Association, broke the story of the raid.',
      'Westmark Harbour Pilots Association',
    ],
    [
      'The Alder Ledger, a publication of the Society of Harbour Historians, broke the story of the raid.',
      'Society of Harbour Historians',
    ],
    [
      'The Alder Ledger, which is published by the Brackwater Civic Foundation, broke the story of the raid.',
      'Brackwater Civic Foundation',
    ],
    [
      'The Alder Ledger is the harbour paper run by the Westmark Harbour Pilots Association, and it broke the story of the raid.',
      'Westmark Harbour Pilots Association',
    ],
  ])('%s', (sentence, owner) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: owner }],
    });
  });

  it('never a false alarm: its owner, a membership, an outlet without recorded owners', () => {
    for (const sentence of [
      'The Alder Ledger, a publication of Tidewater Media Group, broke the story of the raid.',
      'The Alder Ledger is the harbour paper run by Tidewater Media Group, and it broke the story of the raid.',
      'The Alder Ledger, part of the Westmark Press Association, broke the story of the raid.',
      'The Alder Ledger belongs to the Westmark Press Association, and it broke the story of the raid.',
      'The Kells Courier, a publication of the Westmark Harbour Pilots Association, covered the raid.',
      'The Alder Ledger, a publication of the Westmark Harbour Pilots, broke the story of the raid.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});

describe('the outlet a writer wrote for, said to be published by an organisation (embedded pack: Police1 belongs to Lexipol)', () => {
  const chiefs = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.events?.some((e) => e.id === 'police1-report'))!,
    worldIndex(),
  );
  const say = (sentence: string) => compareSentence(sentence, chiefs, '2016-12-01');
  it('another publisher is discrepant, whatever the outlet\u2019s role in the clause', () => {
    expect(
      say(
        'Cole Zercoe wrote the round-up for Police1, a publication of the National Sheriffs Association.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'National Sheriffs Association' }],
    });
  });
  it('never a false alarm: its owner, or no owner named', () => {
    for (const sentence of [
      'Cole Zercoe wrote the round-up for Police1, a publication of Lexipol.',
      'Cole Zercoe wrote the round-up for Police1, a site run by Lexipol.',
      'Cole Zercoe wrote the round-up for Police1.',
    ])
      expect(say(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});
