/**
 * A clause inverted around a participle (inverted-participle.ts), put back in plain order and judged as such (a reader
 * of what-came-before.ts, with clefts). The embedded Rochester story: the Justice Department's suit named the city,
 * Mayor Evans and Council President Meléndez (sources.md B30).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { uninverted } from './inverted-participle.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const HEAD =
  'The Justice Department sued the City of Rochester on Thursday, April 24, 2025, over its sanctuary policy, weeks after city police helped Border Patrol agents at a traffic stop on Whitney Street.';
const verdict = (line: string) =>
  analyzeText(`${HEAD}\n${line}`, index, {
    today: '2025-05-01',
    published: '2025-05-01',
  }).findings.find((f) => f.text === line)?.verdict;

describe('an inverted participle', () => {
  it('is put back in plain order', () => {
    expect(uninverted('Named in the complaint were the mayor and the chief.')).toBe(
      'The complaint named the mayor and the chief.',
    );
    expect(uninverted('Sued by the Justice Department was the city itself.')).toBe(
      'The Justice Department sued the city itself.',
    );
    expect(uninverted('Charged in the case was the driver.')).toBeNull();
    expect(uninverted('Named after his father, the chief said little.')).toBeNull();
  });
  it('is judged as the plain clause', () => {
    expect(verdict('Named in the complaint were the mayor and Police Chief David Smith.')).toBe(
      'discrepant',
    );
    expect(
      verdict('Named in the complaint were the mayor and Council President Miguel Meléndez.'),
    ).not.toBe('discrepant');
  });
});
