/**
 * A story's person the world file also records is one person (the pack's `world` link), so the surname alone names
 * them ("Ortt said …"): words of another person credited to them are misattributed, their own are theirs.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const HEAD =
  'Rochester police helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke policy.';
const finding = (sentence: string) =>
  analyzeText([HEAD, sentence].join('\n'), index, { today: '2025-04-02' }).findings.find(
    (f) => f.text === sentence,
  );

describe('a surname of a world-linked story person', () => {
  it('credits another person\u2019s words to them: misattributed', () => {
    expect(
      finding(
        'At the union hall, Ortt told the crowd, \u201CSanctuary policies endanger our police and the public.\u201D',
      ),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
  });

  it('credits their own words to them: consistent', () => {
    expect(
      finding(
        'At the union hall, Ortt told the crowd, \u201CThat didn\u2019t have to happen.\u201D',
      )?.verdict,
    ).toBe('consistent');
  });
});
