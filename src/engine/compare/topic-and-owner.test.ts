/**
 * Two readings a red-team page of true sentences showed wrong (the embedded pack's Rochester record: the stop on
 * Monday 24 March 2025, Homan's post and private meeting on Friday 28 March, his visit on Tuesday 29 April):
 * - an event named as the topic of a remark ("weighed in on the stop on Friday") does not take the remark's day;
 * - a name with a possessive ("Homan's post came on a Friday") owns the subject; it is not the one who came.
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
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-06-01')?.outcome;

describe('an event as the topic of a remark', () => {
  it('leaves the remark its own day', () => {
    expect(
      at(
        'He first weighed in on the Rochester stop on Friday, March 28, four days after it happened.',
      ),
    ).not.toBe('discrepant');
    expect(at('Homan commented on the traffic stop on Friday.')).not.toBe('discrepant');
    expect(at('Tom Homan posted about the stop on Friday, March 28.')).not.toBe('discrepant');
    expect(at('On Friday the border czar wrote about the Rochester traffic stop.')).not.toBe(
      'discrepant',
    );
  });

  it('leaves a meeting, hearing or vote on it its own day', () => {
    expect(at('A public hearing on the stop is set for Friday, March 28.')).not.toBe('discrepant');
    expect(at('The council will vote over the stop on Friday.')).not.toBe('discrepant');
    expect(at('The council debated the stop on Friday.')).not.toBe('discrepant');
  });

  it('still dates the event when the day is its own', () => {
    expect(at('Federal agents made the traffic stop on Friday, March 28.')).toBe('discrepant');
    expect(at('The Rochester traffic stop happened on a Friday.')).toBe('discrepant');
  });
});

describe('a name with a possessive before the verb', () => {
  it('is the owner of the subject, not the one who came', () => {
    expect(at("Homan's post came on a Friday.")).not.toBe('discrepant');
    expect(at("Tom Homan's message came on Friday, March 28.")).not.toBe('discrepant');
  });

  it('leaves the named person the subject without one', () => {
    expect(at('Tom Homan came to Rochester on a Friday.')).toBe('discrepant');
  });
});
