/**
 * A count placed at the scene the sentence before told of (count-there.ts, a reader of what came before): the
 * embedded Rochester story, whose backup call drew 10 to 12 officers (sources.md B9-B10).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const HEAD = [
  'On Monday, March 24, 2025, federal agents stopped a van on Whitney Street in Rochester.',
  'Border Patrol dispatchers called 911 for emergency backup, and city police came with lights and sirens.',
].join(' ');
const verdict = (line: string) =>
  analyzeText(`${HEAD} ${line}`, index, {
    today: '2025-03-29',
    published: '2025-03-29',
  }).findings.find((f) => f.text === line)?.verdict;

describe('a count at the scene told before', () => {
  it('is held to that event\u2019s count', () => {
    expect(verdict('In all, fifteen city officers ended up on that block.')).toBe('discrepant');
    expect(verdict('Fifteen officers were there in the end.')).toBe('discrepant');
  });
  it('agrees, or says nothing, when it fits or tells of another time', () => {
    expect(verdict('In all, ten city officers ended up on that block.')).not.toBe('discrepant');
    expect(verdict('Fifteen officers were there the next day.')).not.toBe('discrepant');
    expect(verdict('In all, fifteen people signed the petition.')).not.toBe('discrepant');
    expect(verdict('Fifteen people were there by then, neighbours mostly.')).not.toBe('discrepant');
  });
});
