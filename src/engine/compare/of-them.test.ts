/**
 * A part of the group the sentence before counted, named by "of them" (of-them.ts, a reader of what came before): the
 * embedded Rochester story, whose ten officers were put on desk duty pending retraining, not suspended or fired
 * (sources.md B20, B27), and whose van held about eight people, three of whom were detained (B11-B12).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { withGroupNamed } from './of-them.ts';
import { rochester } from './test-embedded-stories.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const HEAD =
  'On Monday, March 24, 2025, federal agents stopped a van on Whitney Street in Rochester, and city police answered a Border Patrol call for backup. Mayor Malik Evans and Chief David Smith said the officers broke the sanctuary policy.';
const verdict = (before: string, line: string) =>
  analyzeText(`${HEAD}\n${before} ${line}`, index, {
    today: '2025-03-29',
    published: '2025-03-29',
  }).findings.find((f) => f.text === line)?.verdict;
const OFFICERS =
  'The ten officers involved were moved to desk duty until they have been retrained.';

describe('"of them" after a counted group', () => {
  it('is read with the group named', () => {
    expect(withGroupNamed('Two of them were suspended.', OFFICERS, rochester.gazetteer)).toBe(
      'Two of the officers were suspended.',
    );
    expect(
      withGroupNamed('Two of them were suspended.', 'Nobody was counted.', rochester.gazetteer),
    ).toBeNull();
  });
  it('holds what befell them to the record', () => {
    expect(verdict(OFFICERS, 'Two of them have since been suspended without pay.')).toBe(
      'discrepant',
    );
    expect(verdict(OFFICERS, 'Eight of them were back on patrol by March 31.')).not.toBe(
      'discrepant',
    );
  });
  it('does not weigh the part\u2019s count as the group\u2019s', () => {
    expect(
      verdict(
        'Chief Smith estimates there were about eight people in that van.',
        'Three of them, a dad and his two sons, were taken to the federal detention center in Batavia.',
      ),
    ).not.toBe('discrepant');
  });
});
