/**
 * Words in quotation marks, given as said, that no recorded quote matches keep a sentence from green (analyze.ts),
 * on the embedded Rochester record: Homan's post of 28 March 2025 ended "Help is coming!" (sources.md C4, B24).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const LEAD =
  'Rochester officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025.';
const verdictOf = (sentence: string, fragment: string) =>
  analyzeText(`${LEAD}\n\n${sentence}`, index, { published: '2025-04-10' }).findings.find((f) =>
    f.text.includes(fragment),
  )?.verdict;

describe('quoted words given as said that the record does not have', () => {
  it('make a sentence that otherwise agrees unverified', () => {
    expect(
      verdictOf(
        'Border czar Tom Homan weighed in on Friday, March 28, posting that he stood with the officers and that \u201Chelp is on the way!\u201D',
        'weighed in',
      ),
    ).toBe('unverified');
  });

  it('leave the recorded words alone', () => {
    expect(
      verdictOf(
        'Border czar Tom Homan weighed in on Friday, March 28, posting that he stood with the officers and that \u201CHelp is coming!\u201D',
        'weighed in',
      ),
    ).not.toBe('unverified');
  });
});
