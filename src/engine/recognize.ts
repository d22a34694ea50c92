import { hasAnyTerm } from './terms.ts';
import type { IndexedStory, PackIndex } from './pack-index.ts';
import type { StoryMatch } from './types.ts';

/**
 * Scores folded page text against every story's recognition cues and returns
 * the best story whose score reaches its threshold, or null.
 */
export function recognizeStory(folded: string, index: PackIndex): { story: IndexedStory; match: StoryMatch } | null {
  let best: { story: IndexedStory; match: StoryMatch } | null = null;
  for (const indexed of index.stories) {
    const found = indexed.cues.filter((cue) => hasAnyTerm(folded, cue.terms));
    const score = found.reduce((sum, cue) => sum + cue.weight, 0);
    const { threshold } = indexed.story.recognition;
    if (score < threshold) continue;
    if (!indexed.required.every((id) => found.some((cue) => cue.id === id))) continue;
    if (best && score / threshold <= best.match.score / best.match.threshold) continue;
    best = {
      story: indexed,
      match: {
        packId: indexed.packId,
        storyId: indexed.story.id,
        title: indexed.story.title,
        summary: indexed.story.summary,
        originals: indexed.story.originals,
        score,
        threshold,
        cues: found.map((cue) => cue.id),
      },
    };
  }
  return best;
}
