/**
 * The size of the group a demand is about (demanded-count.ts), and an outcome told in the -ing form ("they're firing
 * the officers", read/lexicon.json), on the invented story (test-story.ts) with fifteen raid officers put on desk duty,
 * none fired, and Councillor Ora Lind calling for them to be fired. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import {
  councilReaction,
  ORA_LIND,
  oraLindDemand,
  raidRecordAdding,
  reviewEvent,
} from './test-review.ts';

const record = raidRecordAdding({
  entities: [ORA_LIND],
  events: [
    reviewEvent({
      words: ['desk duty'],
      quantities: [{ nouns: ['officers', 'cops'], min: 15, max: 15 }],
      outcomes: [{ kind: 'desk-duty', count: 15, nouns: ['officers', 'cops'] }],
      negatives: [
        { kind: 'fired', explanation: 'No officer was fired: the fifteen were put on desk duty.' },
      ],
    }),
    councilReaction({ demands: [oraLindDemand({ nouns: ['officers', 'cops'] })] }),
  ],
});
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('the size of the group a demand is about', () => {
  it.each([
    'Protesters at the rally want all six cops fired.',
    'They demanded that the six officers be fired.',
    'Ora Lind called for all of the nine officers to be fired.',
  ])("conflicts with the record's count of the group: %s", (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count' }],
    });
  });

  it.each([
    'Protesters at the rally want all fifteen cops fired.',
    // Not the whole group: six of them may be wished on.
    'Protesters at the rally want six cops fired.',
    'They demanded that about six officers be fired.',
    'Protesters at the rally do not want all six cops fired.',
  ])('says nothing against the record otherwise: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('an outcome in the -ing form', () => {
  it('is the outcome: "they\'re firing the officers" where none was fired', () => {
    expect(
      compare("The mayor says the raid broke policy and they're firing the officers."),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'outcome', page: 'firing' }] });
  });

  it('is not a wish for it, nor a firing of shots', () => {
    expect(compare('Protesters want the city to start firing the officers.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('Harbor Unit officers were seen firing shots on Quay Street.')?.outcome,
    ).not.toBe('discrepant');
  });
});
