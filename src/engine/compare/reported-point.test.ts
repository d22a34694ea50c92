/** A point phrase inside what was reported times the reported thing (the embedded pack: the stop on 24 March 2025, the Justice Department's details on 2 April). */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-05-01')?.outcome;

describe('a point phrase after a verb of reporting', () => {
  it('is the reported thing\u2019s, not the report\u2019s', () => {
    expect(
      at(
        'On April 2 the Justice Department released more details, saying the driver had been under surveillance by HSI before the stop.',
      ),
    ).not.toBe('discrepant');
    expect(
      at(
        'The Justice Department released details on April 2, stating that HSI had watched the driver for weeks before the stop.',
      ),
    ).not.toBe('discrepant');
  });

  it('still times the clause\u2019s own event', () => {
    expect(at('On April 2 the Justice Department released more details before the stop.')).toBe(
      'discrepant',
    );
  });
});
