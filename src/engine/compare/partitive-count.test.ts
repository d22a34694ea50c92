/**
 * "Four of them were detained": a count of part of a group counted before, in the
 * sentence or the one before it (invented story: two men detained in the raid).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const before = 'Harbor Unit officers raided a warehouse on Quay Street on Tuesday. They found five workers inside.';
const compare = (sentence: string, page?: string) => compareSentence(sentence, record, '2024-06-20', undefined, 2024, page === undefined ? undefined : `${page}\n3/ ${sentence}`);

describe('a count of part of a group counted before ("four of them")', () => {
  it('weighs the count with the noun of the count before it', () => {
    expect(compare('Four of them were detained.', before)).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'Four', record: '2 detained' }] });
    expect(compare('Officers found five workers in the warehouse, and four of those were detained.')?.outcome).toBe('discrepant');
  });

  it('agrees when the record does, and says nothing with no count before', () => {
    expect(compare('Two of them were detained.', before)?.outcome).toBe('agrees');
    expect(compare('Officers found five workers in the warehouse, and two of them were detained.')?.outcome).not.toBe('discrepant');
    expect(compare('Four of them were detained.', 'Harbor Unit officers raided a warehouse on Quay Street.')?.outcome).not.toBe('discrepant');
    // "them" counted as something the record does not count.
    expect(compare('Four of them were searched by dogs.', 'Dunmore police brought six crates to the warehouse.')?.outcome).not.toBe('discrepant');
  });
});
