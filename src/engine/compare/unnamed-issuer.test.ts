/**
 * A statement given to a body named only by its kind (unnamed-issuer.ts): the Denver statement came from the Denver
 * Police Department's public information office (sources.md C8), Beck's words from the LAPD chief (C6).
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

describe('a statement given to a body of another kind', () => {
  it.each([
    "Remember that the Denver statement came from the sheriff's office, not the police department.",
    "Denver's statement was put out by the sheriff's department.",
    "Beck's remarks came from the sheriff's department.",
    // The body as the subject speaking, in the town the clause names.
    "In Denver, the sheriff's department told the Denver Post it will not be involved in the future.",
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'agency' })],
    });
  });

  it.each([
    "The Denver statement did not come from the sheriff's office.",
    "The Denver statement came from the police department, not the sheriff's office.",
    "Denver's statement came from the police department.",
    "The Denver statement came from the department's public information office.",
    // No statement of the record pointed at.
    "A statement from Denver came from the sheriff's office.",
    "The sheriff's office also issued a statement.",
    'In Denver, the police department told the Denver Post it will not be involved in the future.',
    "In Denver, the sheriff's department never said anything.",
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
