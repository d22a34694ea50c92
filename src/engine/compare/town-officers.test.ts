/**
 * The story's officers given to another town (town-officers.ts): in the Rochester story every local police department
 * that takes part (not as a bystander) is Rochester's (sources.md B13-B15, B20); Homan's post of 28 March and his
 * White House briefing of 28 April record no place of their own (B24, B31). "The <town> officers" there is the story's
 * group; another town is a conflict, the recorded one stays as it was, other wordings say nothing.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';
import { placeConflict } from './test-expected-verdict.ts';

const compare = (s: string) => compareSentence(s, rochester, '2025-05-10');

describe('the story\u2019s officers given to another town', () => {
  it.each([
    'On March 28 Homan wrote on X that he stands with the Syracuse officers: "Help is coming!"',
    'Homan posted that he would stand with the Buffalo cops, ending with "Help is coming!"',
    'At the White House briefing Homan complained that the Albany officers got disciplined.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject(placeConflict('page', /Syracuse|Buffalo|Albany/));
  });

  it.each([
    'On March 28 Homan wrote on X that he stands with the Rochester officers: "Help is coming!"',
    'At the White House briefing Homan complained that the Rochester police officers got disciplined.',
    // A town of the story's own, a town not put before the officers, a comparison, a denial.
    'Homan posted that he stands with the Greece officers too.',
    'Homan posted that he stands with the officers, who live as far away as Syracuse.',
    'Unlike the Buffalo officers, the Rochester officers got disciplined, Homan said at the White House briefing.',
    'Homan posted that he stands with police officers in Rochester and in neighboring Syracuse.',
    'Homan did not post that he stands with the Syracuse officers.',
    'Homan, a native of upstate New York who grew up near Watertown, posted that he stands with the officers.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('says nothing in a story whose officers serve several towns', () => {
    expect(
      compareSentence(
        'Police1 gathered what the Chicago officers said after the election.',
        chiefs,
        '2016-11-30',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
