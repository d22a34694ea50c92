/**
 * A post named by its body's possessive in apposition ("X, the council's president,"), compared like "Council
 * President X" (embedded Rochester record: Miguel Meléndez was council president; Stanley Martin a councilmember).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const outcome = (s: string) => compareSentence(s, rochester, '2025-03-28')?.outcome;

describe('a post named by its body’s possessive', () => {
  it('is wrong for someone who did not hold it', () => {
    expect(
      outcome(
        'Stanley Martin, the council’s president, went further on Thursday, saying the officers should be fired.',
      ),
    ).toBe('discrepant');
  });
  it('agrees for its holder, and is never the president of the country', () => {
    expect(
      outcome('Miguel Meléndez, the council’s president, spoke Thursday about profiling.'),
    ).not.toBe('discrepant');
    expect(
      outcome('Miguel Meléndez, the council’s president, said Latino residents feel profiled.'),
    ).not.toBe('discrepant');
  });
});
