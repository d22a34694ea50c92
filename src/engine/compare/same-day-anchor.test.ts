/**
 * "That same afternoon" counted from an event the clauses before tell of without its words: the one event of who
 * spoke there, or of who is named there (relative-time.ts), on the embedded pack's Rochester record (Ortt spoke at the
 * Locust Club on Friday 28 March 2025, when Homan posted his support; Homan visited on 29 April).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2026-02-16');

describe('an offset of the same day from an event told without its words', () => {
  it('counts from who spoke in the clause before', () => {
    expect(
      compare(
        'On Friday, March 28, Senate Republican Leader Rob Ortt spoke at Locust Club headquarters, and Tom Homan flew into Rochester that same afternoon to meet rank-and-file officers.',
      )?.comparisons,
    ).toContainEqual(expect.objectContaining({ page: 'afternoon', record: '32 days later' }));
  });
  it('counts from who is named in the clause before, to a visit told as going into the town', () => {
    expect(
      compare(
        'On Friday, Rob Ortt showed up at Locust Club headquarters to thank the officers, and Tom Homan flew into Rochester that afternoon to shake their hands.',
      )?.comparisons,
    ).toContainEqual(expect.objectContaining({ page: 'afternoon', record: '32 days later' }));
  });
  it('agrees where the record has both on one day', () => {
    expect(
      compare(
        'Rob Ortt spoke at Locust Club headquarters, and that same afternoon Tom Homan posted that he stood with the officers.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
