import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../../src/engine/index.ts';
import { formatProblem, parsePack } from '../../src/pack/parse-pack.ts';
import type { ClaimPack } from '../../src/pack/schema.ts';
import { generatePack, unrelatedArticle } from './generate-pack.ts';

/** How many claims the pack holds: its stories' facts, quotes, unverified claims and reviews, listed together. */
const claimsOf = (pack: ClaimPack) =>
  pack.stories.flatMap((s) => [
    ...(s.facts ?? []),
    ...(s.quotes ?? []),
    ...(s.unverified ?? []),
    ...(s.reviews ?? []),
  ]).length;

function valid(data: unknown): ClaimPack {
  const result = parsePack(data);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

describe('benchmark pack generator', () => {
  it('is deterministic for a seed, and another seed gives another pack', () => {
    expect(JSON.stringify(generatePack(250, 42))).toBe(JSON.stringify(generatePack(250, 42)));
    expect(JSON.stringify(generatePack(250, 43).data)).not.toBe(
      JSON.stringify(generatePack(250, 42).data),
    );
    expect(unrelatedArticle(5000, 3)).toBe(unrelatedArticle(5000, 3));
  });

  it.each([1, 7, 10, 100, 1003])('makes a valid pack of exactly %i claims', (claims) => {
    const pack = valid(generatePack(claims, 5).data);
    expect(claimsOf(pack)).toBe(claims);
    expect(pack.stories).toHaveLength(Math.ceil(claims / 10));
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => generatePack(0)).toThrow();
    expect(() => generatePack(2.5)).toThrow();
  });

  it('writes a page the engine recognises as its story, with discrepancies, and an unrelated page it dismisses', () => {
    const generated = generatePack(100, 9);
    const index = indexPacks([valid(generated.data)]);
    const analysis = analyzeText(generated.matchingArticle, index);
    expect(analysis.story?.storyId).toBe(generated.matchingStory);
    const kinds = new Set(
      analysis.findings.filter((f) => f.verdict === 'discrepant').map((f) => f.claimId),
    );
    expect(kinds).toEqual(new Set(['fact:count', 'fact:agency', 'fact:official', 'quote:quote-2']));
    expect(analysis.findings.some((f) => f.verdict === 'unverified')).toBe(true);
    const unrelated = unrelatedArticle(50_000);
    expect(unrelated.length).toBeGreaterThanOrEqual(50_000);
    expect(analyzeText(unrelated, index).story).toBeNull();
  });
});
