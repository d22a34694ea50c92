/**
 * The wording of a claim the pack calls unverified, said with another head noun (head-synonyms.ts): the men's
 * criminal record, on which the sources disagree (sources.md B12), stays unverified however it is called.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { withHeadSynonyms } from './head-synonyms.ts';
import { analyzeText, indexPacks } from './index.ts';

describe('a phrase with its head noun said another way', () => {
  it('adds the other nouns of the set only to phrases of two words or more', () => {
    expect(withHeadSynonyms(['criminal record'])).toEqual([
      'criminal record',
      'criminal history',
      'criminal background',
      'criminal past',
    ]);
    expect(withHeadSynonyms(['record', 'rap sheet'])).toEqual(['record', 'rap sheet']);
  });
});

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester police answer Border Patrol call',
  'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
];
const verdictOf = (line: string) =>
  analyzeText([...head, line].join('\n'), index, { today: '2025-04-30' }).findings.find(
    (f) => f.text === line,
  )?.verdict;

describe('a record the sources disagree on, in other words', () => {
  it.each([
    'The three men taken into custody, students should note, had no criminal history.',
    'The driver had no prior history of arrests, one station said.',
    'The men had no criminal histories at all.',
  ])('is unverified, never discrepant nor silent: %s', (line) => {
    expect(verdictOf(line)).toBe('unverified');
  });
});
