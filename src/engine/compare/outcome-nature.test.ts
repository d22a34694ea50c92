/**
 * The nature of a recorded outcome (an event's outcome `nature`): on the
 * invented story (test-story.ts) with an event added in which the raid
 * officers are put under an internal review, and the relative clause that
 * denies only its own verb ("the officers who were not … had been …").
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { raidRecordAdding, reviewEvent } from './test-review.ts';

const story = raidRecordAdding({
  events: [
    reviewEvent({
      label: 'The raid officers are put on desk duty and under an internal review',
      quantities: [{ nouns: ['officers'], min: 15, max: 15 }],
      outcomes: [
        { kind: 'desk-duty', count: 15, nouns: ['officers'] },
        { kind: 'investigated', nature: 'internal', nouns: ['officers'] },
      ],
    }),
  ],
});
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('an outcome of another nature than the recorded one', () => {
  it('is wrong, naming both, when the sentence names whom it befell', () => {
    expect(compare('Prosecutors opened a criminal probe into the officers.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', page: 'criminal probe', record: 'an internal probe' }],
    });
  });
  it('agrees with the same nature, and says nothing wrong when wished, denied, or of someone else', () => {
    for (const s of [
      'An internal affairs investigation into the officers began.',
      'Activists demanded a criminal investigation into the officers.',
      'There was no criminal investigation of the officers.',
      'A criminal investigation into the warehouse owner began.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});

describe('a personnel outcome after a relative clause that is denied', () => {
  it('is read as done and compared with the recorded one', () => {
    expect(
      compare('The four officers who were not at the station had been suspended without pay.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', record: 'put on desk duty' }],
    });
    expect(compare('The officers who were not fired were put on desk duty.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
