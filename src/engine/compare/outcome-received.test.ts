/**
 * A personnel outcome named by a noun its people received (outcome-received.ts),
 * on the invented story (test-story.ts) with the fifteen Harbor Unit officers
 * put on desk duty pending retraining. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPackAdding, reviewEvent } from './test-review.ts';
import { westmark } from './test-story.ts';

const pack = raidPackAdding({
  events: [reviewEvent()],
  // A vaguer claim the record can neither confirm nor refute.
  unverified: [
    {
      id: 'discipline',
      claim: 'The officers face discipline.',
      when: [['disciplined', 'punished', 'discipline']],
      unless: ['desk duty'],
      record:
        'The officers were put on desk duty pending retraining; no further discipline is on record.',
      explanation: 'No discipline beyond desk duty is on record.',
      sources: ['ledger'],
    },
  ],
});

const story = buildStoryRecord(pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('an outcome noun the people received', () => {
  it.each([
    'In June the officers were punished with a suspension of one month.',
    'The officers received a one-month suspension.',
    'Each of the fifteen officers got an unpaid suspension.',
    'The officers were handed a suspension by the mayor.',
    'After the raid, the Harbor Unit officers were hit with a suspension.',
    'The officers were put on unpaid leave.',
  ])('is compared with the recorded action: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', record: 'put on desk duty' }],
    });
  });

  it.each([
    'The officers faced a suspension.',
    'The union feared the officers would get a suspension.',
    'The mayor wants the officers given a suspension.',
    'The officers did not receive a suspension.',
    'The officers received desk duty.',
    'A suspension was never on the table for the officers.',
  ])('never wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('a contradicted value outranks a vaguer claim the pack calls unverified', () => {
  const index = indexPacks([pack], { world: westmark() });
  const verdict = (sentence: string) =>
    analyzeText(
      [
        'Dawn raid in Port Alder',
        'Harbor Unit officers raided a warehouse on Quay Street.',
        sentence,
      ].join('\n'),
      index,
      { today: '2024-06-20' },
    ).findings.find((f) => f.text === sentence)?.verdict;
  it('is discrepant when the sentence names an outcome the record contradicts', () => {
    expect(verdict('The officers were punished with a suspension of one month.')).toBe(
      'discrepant',
    );
  });
  it('stays unverified when nothing in it is contradicted', () => {
    expect(verdict('The officers were punished.')).toBe('unverified');
  });
});
