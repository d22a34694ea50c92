/** A body's recorded spokesman credited with the body's statement (the embedded pack: Doug Schepman, Denver Police Department spokesman). */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
const verdictOf = (sentence: string) =>
  analyzeText(`${OPENING} ${sentence}`, index, {
    published: '2019-09-12',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;

describe('a spokesman credited with the statement of the body he speaks for', () => {
  it('speaks for it', () => {
    expect(
      verdictOf(
        'Denver police spokesman Doug Schepman said that immigration enforcement \u201Cis handled at the federal level, not by local law enforcement.\u201D',
      ),
    ).toBe('consistent');
  });

  it('leaves another person credited with the words misattributed', () => {
    expect(
      verdictOf(
        'Tucson Police Chief Chris Magnus said that immigration enforcement \u201Cis handled at the federal level, not by local law enforcement.\u201D',
      ),
    ).toBe('discrepant');
  });
});
