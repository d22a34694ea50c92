/**
 * "Officials say …", "Police said …": no one named speaks, so the page passes on what it learned as its own account,
 * and its values are held to the record like any other (compare-sentence.ts's speechAt). A named speaker's words stay
 * theirs. The Rochester stop was made by HSI with Border Patrol, on Lyell Avenue.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!, worldIndex());
const inRochester = (sentence: string) => compareSentence(sentence, rochester, '2025-03-27', undefined, undefined, sentence);

describe('an unnamed source before a speaking verb', () => {
  it('leaves the sentence the page\u2019s own account: another agency is wrong, the recorded ones agree', () => {
    const r = inRochester('Officials say the stop was made by agents from the Drug Enforcement Administration working alongside Border Patrol.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual(expect.objectContaining({ slot: 'agency', page: 'Drug Enforcement Administration' }));
    expect(inRochester('Officials said the van was stopped by Border Patrol agents on Lyell Avenue.')?.outcome).toBe('agrees');
    expect(inRochester('Police said the van was stopped by Border Patrol agents on Lyell Avenue.')?.outcome).toBe('agrees');
  });
});
