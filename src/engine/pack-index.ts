import type { ClaimPack, Story } from '../pack/schema.ts';
import { foldText } from './normalize.ts';

/** A story with its terms folded once, ready for matching. */
export interface IndexedStory {
  packId: string;
  story: Story;
  cues: { id: string; weight: number; terms: string[] }[];
  /** Ids of cues that must all be present. */
  required: string[];
  checks: { check: Story['checks'][number]; when: string[][]; unless: string[] }[];
}

export interface PackIndex {
  stories: IndexedStory[];
}

const fold = (terms: readonly string[]) => terms.map(foldText);

/** Prepares validated packs for matching. Later packs do not replace stories of earlier ones. */
export function indexPacks(packs: readonly ClaimPack[]): PackIndex {
  const seen = new Set<string>();
  const stories: IndexedStory[] = [];
  for (const pack of packs) {
    for (const story of pack.stories) {
      if (seen.has(story.id)) continue;
      seen.add(story.id);
      stories.push({
        packId: pack.id,
        story,
        cues: story.recognition.cues.map((cue) => ({ id: cue.id, weight: cue.weight, terms: fold(cue.terms) })),
        required: story.recognition.require ?? [],
        checks: story.checks.map((check) => ({
          check,
          when: check.when.map(fold),
          unless: fold(check.unless ?? []),
        })),
      });
    }
  }
  return { stories };
}
