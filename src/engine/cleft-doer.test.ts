/**
 * Who acted, put in focus by a cleft ("X was the one who …", "It was X who …"): judged as the plain clause
 * (cleft-doer.ts, analyze.ts). The embedded pack: on 27 March 2025 Councilmember Stanley Martin called for the officers
 * to be fired; Council President Miguel Meléndez spoke of profiling of Latinos (sources.md B22).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { uncleft } from './cleft-doer.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester leaders react',
  'On March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
];
const verdictOf = (line: string) =>
  analyzeText([...head, line].join('\n'), index, { today: '2025-04-01' }).findings.find((f) =>
    f.text.includes(line.slice(-30)),
  )?.verdict;

describe('who acted, put in focus by a cleft', () => {
  it('the plain clause\u2019s conflict is the cleft\u2019s', () => {
    expect(verdictOf('Miguel Meléndez was the one who demanded that the officers be fired.')).toBe(
      'discrepant',
    );
    expect(verdictOf('It was Miguel Meléndez who demanded that the officers be fired.')).toBe(
      'discrepant',
    );
  });

  it('the recorded doer, or a denied cleft, is left alone', () => {
    expect(
      verdictOf('Stanley Martin was the one who demanded that the officers be fired.'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('Miguel Meléndez was not the one who demanded that the officers be fired.'),
    ).not.toBe('discrepant');
  });

  it('makes the clause plain only for an affirmed cleft with a named focus', () => {
    expect(uncleft('Ada Vance, the treasurer, was the one who signed the order.')).toBe(
      'Ada Vance, the treasurer, signed the order.',
    );
    expect(uncleft('It was Ada Vance who signed the order.')).toBe('Ada Vance signed the order.');
    expect(uncleft('By her account, it was the Harbor Supply Office that relayed the order.')).toBe(
      'By her account, the Harbor Supply Office relayed the order.',
    );
    expect(uncleft('Ada Vance was not the one who signed the order.')).toBeNull();
    expect(uncleft('It wasn\u2019t Ada Vance who signed the order.')).toBeNull();
    expect(uncleft('The treasurer signed the order.')).toBeNull();
  });
});
