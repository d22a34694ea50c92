/**
 * How many sources counted things came from ("statements from six agencies"), on the invented story (test-story.ts)
 * with the Alder Ledger's round-up, which quoted three statements (counts-outcomes.test.ts), and fifteen officers put
 * on desk duty. More sources than things is wrong; as many or fewer says nothing (source-count.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { ALDER_LEDGER, raidRecordAdding, reviewEvent, roundupEvent } from './test-review.ts';

const story = raidRecordAdding({
  entities: [ALDER_LEDGER],
  events: [
    reviewEvent({
      words: ['desk duty'],
      outcomes: [{ kind: 'desk-duty', count: 15, nouns: ['officers'] }],
    }),
    roundupEvent(),
  ],
});
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('more sources than the things they gave', () => {
  it.each([
    ['The Alder Ledger stitched together statements from six agencies.', 'six'],
    [
      "The Alder Ledger's round-up carried statements from at least five police departments.",
      'five',
    ],
    ['Statements by seven mayors were gathered in the Alder Ledger round-up.', 'seven'],
    ['The fifteen officers from twenty departments were put on desk duty.', 'twenty'],
  ])('is wrong: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'count', page })],
    });
  });

  it.each([
    'The Alder Ledger stitched together statements from three agencies.',
    'The Alder Ledger gathered statements from two cities.',
    'The Alder Ledger quoted statements from two police chiefs, one of them twice.',
    'The officers from two departments were put on desk duty.',
    'The Alder Ledger did not gather statements from six agencies.',
    'Six agencies sent officers to the Quay Street raid.',
  ])('says nothing wrong of as many or fewer, a denial, or no counted things: %s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'silent').not.toBe('discrepant');
  });
});
