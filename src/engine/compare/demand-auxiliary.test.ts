/**
 * A call for an outcome with an auxiliary between the wisher and the verb ("X is demanding", "X has called for"), held
 * to who made it (demanded-outcome.ts): in Rochester, Councilmember Stanley Martin called for the officers to be
 * fired; Council President Miguel Meléndez spoke of profiling.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const inRochester = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-03-29', { page: sentence });

describe('a demand told with an auxiliary', () => {
  it('credits the call to its maker: another speaker of that day is wrong', () => {
    const r = inRochester(
      'Council President Miguel Meléndez is demanding that the officers be fired.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('Stanley Martin');
    expect(
      inRochester('Council President Miguel Meléndez has called for the officers to be fired.')
        ?.outcome,
    ).toBe('discrepant');
    expect(
      inRochester('Councilmember Stanley Martin is demanding that the officers be fired.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('an outcome word inside the linked event\u2019s own name', () => {
  it('"at the City Council meeting" names the meeting, no outcome of it', () => {
    expect(
      inRochester(
        'On Tuesday, Councilmember Mary Lupien raised the incident at the City Council meeting.',
      )?.outcome,
    ).toBe('agrees');
  });
});
