/**
 * "Officials say …", "Police said …": no one named speaks, so the page passes on what it learned as its own account,
 * and its values are held to the record like any other (compare-sentence.ts's speechAt). A named speaker's words stay
 * theirs. The Rochester stop was made by HSI with Border Patrol, on Lyell Avenue. A speaking verb whose object points
 * back ("said it on November 9") is no speech either: what follows dates the saying.
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

describe('an unnamed source before a speaking verb', () => {
  it('leaves the sentence the page\u2019s own account: another agency is wrong, the recorded ones agree', () => {
    const r = inRochester(
      'Officials say the stop was made by agents from the Drug Enforcement Administration working alongside Border Patrol.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual(
      expect.objectContaining({ slot: 'agency', page: 'Drug Enforcement Administration' }),
    );
    expect(
      inRochester('Officials said the van was stopped by Border Patrol agents on Lyell Avenue.')
        ?.outcome,
    ).toBe('agrees');
    expect(
      inRochester('Police said the van was stopped by Border Patrol agents on Lyell Avenue.')
        ?.outcome,
    ).toBe('agrees');
  });
});

describe('a speaking verb whose object points back ("said it", "said so")', () => {
  const chiefs = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
    worldIndex(),
  );
  const inChiefs = (sentence: string) =>
    compareSentence(sentence, chiefs, '2017-11-16', { page: sentence });
  it('dates the saying: Beck spoke to the Los Angeles Times on 14 November 2016', () => {
    const r = inChiefs('Beck said it on November 9.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual(
      expect.objectContaining({ slot: 'date', page: 'November 9' }),
    );
    expect(inChiefs('Beck said so on November 14.')?.outcome).not.toBe('discrepant');
  });
});
