/**
 * A part of the day told of the day a clause names (compare-values.ts's dayPart, timeline-head.ts): the press
 * conference of Wednesday 26 March 2025 was in the afternoon. "Wednesday morning" is wrong even where the clause's
 * people also link it to an event of theirs on another day (which the record gives no part of the day), and a
 * blotter-style head ("Wednesday morning:") dates the entry after it, as a bare day does.
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

describe('the part of the day on the day the clause names', () => {
  it('is held to that day\u2019s event, not left open by another event of the same people', () => {
    const r = inRochester(
      'On Wednesday morning, Mayor Malik Evans and Chief David Smith told reporters the officers appear to have broken city policy.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual(
      expect.objectContaining({ slot: 'time', page: 'morning' }),
    );
    expect(
      inRochester(
        'On Wednesday afternoon, Mayor Malik Evans and Chief David Smith told reporters the officers appear to have broken city policy.',
      )?.outcome,
    ).toBe('agrees');
  });

  it('a head "Wednesday morning:" dates what follows it', () => {
    expect(
      inRochester(
        'Wednesday morning: Mayor Malik Evans and Chief David Smith tell reporters the officers appear to have broken city policy.',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      inRochester(
        'Wednesday afternoon: Mayor Malik Evans and Chief David Smith tell reporters the officers appear to have broken city policy.',
      )?.outcome,
    ).toBe('agrees');
  });
});
