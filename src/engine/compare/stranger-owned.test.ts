/** A noun of a lower-case owner the story does not know, said of a subject by a copula (stranger-owned.ts). Invented story (test-story.ts). */
import { describe, expect, it } from 'vitest';
import { blankStrangerOwned } from './stranger-owned.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());

describe('a noun owned by a stranger after a copula', () => {
  it('is blanked, offsets kept', () => {
    const text = 'The duty clerk is the night desk\u2019s raid expert.';
    const out = blankStrangerOwned(text, record);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('raid');
  });
  it('is kept after a verb, for a capitalised owner, or for a plural owner', () => {
    expect(blankStrangerOwned('They swept the old neighbour\u2019s raid site.', record)).toContain(
      'raid',
    );
    expect(blankStrangerOwned('This was the Harbor Unit\u2019s raid.', record)).toContain('raid');
    expect(blankStrangerOwned('This was the officers\u2019 raid.', record)).toContain('raid');
  });
});
