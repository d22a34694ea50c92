/**
 * A label before a colon: one that names what a bare number counts ("Occupants: about eight", a fact box) gives the
 * count its noun; one that labels the text itself ("Answer:", "Update:", "Q:") counts nothing, and the sentence after
 * it is read as if it stood alone. The embedded pack's Rochester record (about eight people in the van; the ten
 * officers put on desk duty, none suspended).
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
const outcome = (sentence: string) => compareSentence(sentence, rochester, '2025-06-01')?.outcome;

describe('a label before a colon', () => {
  it('of the text itself counts nothing: the sentence after it is judged as it stands', () => {
    expect(outcome('All ten were suspended without pay for thirty days.')).toBe('discrepant');
    expect(outcome('Answer: All ten were suspended without pay for thirty days.')).toBe(
      'discrepant',
    );
    expect(outcome('Update: All ten were suspended without pay.')).toBe('discrepant');
  });

  it("of what is counted still names the count's noun", () => {
    expect(outcome('Occupants: about eight')).toBe('agrees');
    expect(outcome('Occupants: about thirty')).toBe('discrepant');
  });
});
