/**
 * A duration measured out of what lasted ("two weeks of retraining"), read and compared with the invented story's
 * recorded durations (test-story.ts, with the discipline event of counts-outcomes.test.ts: a two-hour session and
 * 24 to 48 hours pending retraining).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from '../compare/compare-sentence.ts';
import { raidRecordAdding, REVIEW_LENGTHS, reviewEvent } from '../compare/test-review.ts';
import { durations } from './test-durations.ts';

describe('a duration measured out of the thing that lasted', () => {
  it('is read with its amount, unit and hedge', () => {
    expect(durations('They got two weeks of retraining.')).toEqual([
      { text: 'two weeks of retraining', min: 2, max: 2, unit: 'weeks' },
    ]);
    expect(durations('What followed was about an hour of talks.')).toEqual([
      { text: 'about an hour of talks', min: 1, max: 1, unit: 'hours', approximate: true },
    ]);
    expect(
      durations(
        'He spent a month, the chief says, in what he called three days of mandatory training.',
      ).find((d) => d.text.includes(' of ')),
    ).toMatchObject({ text: 'three days of mandatory training', min: 3, unit: 'days' });
    expect(durations('Six months of detention followed.')[0]).toMatchObject({
      min: 6,
      unit: 'months',
    });
  });
  it('is no length of the thing when it is a part of a span or a time from it', () => {
    for (const s of [
      'They struggled in the first two weeks of training.',
      'He left within two weeks of the meeting.',
      'The last hour of the meeting was tense.',
      'Two weeks of March passed.',
      'Two years of the program remain funded.',
      'A weeks of training.',
    ]) {
      expect(
        durations(s).filter((d) => d.text.includes(' of ')),
        s,
      ).toEqual([]);
    }
  });
});

const story = raidRecordAdding({ events: [reviewEvent(REVIEW_LENGTHS)] });
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a measured duration against the record', () => {
  it('is wrong when it fits no recorded length of that thing, in any wording', () => {
    for (const s of [
      'The officers were put on desk duty for what the chief called two weeks of retraining.',
      'Two weeks of retraining awaited the fifteen officers on desk duty.',
      'The officers on desk duty, the chief said, faced roughly a month of retraining.',
    ])
      expect(compare(s), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'duration' }],
      });
  });
  it('agrees, or says nothing wrong, when it fits', () => {
    for (const s of [
      'The officers were put on desk duty for a day or two of retraining.',
      'The officers were put on desk duty, facing two days of retraining.',
      'The officers on desk duty sat through two hours of session work before returning.',
      'The officers on desk duty returned within two weeks of the retraining.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
