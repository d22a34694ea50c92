/** The platform of a recorded post (the embedded pack: Homan's post of 28 March 2025 went up on X). */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-04-03')?.outcome;

describe('the platform of a recorded post', () => {
  it('conflicts when the page puts the post on another platform', () => {
    expect(at('Tom Homan posted on Facebook that he stood with the officers.')).toBe('discrepant');
    expect(at('Tom Homan posted on Instagram that help is coming.')).toBe('discrepant');
  });

  it('agrees for the record\u2019s platform under either name, and says nothing of a denial or of two platforms', () => {
    expect(at('Tom Homan posted on X that he stood with the officers.')).not.toBe('discrepant');
    expect(at('Tom Homan posted on Twitter that he stood with the officers.')).not.toBe(
      'discrepant',
    );
    expect(at('Tom Homan did not post on Facebook that help is coming.')).not.toBe('discrepant');
    expect(at('Tom Homan posted on X and Facebook that help is coming.')).not.toBe('discrepant');
  });
});
