/**
 * Another street of the story put in place of the recorded one by name ("on X Street, not Whitney"): the page denies
 * where the record has it happen (compare-values.ts). Record (sources.md B6, B7): the van was stopped on Whitney
 * Street just off Lyell Avenue; Orange Street is where the driver had been watched, at a house.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'stop'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-04-02', { page: s });

describe('a street of the story said in place of the recorded one', () => {
  it.each([
    'To be clear, the van was pulled over on Orange Street, not Whitney.',
    'Agents made the traffic stop at Orange Street rather than on Whitney Street.',
    // Denying a street the record does not have changes nothing: the record has Orange Street for the watching
    // beforehand (its own event), so the stop put there is wrong (street-of-another-event.test.ts).
    'The van was pulled over on Orange Street, not Main Street.',
  ])('is discrepant: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons.some((c) => c.slot === 'street' && c.page === 'Orange Street')).toBe(
      true,
    );
  });

  it.each([
    // No denial: the other street may be where something else of the scene happened.
    'The van was pulled over after leaving Orange Street.',
    // Where they came from, not where it happened.
    'Agents followed the van from Orange Street, not Whitney, before the stop.',
    // The record's own street, and a denial of a street the record does not have.
    'The van was pulled over on Whitney Street, not Orange Street.',
    // The record's streets, abbreviated as a chat writes them.
    'Agents pulled the van over on Whitney St right off Lyell Ave.',
  ])('is no discrepancy: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('a street where someone lives who is no party to it', () => {
  it('is not where it happened', () => {
    const sentence =
      'Border Patrol agents stopped the van while a friend of mine over on Dewey Avenue watched.';
    expect(compare(sentence)?.comparisons.find((c) => c.slot === 'street')?.page).not.toBe(
      undefined,
    );
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
    // The same street as the place of the stop is wrong.
    expect(compare('Border Patrol agents stopped the van on Dewey Avenue.')?.outcome).toBe(
      'discrepant',
    );
  });
});
