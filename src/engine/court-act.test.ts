/**
 * A court's act the record does not have (court-act.ts), on the embedded pack's Rochester record: the Justice
 * Department's suit was dismissed as moot, with no ruling on the merits.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const verdict = (sentence: string) =>
  analyzeText(
    `Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, Mayor Malik Evans and Chief David Smith said.\n\n${sentence}`,
    index,
    { published: '2025-09-16' },
  ).findings.find((f) => f.text === sentence);

describe('a court order the record does not have', () => {
  it.each([
    'A federal judge has since ordered the city to suspend General Order 502 while that case plays out.',
    'A federal court has blocked General Order 502.',
  ])('is not consistent beside a recorded fact: %s', (sentence) => {
    const f = verdict(sentence);
    expect(f?.verdict).toBe('unverified');
    expect(f?.explanation).toContain('The record has no such court order');
  });

  it.each([
    "A federal judge dismissed the Justice Department's suit against the city in November.",
    'No judge has ordered the city to suspend General Order 502.',
  ])('leaves the recorded disposition, and a denial, alone: %s', (sentence) => {
    expect(verdict(sentence)?.explanation ?? '').not.toContain('no such court order');
  });
});
