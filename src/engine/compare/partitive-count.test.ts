/**
 * "Four of them were detained": a count of part of a group counted before, in the
 * sentence or the one before it (invented story: two men detained in the raid).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
/** The embedded Rochester record: three men detained, a father and his two sons, held at Batavia. */
const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const before =
  'Harbor Unit officers raided a warehouse on Quay Street on Tuesday. They found five workers inside.';
const compare = (sentence: string, page?: string) =>
  compareSentence(sentence, record, '2024-06-20', {
    pageYear: 2024,
    page: page === undefined ? undefined : `${page}\n3/ ${sentence}`,
  });

describe('a count of part of a group counted before ("four of them")', () => {
  it('takes the group named right before it, set off by a comma, over an earlier count of another group', () => {
    const sentence =
      'Rochester officers, ten of them by the department\u2019s count, helped order the occupants out and put handcuffs on some of them.';
    const page = `Only three (a father and his two sons) ended up detained.\n${sentence}`;
    expect(compareSentence(sentence, rochester, '2025-04-04', { page })?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('weighs the count with the noun of the count before it', () => {
    expect(compare('Four of them were detained.', before)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'Four', record: '2 detained' }],
    });
    expect(
      compare('Officers found five workers in the warehouse, and four of those were detained.')
        ?.outcome,
    ).toBe('discrepant');
  });

  it('agrees when the record does, and says nothing with no count before', () => {
    expect(compare('Two of them were detained.', before)?.outcome).toBe('agrees');
    expect(
      compare('Officers found five workers in the warehouse, and two of them were detained.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'Four of them were detained.',
        'Harbor Unit officers raided a warehouse on Quay Street.',
      )?.outcome,
    ).not.toBe('discrepant');
    // "them" counted as something the record does not count.
    expect(
      compare(
        'Four of them were searched by dogs.',
        'Dunmore police brought six crates to the warehouse.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a part of a whole the act befell ("two of the five men held were …")', () => {
  it('is no count of those held when the whole is the recorded count', () => {
    expect(
      compareSentence(
        'Two of the three men taken into custody are the driver\u2019s sons.',
        rochester,
        '2025-04-03',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(compare('One of the two men detained was a cook.')?.outcome).not.toBe('discrepant');
    expect(
      compare('One of the two men who were detained in the raid was the owner.')?.outcome,
    ).not.toBe('discrepant');
  });
  it('the act told of the part, or a part larger than the whole, is still a count of those held', () => {
    expect(
      compareSentence(
        'Two of the three men were taken into federal custody.',
        rochester,
        '2025-04-03',
      )?.outcome,
    ).toBe('discrepant');
    expect(compare('Four of the two men detained were cooks.')?.outcome).toBe('discrepant');
  });
});

describe('a part told with no outcome ("six of them, all from …, stayed")', () => {
  const officers = 'About fifteen officers raided a warehouse on Quay Street on Tuesday.';
  it('is no size of the group: within it, nothing is said', () => {
    expect(
      compare(
        'Six of them, all from the Harbor Unit, stayed at the warehouse on Quay Street.',
        officers,
      )?.outcome,
    ).not.toBe('discrepant');
  });
  it('more than the whole group is still wrong', () => {
    expect(
      compare(
        'Twenty of them, all from the Harbor Unit, stayed at the warehouse on Quay Street.',
        officers,
      )?.outcome,
    ).toBe('discrepant');
  });
});
