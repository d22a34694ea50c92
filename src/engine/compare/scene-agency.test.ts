/**
 * Agencies put at "the scene" (scene-count.ts's sceneAgencyLink): the story's incident, so each is held to its
 * participants. At the Rochester stop: HSI, Border Patrol and the Rochester police.
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
  compareSentence(sentence, rochester, '2025-03-27', { page: sentence });

describe('agencies at the scene', () => {
  it('in a head before a colon or in the clause: another agency is wrong, the recorded ones agree', () => {
    const r = inRochester(
      'Federal agencies on scene: Homeland Security Investigations and the United States Marshals Service.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual(
      expect.objectContaining({ slot: 'agency', page: 'United States Marshals Service' }),
    );
    expect(inRochester('Also at the scene were agents from the FBI.')?.outcome).toBe('discrepant');
    expect(
      inRochester(
        'Federal agencies on scene: Homeland Security Investigations and U.S. Border Patrol.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      inRochester('Agents from Homeland Security Investigations and Border Patrol were on scene.')
        ?.outcome,
    ).toBe('agrees');
  });

  it('not the scene of something else', () => {
    expect(
      inRochester('At the scene of a crash on Monroe Avenue, the FBI took over.')?.outcome,
    ).not.toBe('discrepant');
    // A clause with anything but agencies in it is not linked this way: a part, from elsewhere, may have helped.
    expect(
      inRochester('Two Greece officers helped immigration officers at the scene.')?.outcome,
    ).not.toBe('discrepant');
  });
});
