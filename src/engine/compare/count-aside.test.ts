/**
 * A count in brackets is not the count of an outcome told outside them (compare-values.ts), on the embedded Rochester
 * record: the chief put about eight people in the van (sources.md B11); no count of the handcuffed is recorded.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const record = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, record, '2025-04-03');

describe('a count in brackets beside an outcome outside them', () => {
  it('is compared as what it counts, not as the outcome\u2019s count', () => {
    expect(
      compare(
        'Officers walked to the van (the chief\u2019s estimate was about a dozen people aboard), ordered the occupants out and helped put handcuffs on them.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'a dozen' }] });
    expect(
      compare(
        'Officers walked to the van (the chief\u2019s estimate was about eight people aboard), ordered the occupants out and helped put handcuffs on them.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
