import type { IndexedStory, PackIndex } from './pack-index.ts';
import { findIndexedTerms } from './term-index.ts';
import type { StoryMatch } from './types.ts';

/** Positions of the stories a page can retell: those with a required term in it, and those that require none. */
function candidates(present: ReadonlySet<number>, index: PackIndex): number[] {
  const out = new Set(index.ungated);
  for (const id of present) for (const n of index.gatedBy[id] ?? []) out.add(n);
  return [...out].sort((a, b) => a - b);
}

/**
 * Scores folded page text against every story's recognition cues and returns
 * the best story (relative to its threshold) that reaches its threshold and
 * has one of its `requireAny` cues and all of its `requireAll` cues; or null.
 * The page is read once for the cue terms of every story together; only the
 * stories with a required term in it are then scored. While required terms
 * are few, a page without any of them as a substring stops before that pass.
 */
export function recognizeStory(folded: string, index: PackIndex): { story: IndexedStory; match: StoryMatch } | null {
  if (index.prefilter && !index.prefilter.test(folded)) return null;
  const present = findIndexedTerms(index.cueTerms, folded);
  let best: { story: IndexedStory; match: StoryMatch } | null = null;
  for (const n of candidates(present, index)) {
    const indexed = index.stories[n] as IndexedStory;
    const found = indexed.cues.filter((cue) => cue.termIds.some((id) => present.has(id)));
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
