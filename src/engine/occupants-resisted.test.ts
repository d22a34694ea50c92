/**
 * Whether the men in the van resisted (sources.md A1, B16): only a later New York Post follow-up says the officers
 * helped cuff them after they "started resisting"; the police union's account says no force was used. The pack's
 * unverified claim keeps a page that says they resisted from green, never calls it wrong, and leaves other
 * resisting alone.
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
const findingOf = (line: string) =>
  analyzeText([...head, line].join('\n'), index, { today: '2025-04-30' }).findings.find(
    (f) => f.text === line,
  );

describe('the men said to have resisted', () => {
  it.each([
    'The passengers resisted, so the responding officers put them in handcuffs.',
    'According to one account, officers only cuffed the men once they started resisting.',
  ])('is unverified, never discrepant: %s', (line) => {
    expect(findingOf(line)).toMatchObject({
      verdict: 'unverified',
      claimId: 'unverified:occupants-resisted',
    });
  });
  it('leaves resisting of another kind alone', () => {
    expect(
      findingOf('City leaders said they would resist any pressure from Washington.')?.claimId,
    ).not.toBe('unverified:occupants-resisted');
  });
});
