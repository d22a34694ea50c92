/**
 * Unrecorded quoted words in which a speaker offers to meet the person the record has them refusing to meet
 * (quoted-refusal.ts, called from analyze.ts). Invented story: on Wednesday 12 June 2024 Mayor Ida Marsh said she
 * would not meet Lou Pike, who came to Dunmore on Friday 14 June.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from '../index.ts';
import { pikeRefusalPack, verdictOnRaidPage, westmark } from './test-story.ts';

const index = indexPacks([pikeRefusalPack()], { world: westmark() });
const verdictOf = (sentence: string) => verdictOnRaidPage(index, sentence, sentence.slice(0, 25));

describe('a quoted offer to meet from a speaker who refused', () => {
  it("is discrepant when it names the one refused, in the speaker's first person", () => {
    expect(
      verdictOf(
        'Mayor Ida Marsh told reporters: "I welcome Mr. Pike, and my door is open whenever he wants to meet."',
      ),
    ).toBe('discrepant');
    expect(verdictOf('"I would be happy to sit down with Lou Pike," Mayor Ida Marsh said.')).toBe(
      'discrepant',
    );
    expect(verdictOf('Mayor Ida Marsh said on Friday: "I look forward to meeting Lou Pike."')).toBe(
      'discrepant',
    );
  });

  it('says nothing for a denied or conditional offer, an offer to others, or words of another day', () => {
    expect(
      verdictOf(
        'Mayor Ida Marsh said: "I will not meet with Lou Pike, and my focus is the harbor."',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf('Mayor Ida Marsh said: "I would be happy to meet Lou Pike only if he apologizes."'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('Mayor Ida Marsh said: "My door is open to every resident of Port Alder."'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('A year later, Mayor Ida Marsh said: "I would be glad to meet Lou Pike now."'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('In September 2024, Mayor Ida Marsh said: "My door is open to Lou Pike."'),
    ).not.toBe('discrepant');
  });
});
