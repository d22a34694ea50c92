/**
 * A clause linked only by a meeting or visit verb, with no one named and no word of the event ("Field Day planning
 * meets May 10"): any meeting may be meant, so its day is not held to the story's meetings (compare-sentence.ts,
 * outcomeOnly). Someone of the story named, or "the meeting", still is.
 */
import { describe, expect, it } from 'vitest';
import { rochesterVerdict } from '../test-embedded-page.ts';

describe('a meeting told of with no one named', () => {
  it('leaves its day alone', () => {
    expect(rochesterVerdict('Field Day planning meets May 10.')).not.toBe('discrepant');
    expect(rochesterVerdict('The book club meets on Thursday.')).not.toBe('discrepant');
    // Someone named who takes no part in the story's meetings.
    expect(rochesterVerdict("Jane Roe's book club meets on May 10.")).not.toBe('discrepant');
  });

  it('still holds the day of a meeting of someone the story names', () => {
    expect(rochesterVerdict('Tom Homan met union members on May 10.')).toBe('discrepant');
  });
});
