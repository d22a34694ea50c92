import { hasAnyTerm } from './terms.ts';
import type { IndexedStory, PackIndex } from './pack-index.ts';
import type { StoryMatch } from './types.ts';

/**
 * Scores folded page text against every story's recognition cues and returns
 * the best story (relative to its threshold) that reaches its threshold and
 * has one of its `requireAny` cues and all of its `requireAll` cues; or null.
 */
export function recognizeStory(folded: string, index: PackIndex): { story: IndexedStory; match: StoryMatch } | null {
  let best: { story: IndexedStory; match: StoryMatch } | null = null;
  for (const indexed of index.stories) {
    if (indexed.gate && !indexed.gate.test(folded)) continue;
    const found = indexed.cues.filter((cue) => hasAnyTerm(folded, cue.terms));
    const score = found.reduce((sum, cue) => sum + cue.weight, 0);
    const { threshold } = indexed.story.recognition;
    if (score < threshold) continue;
    if (indexed.requireAny.length && !found.some((cue) => indexed.requireAny.includes(cue.id))) continue;
    if (!indexed.requireAll.every((id) => found.some((cue) => cue.id === id))) continue;
    if (best && score / threshold <= best.match.score / best.match.threshold) continue;
    const { story } = indexed;
    best = {
      story: indexed,
      match: {
        packId: indexed.packId,
        storyId: story.id,
        title: story.title,
        summary: story.summary,
        originals: story.originals,
        timeContext: story.timeContext,
        timeline: story.timeline ?? [],
        score,
        threshold,
        cues: found.map((cue) => cue.id),
      },
    };
  }
  return best;
}
