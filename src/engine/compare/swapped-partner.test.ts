/**
 * Another body in the place of the one a recorded refusal names (denied-partner.ts swappedPartner): Beck said the
 * LAPD would not work with Homeland Security on deportation efforts (sources.md C6); "won't team up with the FBI on
 * deportation efforts" swaps the body. A body inside the recorded one (ICE), both bodies named, or the refusal's
 * other words missing stay unconfirmed; the recorded body agrees.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'magnus-statement'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe('a refused partner swapped for another body', () => {
  it.each([
    "And Beck was clear that the LAPD won't team up with the FBI on deportation efforts.",
    'Beck said his officers would not help the FBI with deportations.',
    'The LAPD will not work with the FBI on deportations, Beck said.',
    'Beck said the department would never partner with the Drug Enforcement Administration on deportation efforts.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'stance' })]),
    });
  });

  it.each([
    // A body inside the recorded one.
    'Beck said the LAPD would not work with ICE on deportation efforts.',
    // The recorded body named as well.
    'Beck said the LAPD would not work with Homeland Security or the FBI on deportations.',
    // Not the recorded refusal's matter.
    'Beck said the LAPD would not work with the FBI on terrorism cases.',
  ])('stays unconfirmed, never discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('unconfirmed');
  });

  it.each([
    'Beck said the LAPD would not work with Homeland Security on deportation efforts.',
    'Beck said the LAPD would not team up with the Department of Homeland Security on deportations.',
  ])('agrees: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('agrees');
  });
});
