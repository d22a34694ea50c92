/**
 * A post whose body the page names by its kind alone, in a clause linked by the place it names (person-post.ts):
 * "In <city>, the department's spokesman, <name>, …" is that city's department's spokesman. The record names the
 * Denver Police Department's spokesman as Doug Schepman (sources.md C8); it names no Tucson spokesman.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'denver-statement'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe("the department's spokesman in a named city", () => {
  it.each([
    "In Denver, the department's spokesman, Ann Rowe, said the department would stay out of immigration work.",
    "Over in Denver, the police department's spokesman, Ann Rowe, put it plainly.",
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'person', page: 'Ann Rowe', record: expect.stringContaining('Doug Schepman') },
      ],
    });
  });

  it('never a false alarm', () => {
    for (const s of [
      "In Denver, the department's spokesman, Doug Schepman, said the department would stay out of immigration work.",
      "In Tucson, the department's spokesman, Ann Rowe, said the department would stay out of immigration work.",
      "In Denver, the department's spokesman in 2019, Ann Rowe, said the department would stay out of immigration work.",
      'In Denver, officers put it plainly to residents that nothing had changed.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
