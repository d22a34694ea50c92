/**
 * A trip to an organization of the story ("went to the union's club") ties the clause to the record's visits there,
 * so who made it is compared with who the record has coming (visit-meeting.ts); a stranger under the title of the
 * record's visitor, with that visitor named beside them, is one more visitor, not another in their place
 * (person-post.ts). Record (sources.md B23): on Friday 28 March 2025 Senate Republican Leader Rob Ortt spoke at the
 * Locust Club's headquarters and thanked the officers.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(stories.find((s) => s.events?.some((e) => e.id === 'ortt-visit'))!, worldIndex());
const compare = (s: string) => compareSentence(s, rochester, '2025-04-02', undefined, undefined, s);

describe('a trip to an organization of the story', () => {
  it.each([
    'Senator Jane Parkhurst went to the Locust Club on Friday, March 28.',
    'On Friday, March 28, Senator Jane Parkhurst drove over to the Locust Club and thanked the officers.',
  ])('compares who went with the visitor the record has that day: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons.some((c) => c.slot === 'person' && /Ortt/.test(c.record ?? ''))).toBe(true);
  });

  it.each([
    // The record's visitor.
    'Rob Ortt went to the Locust Club on Friday, March 28.',
    // The record's visitor named beside someone under the same title: one more, not another in his place.
    'Rob Ortt and Senator Jane Parkhurst went to the Locust Club on Friday, March 28.',
    'Rob Ortt and Senator Jane Parkhurst spoke at the Locust Club on Friday, March 28.',
    // Another day, or another place.
    'Senator Jane Parkhurst went to the Locust Club in 2019.',
    'Senator Jane Parkhurst went to Albany on Friday, March 28.',
  ])('is no discrepancy: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
