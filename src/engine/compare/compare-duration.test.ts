/** Durations against the record (invented story: the dogs searched the building for two hours; the raid records no duration). */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a duration in a clause about an event that records one', () => {
  it('is wrong in another unit or outside the range', () => {
    expect(compare('Dogs searched the building for two days.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', page: 'for two days', record: 'two hours' }],
    });
    expect(compare('After a two-day search, the dogs left the building.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The dogs searched the building for more than five hours.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The dogs searched the building after roughly twenty minutes.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The dogs searched the building for two days.')?.explanation).toBe(
      'The record gives two hours, not for two days.',
    );
  });
  it('agrees in any unit that fits, hedged or bounded', () => {
    expect(compare('Dogs searched the building for two hours.')?.outcome).toBe('agrees');
    expect(compare('Dogs searched the building for about 120 minutes.')?.outcome).toBe('agrees');
    expect(compare('A two-hour search of the building followed.')?.outcome).toBe('agrees');
    expect(compare('The dogs searched the building for more than an hour.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('The dogs searched the building for roughly three hours.')?.outcome).not.toBe(
      'discrepant',
    );
  });
  it('compares a duration of part of the event only next to the words naming that part', () => {
    expect(compare('In the raid, the men were questioned for three days.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', record: 'three hours of questioning' }],
    });
    expect(compare('In the raid, the men were questioned for about three hours.')?.outcome).toBe(
      'agrees',
    );
  });
  it('compares a named part whatever the other linked events record (a briefing with no duration beside the raid)', () => {
    expect(
      compare(
        'At the briefing, Mayor Ida Marsh said the men were questioned for three days in the raid.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', record: 'three hours of questioning' }],
    });
    expect(
      compare('At the briefing the mayor said the raid’s questioning lasted three days.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare(
        'At the briefing, Mayor Ida Marsh said the men were questioned for three hours in the raid.',
      )?.outcome,
    ).toBe('agrees');
  });

  it('says nothing where the event records no duration, or none of what the clause times', () => {
    expect(compare('Officers raided the warehouse for three days.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Officers raided the warehouse for three days.')?.outcome).not.toBe(
      'unconfirmed',
    );
  });
});

describe('a duration the clause says the event lasted, where the record gives none for it', () => {
  it('keeps the sentence from agreeing: unconfirmed, never wrong', () => {
    expect(compare('The raid lasted about six hours.')).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'duration', page: 'lasted about six hours' }],
    });
    expect(compare('The raid on the warehouse took four hours.')?.outcome).toBe('unconfirmed');
  });
  it('says nothing of a duration told in passing', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse, a building that stood for forty years.')
        ?.outcome,
    ).toBe('agrees');
  });
});

describe('parts of an event that share a word (embedded Rochester record: a two-hour training session; 24 to 48 hours off patrol pending retraining)', () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((x) => x.id.startsWith('rochester'))!,
    worldIndex(),
  );
  const outcome = (s: string) => compareSentence(s, rochester, '2025-05-01')?.outcome;
  it('takes the part a word of its own names ("course", "session")', () => {
    expect(outcome('The officers went through a two-day retraining course.')).toBe('discrepant');
    expect(
      outcome('Eight of the ten officers were back on patrol after a two-day retraining course.'),
    ).toBe('discrepant');
  });
  it('leaves a duration only a shared word names to either part', () => {
    expect(outcome('The officers got a day or two of retraining.')).not.toBe('discrepant');
    expect(outcome('The officers were off patrol for two days pending retraining.')).not.toBe(
      'discrepant',
    );
    expect(outcome('The officers sat through a two-hour retraining session.')).toBe('agrees');
  });
  it('measured out of the thing ("a full day of retraining"), is its own length, not a time spent awaiting it', () => {
    expect(
      outcome(
        'Eight of the ten officers were back on patrol after a full day of classroom retraining.',
      ),
    ).toBe('discrepant');
    expect(outcome('The officers had two whole days of retraining.')).toBe('discrepant');
    expect(outcome('The officers had two hours of retraining.')).toBe('agrees');
    expect(outcome('The officers sat on desk duty for two days pending retraining.')).not.toBe(
      'discrepant',
    );
  });
});
