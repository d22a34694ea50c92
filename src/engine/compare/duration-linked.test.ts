/**
 * A duration told of what the clause links: the linking must not be lost to a reading that takes the outcome for
 * undone. The Rochester record: the ten officers were put on desk duty pending retraining; eight were back on patrol
 * by 31 March after a two-hour training session (sources.md B20, B27).
 * - "were sent to retraining": "to" before a noun in -ing is where they were sent, not an infinitive (carried-to.ts),
 *   so ", which …" after it times the retraining;
 * - "they're already back on patrol": the contracted "are already" is done since, like "are already" (record-extent.ts),
 *   not a prior act of theirs.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-04-10');

describe('sent to a noun in -ing', () => {
  it('links the retraining, so the length of its course is compared', () => {
    expect(
      compare('The officers were sent to retraining, which turned out to be a five-day course.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', page: 'five-day' }],
    });
    expect(
      compare(
        'All ten got sent to retraining, which was a three-week class, before going back out.',
      )?.outcome,
    ).toBe('discrepant');
  });
  it('the recorded length, or a retraining only wished for, is never discrepant', () => {
    for (const s of [
      'The officers were sent to retraining, which turned out to be a two-hour course.',
      'Protesters wanted the officers sent to retraining, which would be a five-day course.',
      'Critics said the officers ought to be sent to retraining for a month.',
      'The chief sent the file to training staff, who spent five days on it.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});

describe('a contracted "are already"', () => {
  it('is done since: the class before it is compared', () => {
    expect(
      compare("By Monday they're already back on patrol after a three-day class."),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', page: 'three-day' }],
    });
    expect(
      compare('Word is the officers\u2019re already back on the street after a week-long course.')
        ?.outcome,
    ).toBe('discrepant');
  });
  it('the recorded length, and a pluperfect prior act, are never discrepant', () => {
    for (const s of [
      "By Monday they're already back on patrol after a two-hour class.",
      "They're already back on the street, and nobody says how long the class took.",
      "The driver's already been deported once before, officials said.",
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
