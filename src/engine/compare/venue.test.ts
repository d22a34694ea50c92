/**
 * A venue after "at" picks the speaker's event held there (venue.ts): Homan spoke at a White House briefing on
 * Monday 28 April 2025 (sources.md B31); he posted "Help is coming!" on Friday 28 March (B24).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) =>
  s.events?.some((e) => e.id === 'homan-briefing'),
)!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2025-04-30');

describe('a weekday with the venue of a speech', () => {
  it('another day than the event held there is discrepant', () => {
    expect(
      compare(
        'On Sunday, at the White House, Mister Homan had said that the officers “got disciplined.”',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'weekday', page: 'Sunday' }] });
    expect(
      compare('On Thursday, at the White House, Homan said the officers got disciplined.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare(
        'On Saturday at the White House, Tom Homan told reporters the officers had been disciplined.',
      )?.outcome,
    ).toBe('discrepant');
  });
  it("the record's day, another occasion the words name, or no venue is never discrepant", () => {
    for (const s of [
      'On Monday, at the White House, Homan said that the officers got disciplined.',
      'At the White House on Monday, April 28, Homan said he was going to Rochester to support the officers.',
      'Speaking at the White House on Friday, Homan said "Help is coming!"',
      'Homan said on Sunday that the officers got disciplined.',
      'On Tuesday, at the Locust Club, Homan said he would do anything he could to support them.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
