/**
 * The post of someone given the making of what the clause's words name ("put forward by then-Mayor X") is read at
 * the making, not at that person's own other events (compare-sentence.ts). Record (sources.md B2): Resolution 2017-5,
 * passed on 21 February 2017, was proposed by then-Mayor Lovely Warren; the world file has Malik Evans as mayor only
 * from 2022.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'resolution-2017'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-04-02', { page: s });

describe('the post of who made what the words name', () => {
  it.each([
    'That resolution had been sponsored by then-Mayor Malik Evans.',
    'The updated resolution was put forward by then-Mayor Malik Evans, council records show.',
  ])('is the post held at the making: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toMatch(/Lovely Warren held the post then/);
  });

  it.each([
    // The record's maker, under the post she then held.
    'That resolution had been sponsored by then-Mayor Lovely Warren.',
    // A title of today is no claim about the time of the making.
    'The updated resolution was put forward by Mayor Malik Evans.',
    // Not the maker: someone of the story doing something else.
    'Then-Mayor Malik Evans spoke about the resolution that Lovely Warren had proposed.',
  ])('is no discrepancy: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
