/**
 * A relative clause on a person in the present tense (", who leads the Senate Republicans in Albany,") describes
 * where the person serves or lives: its place is no place of the event the sentence tells (compare-sentence.ts
 * `STANDING_WHO`). Record: Senate Republican Leader Rob Ortt spoke at the Locust Club headquarters in Rochester.
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
  compareSentence(sentence, rochester, '2025-08-16', { page: sentence });

describe('a standing description of a person', () => {
  it.each([
    "Rob Ortt, who leads the Senate Republicans in Albany, went to the Locust Club's headquarters to thank the officers.",
    "Rob Ortt, who now serves in Albany, went to the Locust Club's headquarters to thank the officers.",
    "Rob Ortt, who is based in Albany, went to the Locust Club's headquarters to thank the officers.",
  ])("leaves the event's place alone: %s", (sentence) => {
    expect(inRochester(sentence)?.outcome).not.toBe('discrepant');
  });

  it('the event told in the past, or the person put there by the main clause, is still compared', () => {
    expect(
      inRochester("Rob Ortt, who was in Albany that day, went to the Locust Club's headquarters.")
        ?.outcome,
    ).toBe('discrepant');
    expect(
      inRochester('Rob Ortt went to the Locust Club in Albany to thank the officers.')?.outcome,
    ).toBe('discrepant');
    // An adverb ending in "s" is no verb of standing.
    expect(
      inRochester(
        'Rob Ortt, who afterwards spoke at the Locust Club in Albany, thanked the officers.',
      )?.outcome,
    ).toBe('discrepant');
  });
});
