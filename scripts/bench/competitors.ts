/**
 * What the engine's design is measured against, doing the same work with the
 * same judgement code (matchFact, matchQuote) and the same recognition rule
 * (cue weights, threshold, requireAny, requireAll):
 *
 * - naive: tests every story's cues against the page, then every fact and
 *   quote of every story against every sentence;
 * - minisearch: MiniSearch (BM25 full-text search) finds the candidate
 *   stories from the page's distinct words, then, per sentence, the claims of
 *   the recognised story worth judging.
 */
import MiniSearch from 'minisearch';
import { matchFact } from '../../src/engine/match-fact.ts';
import { matchQuote } from '../../src/engine/match-quote.ts';
import { foldText } from '../../src/engine/normalize.ts';
import { indexPacks, type IndexedStory, type StoryChecks } from '../../src/engine/pack-index.ts';
import { pageTerms } from '../../src/engine/page-terms.ts';
import { splitSentences } from '../../src/engine/sentences.ts';
import { hasAnyTerm } from '../../src/engine/terms.ts';
import type { ClaimPack } from '../../src/pack/schema.ts';

export interface Competitor {
  name: string;
  /** Throws if the page is recognised. */
  dismiss(text: string): void;
  /** Returns the number of sentences judged; throws if the page is not recognised. */
  analyze(text: string): number;
}

/** The recognition rule of recognize.ts for one story, with hasAnyTerm on the page. */
function score(story: IndexedStory, folded: string): number | null {
  const found = story.cues.filter((cue) => hasAnyTerm(folded, cue.terms));
  const total = found.reduce((sum, cue) => sum + cue.weight, 0);
  const { threshold } = story.story.recognition;
  if (total < threshold) return null;
  if (story.requireAny.length && !found.some((cue) => story.requireAny.includes(cue.id)))
    return null;
  if (!story.requireAll.every((id) => found.some((cue) => cue.id === id))) return null;
  return total / threshold;
}

function best(stories: Iterable<IndexedStory>, folded: string): IndexedStory | null {
  let top: { story: IndexedStory; ratio: number } | null = null;
  for (const story of stories) {
    const ratio = score(story, folded);
    if (ratio !== null && (!top || ratio > top.ratio)) top = { story, ratio };
  }
  return top?.story ?? null;
}

function judgeAll(
  text: string,
  folded: string,
  judge: (sentence: string, foldedSentence: string, previous: string) => number,
): number {
  const sentences = splitSentences(text);
  let judged = 0;
  sentences.forEach((s, i) => {
    judged += judge(s.text, folded.slice(s.start, s.end), sentences[i - 1]?.text ?? '');
  });
  return judged;
}

export function naiveBaseline(pack: ClaimPack): Competitor {
  const stories = indexPacks([pack]).stories;
  const details = stories.map((s) => s.checks());
  return {
    name: 'naive',
    dismiss(text) {
      if (best(stories, foldText(text))) throw new Error('naive: unrelated page recognised');
    },
    analyze(text) {
      const folded = foldText(text);
      if (!best(stories, folded)) throw new Error('naive: matching page not recognised');
      const page = pageTerms(folded);
      return judgeAll(text, folded, (sentence, foldedSentence, previous) => {
        let hits = 0;
        for (const d of details) {
          if (matchQuote(sentence, d, previous)) hits++;
          for (const fact of d.facts) if (matchFact(foldedSentence, fact, page)) hits++;
        }
        return hits;
      });
    },
  };
}

const STOPWORDS = new Set(
  'a an and are as at be by for from has have he in is it its of on or said she that the their they this to was were will with'.split(
    ' ',
  ),
);
const processTerm = (term: string) => {
  const t = term.toLowerCase();
  return t.length < 2 || STOPWORDS.has(t) ? null : t;
};
const TOKEN = /[\p{L}\p{N}]+/gu;

interface ClaimDoc {
  id: number;
  story: number;
  kind: 'fact' | 'quote' | 'other';
  ref: number;
  text: string;
}

export function miniSearchPeer(pack: ClaimPack): Competitor {
  const stories = indexPacks([pack]).stories;
  // Stories by the words of their required cues (all cues when none is required).
  const gate = new MiniSearch<{ id: number; terms: string }>({ fields: ['terms'], processTerm });
  gate.addAll(
    stories.map((s, id) => ({
      id,
      terms: s.cues
        .filter((c) => !s.requireAny.length || s.requireAny.includes(c.id))
        .flatMap((c) => c.terms)
        .join(' '),
    })),
  );
  // Every claim, by its words.
  const claims = new MiniSearch<ClaimDoc>({
    fields: ['text'],
    storeFields: ['story', 'kind', 'ref'],
    processTerm,
  });
  let id = 0;
  const docs: ClaimDoc[] = [];
  pack.stories.forEach((story, n) => {
    story.facts?.forEach((f, ref) =>
      docs.push({
        id: id++,
        story: n,
        kind: 'fact',
        ref,
        text: [
          f.statement,
          ...f.about.flat(),
          ...(f.details ?? []).flatMap((d) => [
            ...(d.accepted ?? []),
            ...(d.wrong ?? []).flatMap((w) => w.terms),
          ]),
        ].join(' '),
      }),
    );
    story.quotes?.forEach((q, ref) =>
      docs.push({ id: id++, story: n, kind: 'quote', ref, text: q.text }),
    );
    story.unverified?.forEach((u, ref) =>
      docs.push({
        id: id++,
        story: n,
        kind: 'other',
        ref,
        text: `${u.claim} ${u.when.flat().join(' ')}`,
      }),
    );
    story.reviews?.forEach((r, ref) =>
      docs.push({ id: id++, story: n, kind: 'other', ref, text: r.claim }),
    );
  });
  claims.addAll(docs);

  const recognise = (folded: string): { story: IndexedStory; n: number } | null => {
    const words = [...new Set(folded.match(TOKEN) ?? [])].join(' ');
    const candidates = gate
      .search(words, { combineWith: 'OR' })
      .map((r) => r.id as number)
      .sort((a, b) => a - b);
    const story = best(
      candidates.map((n) => stories[n] as IndexedStory),
      folded,
    );
    return story ? { story, n: stories.indexOf(story) } : null;
  };
  return {
    name: 'minisearch',
    dismiss(text) {
      if (recognise(foldText(text))) throw new Error('minisearch: unrelated page recognised');
    },
    analyze(text) {
      const folded = foldText(text);
      const found = recognise(folded);
      if (!found) throw new Error('minisearch: matching page not recognised');
      const d: StoryChecks = found.story.checks();
      const page = pageTerms(folded);
      return judgeAll(text, folded, (sentence, foldedSentence, previous) => {
        const hits = claims
          .search(sentence, { combineWith: 'OR', filter: (r) => r.story === found.n })
          .slice(0, 5);
        let judged = 0;
        if (hits.some((h) => h.kind === 'quote') && matchQuote(sentence, d, previous)) judged++;
        for (const h of hits)
          if (
            h.kind === 'fact' &&
            matchFact(
              foldedSentence,
              d.facts[h.ref as number] as StoryChecks['facts'][number],
              page,
            )
          )
            judged++;
        return judged;
      });
    },
  };
}
