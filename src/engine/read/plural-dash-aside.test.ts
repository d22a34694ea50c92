/**
 * Dashes that set off an aside after a plural subject ("federal agents — Border Patrol and a DEA unit — stopped a
 * van") cut no clause when a verb in the past carries the predicate on (clauses.ts asideDashes): the aside's values
 * are the subject's. Any other dash still ends a clause. The embedded Rochester story: Homeland Security
 * Investigations and Border Patrol at the stop (sources.md B5–B6).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from '../compare/compare-sentence.ts';
import { rochester } from '../compare/test-embedded-stories.ts';
import { tokenize } from './tokens.ts';
import { splitClauses } from './clauses.ts';

const clauses = (s: string) => splitClauses(tokenize(s)).length;

describe('a dash aside after a plural subject', () => {
  it('is read with its subject and predicate', () => {
    expect(clauses('Federal agents — Border Patrol and the DEA — stopped a van.')).toBe(1);
    expect(
      compareSentence(
        'On Monday evening, federal agents — Border Patrol, along with a DEA unit — stopped a van on Whitney Street.',
        rochester,
        '2025-03-27',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'agency', page: 'DEA' }] });
    expect(
      compareSentence(
        'On Monday evening, federal agents — Border Patrol and HSI — stopped a van on Whitney Street.',
        rochester,
        '2025-03-27',
      )?.outcome,
    ).toBe('agrees');
  });
  it('is not after a word in "s" that is no plural noun, or when no past verb follows', () => {
    expect(clauses('The chief was — by all accounts — stopped short.')).toBe(3);
    expect(clauses('He praised the officers — all ten of them — and left.')).toBe(3);
  });
});
