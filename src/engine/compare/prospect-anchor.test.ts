/**
 * "that day" or "later" counts from an event the sentence named before it (relative-time.ts), but not from one the
 * words before tell of as still to come ("Previewed the planned trip of X, who said at a briefing that day …": the
 * day is the briefing's own, the trip came after). The embedded Rochester story: the White House briefing on Monday
 * 28 April 2025, Homan's visit on Tuesday 29 April (sources.md B31, B32).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { rochester } from './test-embedded-stories.ts';

const compare = (s: string) => compareSentence(s, rochester, '2025-07-09');

describe('an event still to come is no anchor of "that day"', () => {
  it('never flags the day of what was said about the planned event', () => {
    for (const s of [
      'Previewed the planned trip of border czar Tom Homan, who said at a White House briefing that day that he was going to Rochester to support the officers.',
      'Ahead of the upcoming visit by Tom Homan, who spoke at a White House briefing that day, the mayor said he would not meet him.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
  it('still counts from an event told as done', () => {
    expect(
      compare(
        'Tom Homan visited the Locust Club, and he said at a White House briefing that day that he was going to Rochester.',
      )?.outcome,
    ).toBe('discrepant');
  });
});
