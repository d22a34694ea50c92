import type { StoryChecks } from './pack-index.ts';
import { contentWords } from './pack-index.ts';

/** A sentence shares enough of a reviewed claim's content words to be that claim. */
const MIN_SHARED = 4;
const MIN_OVERLAP = 0.6;

/** The reviewed claim (from ClaimReview) a sentence restates, if any. */
export function matchReview(
  sentence: string,
  story: StoryChecks,
): StoryChecks['reviews'][number] | null {
  if (!story.reviews.length) return null;
  const words = contentWords(sentence);
  let best: { review: StoryChecks['reviews'][number]; overlap: number } | null = null;
  for (const review of story.reviews) {
    let shared = 0;
    for (const w of review.words) if (words.has(w)) shared++;
    const overlap = shared / Math.max(1, review.words.size);
    if (shared >= MIN_SHARED && overlap >= MIN_OVERLAP && (!best || overlap > best.overlap))
      best = { review, overlap };
  }
  return best?.review ?? null;
}
