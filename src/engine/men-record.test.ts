/**
 * The men's criminal record, on which the sources disagree (sources.md B12: WXXI reported no known criminal record;
 * the Justice Department says the driver had been deported before and charged him with illegal re-entry): the
 * pack's unverified claim keeps any statement of it from green, and never calls it wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester police answer Border Patrol call',
  'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
];
const verdictOf = (line: string) =>
  analyzeText([...head, line].join('\n'), index, { today: '2025-04-30' }).findings.find(
    (f) => f.text === line,
  )?.verdict;

describe('a record the sources disagree on', () => {
  it.each([
    'The three men taken into custody had no criminal record.',
    'None of the men had any prior convictions, according to one station.',
    'The driver had a clean record.',
    'WXXI reported that the men had no known criminal record.',
  ])('is unverified, never discrepant: %s', (line) => {
    expect(verdictOf(line)).toBe('unverified');
  });
});
