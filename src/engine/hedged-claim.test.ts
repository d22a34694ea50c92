/**
 * Hearsay the record contradicts is at least unverified, never discrepant (hedged-claim.ts, analyze.ts). Invented
 * story: on Wednesday 12 June 2024 Mayor Ida Marsh said she would not meet Lou Pike, who came to Dunmore on Friday
 * 14 June and met officers at the Dunmore Police Department.
 */
import { describe, expect, it } from 'vitest';
import { pikeRefusalPack, verdictOnRaidPage, westmark } from './compare/test-story.ts';
import { hedged, toldToWriter, withoutHedge } from './hedged-claim.ts';
import { indexPacks } from './index.ts';

const index = indexPacks([pikeRefusalPack()], { world: westmark() });
const verdictOf = (sentence: string) => verdictOnRaidPage(index, sentence, sentence.slice(0, 25));

describe('a hedged claim the record contradicts', () => {
  it('is unverified, whatever the hedge', () => {
    expect(verdictOf('Reportedly, Pike then sat down with Mayor Ida Marsh.')).toBe('unverified');
    expect(verdictOf('Mayor Ida Marsh allegedly met with Lou Pike.')).toBe('unverified');
    expect(verdictOf('Rumors say Pike also stopped at the Harlow Police Department.')).toBe(
      'unverified',
    );
  });

  it('is unverified when passed on to the writer, and never green', () => {
    expect(verdictOf('A neighbour told me Pike sat down with Mayor Ida Marsh.')).toBe('unverified');
    expect(verdictOf("I'm told Pike also stopped at the Dunmore Police Department.")).not.toBe(
      'consistent',
    );
    expect(toldToWriter('I told the mayor about it.')).toBe(false);
    expect(
      toldToWriter('Chief Smith told members of the media that the officers would be retrained.'),
    ).toBe(false);
    expect(toldToWriter('I had told the mayor about it.')).toBe(false);
  });

  it('says nothing new where the words without the hedge agree', () => {
    expect(verdictOf('Pike reportedly also stopped at the Dunmore Police Department.')).not.toBe(
      'unverified',
    );
  });

  it('blanks the hedge with its offsets kept', () => {
    expect(hedged('It is rumored that Pike met Marsh.')).toBe(true);
    expect(hedged('Pike met Marsh.')).toBe(false);
    const s = 'Pike reportedly met Marsh.';
    expect(withoutHedge(s)).toHaveLength(s.length);
    expect(withoutHedge(s).replace(/\s+/g, ' ')).toBe('Pike met Marsh.');
  });
});
