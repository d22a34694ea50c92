/**
 * A post put at the time the page tells of ("the mayor at the time was X",
 * "then-Mayor X") with no day of its own: the story's time is the days of its
 * central events, and someone the world file has holding the post at another
 * time is wrong there, not a courtesy title (invented story: Ida Marsh mayor
 * of Port Alder from 2020, Ned Cole before her; the raid in June 2024).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { raidRecord } from './test-raid-record.ts';

const central = raidRecord(['raid', 'briefing']);
const plain = raidRecord();
const compare = (sentence: string, record = central) =>
  compareSentence(sentence, record, '2024-06-20');

describe('a post at the time told', () => {
  it('finds a former holder named as the holder at the time, with the holder the record has', () => {
    expect(compare('The mayor at the time was Ned Cole.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Ned Cole' }],
    });
    expect(compare('The mayor back then was Ned Cole.')?.outcome).toBe('discrepant');
    expect(compare('The mayor at the time was Ned Cole.')?.explanation).toContain('Ida Marsh');
  });

  it('agrees with the holder, and leaves a post with no time, or a story with no central events, unconfirmed', () => {
    expect(compare('The mayor at the time was Ida Marsh.')?.outcome).not.toBe('discrepant');
    expect(compare('The mayor was Ned Cole.')?.outcome).not.toBe('discrepant');
    expect(compare('The mayor at the time was Ned Cole.', plain)?.outcome).not.toBe('discrepant');
  });
});
