/**
 * "He" carried over a chain of sentences (pronoun-chain.ts, analyze.ts): the one person who opened the chain is the
 * subject, so the clause compares as its named form. Invented story: on 14 June 2024 Lou Pike visited Dunmore and
 * met officers at the Dunmore Police Department.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare/compare-sentence.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { pikePack, pikeVisit, verdictOnRaidPage, westmark } from './compare/test-story.ts';
import { indexPacks } from './index.ts';
import { withCarriedSubject } from './pronoun-chain.ts';

function visitPack() {
  return pikePack([
    pikeVisit({
      label: 'Lou Pike visits Dunmore and meets officers at the Dunmore Police Department',
      duration: { min: 1, max: 1, unit: 'hours', note: 'about an hour' },
    }),
  ]);
}

const pack = visitPack();
const index = indexPacks([pack], { world: westmark() });
const record = buildStoryRecord(pack.stories[0]!, westmark());
const verdictOf = (lines: string[], last: string) =>
  verdictOnRaidPage(index, [...lines, last].join('\n'), last.slice(0, 25));
const CHAIN = [
  'Lou Pike came to Dunmore on June 14 to stand with the officers.',
  'He spent close to an hour behind closed doors with them.',
];

describe('a pronoun subject carried over a chain of sentences', () => {
  it("is the person who opened the chain: the named form's conflict is taken", () => {
    expect(
      verdictOf(CHAIN, 'Before leaving town, he also stopped in at the Harlow Police Department.'),
    ).toBe('discrepant');
    expect(
      verdictOf(
        [CHAIN.join(' ')],
        'Before leaving town, he also stopped in at the Harlow Police Department.',
      ),
    ).toBe('discrepant');
    expect(verdictOf(CHAIN, 'Then he dropped in on the Harlow Police Department.')).toBe(
      'discrepant',
    );
  });

  it('agrees where the named form would', () => {
    expect(
      verdictOf(CHAIN, 'Before leaving town, he also stopped in at the Dunmore Police Department.'),
    ).not.toBe('discrepant');
  });

  it('is no one when the chain is broken or its opening names two people', () => {
    expect(
      verdictOf(
        [CHAIN[0]!, 'The raid came first.'],
        'Before leaving town, he also stopped in at the Harlow Police Department.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        [
          'Lou Pike came to Dunmore on June 14 with Mayor Ida Marsh.',
          'She spent an hour with them.',
        ],
        'Before leaving town, he also stopped in at the Harlow Police Department.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        ['Lou Pike and Mayor Ida Marsh came to Dunmore on June 14.'],
        'Before leaving town, he also stopped in at the Harlow Police Department.',
      ),
    ).not.toBe('discrepant');
  });

  it('puts the name for the pronoun, after an opening phrase', () => {
    expect(
      withCarriedSubject(
        'Before leaving town, he also stopped in.',
        [{ text: CHAIN[0]! }, { text: CHAIN[1]! }],
        record.gazetteer,
      ),
    ).toBe('Before leaving town, Lou Pike also stopped in.');
    expect(
      withCarriedSubject('He left.', [{ text: 'Mayor Ida Marsh met Lou Pike.' }], record.gazetteer),
    ).toBeNull();
    expect(
      withCarriedSubject(
        'Later that week the council met.',
        [{ text: CHAIN[0]! }],
        record.gazetteer,
      ),
    ).toBeNull();
  });
});

describe('an opening phrase in lower case', () => {
  it('is no earlier part of someone\'s life ("Before leaving town," is not "Before Tucson,")', () => {
    expect(
      compareSentence(
        'Before leaving town, Lou Pike also stopped in at the Harlow Police Department.',
        record,
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
  });
});

describe('a pronoun subject of speech', () => {
  it("is left to the speaker's reading: what was said is no act", () => {
    expect(
      withCarriedSubject(
        'She said the warehouse was built in 1958.',
        [{ text: 'Mayor Ida Marsh spoke to reporters at noon.' }],
        record.gazetteer,
      ),
    ).toBeNull();
    expect(
      withCarriedSubject(
        'He told reporters he also stopped in at the Harlow Police Department.',
        [{ text: CHAIN[0]! }],
        record.gazetteer,
      ),
    ).toBeNull();
  });

  it('with speech allowed, carries an unquoted sentence of speech (for whom it was said to), never quoted words', () => {
    expect(
      withCarriedSubject(
        'She told the Alder Ledger about the raid.',
        [{ text: 'Mayor Ida Marsh spoke to reporters at noon.' }],
        record.gazetteer,
        true,
      ),
    ).toBe('Ida Marsh told the Alder Ledger about the raid.');
    expect(
      withCarriedSubject(
        'She told the Alder Ledger, \u201CIt went well.\u201D',
        [{ text: 'Mayor Ida Marsh spoke to reporters at noon.' }],
        record.gazetteer,
        true,
      ),
    ).toBeNull();
  });
});
