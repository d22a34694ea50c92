import type { IndexedStory, PackIndex } from './pack-index.ts';
import {
  carriesRecordedQuote,
  pageWordHashes,
  recognizedByClaims,
  statedEvents,
} from './recognize-claims.ts';
import { findIndexedTerms } from './term-index.ts';
import type { StoryMatch } from './types.ts';

/**
 * Positions of the stories a page can retell: those with a required term in it, and those that require none
 * (`byCues`); and those with only a `claimGate` term in it, which the page can retell from its claims alone.
 */
function candidates(
  present: ReadonlySet<number>,
  index: PackIndex,
): { byCues: Set<number>; byQuote: Set<number>; all: number[] } {
  const byCues = new Set(index.ungated);
  const all = new Set(index.ungated);
  const byQuote = new Set<number>();
  for (const id of present) {
    for (const n of index.gatedBy[id] ?? []) {
      byCues.add(n);
      all.add(n);
    }
    for (const n of index.claimGatedBy[id] ?? []) all.add(n);
  }
  // Stories reached only by a recorded speaker's name: a recorded quote of theirs, word for word, or nothing.
  for (const id of present)
    for (const n of index.quoteGatedBy[id] ?? []) if (!all.has(n)) byQuote.add(n);
  return { byCues, byQuote, all: [...all, ...byQuote].sort((a, b) => a - b) };
}

/**
 * Whether the page retells the story: by its cues (threshold, `requireAny`, `requireAll`) and, when the
 * pack asks for it (`requireEvent`), one of the story's central events stated; or from its claims alone.
 */
function retells(
  folded: string,
  words: () => Int32Array,
  indexed: IndexedStory,
  cuesOk: boolean,
): boolean {
  const claims = indexed.claims();
  if (!claims) return cuesOk;
  const requireEvent = indexed.story.recognition.requireEvent === true;
  if (cuesOk && !requireEvent) return true;
  // A page its cues recognise needs only one sentence that tells of an event: the reading stops there.
  const stated = statedEvents(folded, claims, cuesOk);
  if (cuesOk && stated.mentioned.size > 0) return true;
  return recognizedByClaims(stated, words, claims);
}

/** Whether the page carries one of the story's recorded quotes word for word (recognize-claims.ts). */
function carriesQuote(words: () => Int32Array, indexed: IndexedStory): boolean {
  const claims = indexed.claims();
  return claims !== null && carriesRecordedQuote(words(), claims);
}

/**
 * Scores folded page text against every story's recognition cues and returns
 * the best story (relative to its threshold) that reaches its threshold and
 * has one of its `requireAny` cues and all of its `requireAll` cues (and, if
 * the pack requires it, states one of its central events), or that the page
 * retells from its claims (recognize-claims.ts); or null.
 * The page is read once for the cue terms of every story together; only the
 * stories with a required term in it are then scored. While required terms
 * are few, a page without any of them as a substring stops before that pass.
 */
export function recognizeStory(
  folded: string,
  index: PackIndex,
): { story: IndexedStory; match: StoryMatch } | null {
  if (index.prefilter && !index.prefilter.test(folded)) return null;
  const present = findIndexedTerms(index.cueTerms, folded);
  let best: { story: IndexedStory; match: StoryMatch } | null = null;
  const { byCues, byQuote, all } = candidates(present, index);
  let hashes: Int32Array | undefined;
  const words = () => (hashes ??= pageWordHashes(folded));
  for (const n of all) {
    const indexed = index.stories[n] as IndexedStory;
    const found = indexed.cues.filter((cue) => cue.termIds.some((id) => present.has(id)));
    const score = found.reduce((sum, cue) => sum + cue.weight, 0);
    const { threshold } = indexed.story.recognition;
    const cuesOk =
      byCues.has(n) &&
      score >= threshold &&
      (!indexed.requireAny.length || found.some((cue) => indexed.requireAny.includes(cue.id))) &&
      indexed.requireAll.every((id) => found.some((cue) => cue.id === id));
    if (byQuote.has(n) ? !carriesQuote(words, indexed) : !retells(folded, words, indexed, cuesOk))
      continue;
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
