/**
 * A commitment told after "He also said …" is given to the one the sentence before names; when that sentence credits
 * its words only to a pronoun ("“…,” he said."), the walk goes back within the paragraph to who spoke before it, two
 * sentences at most (stance-turned.ts carriedHolders). Not across a paragraph, and not past a sentence that names
 * no speaker. The embedded police-chiefs story (sources.md C6: Beck would not work with Homeland Security on
 * deportation efforts).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const BECK =
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times on Monday that his department would not change its approach.';
const QUOTE =
  '"We are not going to engage in law enforcement activities solely based on somebody\'s immigration status," he said.';
const TURNED =
  'He also said his officers would begin working with Homeland Security on deportations.';
const verdict = (text: string) =>
  analyzeText(text, index, { today: '2016-11-20', published: '2016-11-20' }).findings.find((f) =>
    f.text.startsWith('He also said'),
  )?.verdict;

describe('a commitment carried past a sentence credited to a pronoun', () => {
  it('goes to the speaker named before it, in the same paragraph', () => {
    expect(verdict(`${BECK} ${QUOTE} ${TURNED}`)).toBe('discrepant');
  });
  it('not across a paragraph, or past a sentence that names no speaker', () => {
    expect(verdict(`${BECK} ${QUOTE}\n${TURNED}`)).not.toBe('discrepant');
    expect(verdict(`${BECK} Reporters pressed him on it. ${QUOTE} ${TURNED}`)).not.toBe(
      'discrepant',
    );
  });
});
