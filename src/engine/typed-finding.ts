/**
 * A sentence's typed comparison with the story's record (compare/compare-sentence.ts), read once per distinct
 * sentence, and the findings made from it: the shared ground of analyze.ts and the readers of what came before
 * (what-came-before.ts).
 */
import type { Source } from '../pack/schema.ts';
import { compareSentence, type SentenceComparison } from './compare/compare-sentence.ts';
import type { IndexedEvent } from './compare/story-record.ts';
import type { StoryChecks } from './pack-index.ts';
import type { Sentence } from './sentences.ts';
import type { Finding, FindingKind } from './types.ts';

/** Sentences longer than this are not checked (bounded work per sentence). */
export const MAX_SENTENCE = 2000;

export type Judgement = Omit<Finding, 'start' | 'end' | 'text'>;

export function sourcesOf(story: StoryChecks, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => story.sources.get(id) ?? []);
}

/** The kind of finding a discrepant slot makes. */
export const SLOT_KIND: Record<string, FindingKind> = {
  agency: 'agency',
  weekday: 'date',
  date: 'date',
  time: 'date',
  street: 'place',
  place: 'place',
  state: 'place',
  count: 'number',
  person: 'person',
  role: 'person',
  outcome: 'contradicted',
  when: 'time-context',
  party: 'person',
  document: 'statement',
  outlet: 'attribution',
  vote: 'number',
  court: 'place',
  disposition: 'contradicted',
};

/**
 * The typed comparison of a sentence, once per distinct sentence of a page
 * (pages repeat sentences; reading costs about 1 ms per 150 characters). The
 * cache belongs to one story's record and one page date, and is bounded.
 */
const typedCache = new WeakMap<
  object,
  {
    key: string;
    page: string | undefined;
    onPage: Map<string, SentenceComparison | null>;
    alone: Map<string, SentenceComparison | null>;
  }
>();
const TYPED_CACHE_MAX = 2000;

export function typedOf(
  sentence: string,
  story: StoryChecks,
  pageDate: string | undefined,
  pageYear: number | undefined,
  pageText?: string,
): SentenceComparison | null {
  const record = story.record();
  let cache = typedCache.get(record);
  const key = `${pageDate ?? ''}|${pageYear ?? ''}`;
  if (!cache || cache.key !== key) {
    cache = { key, page: pageText, onPage: new Map(), alone: new Map() };
    typedCache.set(record, cache);
  }
  // The page's text decides whether a surname alone was ever given a first name: a sentence read with its
  // page is cached per page; one read alone (the readers of what came before) keeps its own cache.
  if (pageText !== undefined && cache.page !== pageText) {
    cache.page = pageText;
    cache.onPage = new Map();
  }
  const results = pageText === undefined ? cache.alone : cache.onPage;
  if (results.has(sentence)) return results.get(sentence) ?? null;
  if (pageText === undefined && cache.onPage.has(sentence))
    return cache.onPage.get(sentence) ?? null;
  const result = compareSentence(sentence, record, pageDate, { pageYear, page: pageText });
  if (results.size >= TYPED_CACHE_MAX) results.clear();
  results.set(sentence, result);
  return result;
}

/** Slots judged from world knowledge (who held an office, a party), not from the story's reports. */
const WORLD_SLOTS = new Set(['party', 'office', 'role', 'person']);

/** A finding from comparing the sentence's typed values with the story's events. */
export function typedJudgement(comparison: SentenceComparison, story: StoryChecks): Judgement {
  const record = story.record();
  const events = eventsWithIds(story, comparison.events);
  const verdict = comparison.outcome === 'discrepant' ? 'discrepant' : 'unverified';
  const slot = comparison.comparisons[0]?.slot ?? '';
  // No event to show: the record's values the comparison names stand as the record, and a story fact is cited to the
  // reports of the story's central events (a world fact's source is the world file, named in the explanation).
  const values = `${comparison.comparisons
    .map((c) => c.record)
    .filter(Boolean)
    .join('; ')}.`;
  const cited = events.length
    ? events
    : comparison.calendar || WORLD_SLOTS.has(slot)
      ? []
      : record.central;
  return {
    verdict,
    kind: verdict === 'discrepant' ? (SLOT_KIND[slot] ?? 'statement') : 'unverified-claim',
    // A weekday the calendar contradicts needs no event: the calendar is the record ("calendar:sunday-16-june-2024").
    claimId:
      events.length || !comparison.calendar
        ? `event:${events[0]?.event.id ?? ''}`
        : `calendar:${(comparison.comparisons[0]?.record ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    original: events.length ? events.map((e) => `${e.event.label}.`).join(' ') : values,
    explanation: comparison.explanation,
    comparison: comparison.comparisons,
    sources: sourcesOf(story, [...new Set(cited.flatMap((e) => e.event.sources))]),
  };
}

/** A typed comparison as a finding over the whole sentence: false when it is a discrepancy, else unverified. */
export function sentenceFinding(
  typed: SentenceComparison,
  story: StoryChecks,
  sentence: Sentence,
  text: string,
): Finding {
  const judged = typedJudgement(typed, story);
  return {
    ...judged,
    ...(judged.verdict === 'discrepant' ? { severity: 'false' as const } : {}),
    ...spanOf(sentence, text),
  };
}

/**
 * A comparison as a false finding over the whole sentence when it is a discrepancy and `only` holds of each of its
 * slot comparisons (the ones a reader may carry); else null. Unlike onlySlots it asks for no comparison at all (a
 * discrepancy always has one).
 */
export function conflictFinding(
  onPage: OnPage,
  typed: SentenceComparison | null | undefined,
  sentence: Sentence,
  only: (c: SentenceComparison['comparisons'][number]) => boolean = () => true,
): Finding | null {
  return typed?.outcome === 'discrepant' && typed.comparisons.every(only)
    ? falseFinding(typed, onPage.story, sentence, onPage.text)
    : null;
}

/** A typed discrepancy as a false finding over the whole sentence. */
export function falseFinding(
  typed: SentenceComparison,
  story: StoryChecks,
  sentence: Sentence,
  text: string,
): Finding {
  return {
    ...typedJudgement(typed, story),
    severity: 'false',
    ...spanOf(sentence, text),
  };
}

/** The page a sentence is read on: its text, the story it retells, and the day and year it speaks from. */
export interface OnPage {
  text: string;
  story: StoryChecks;
  pageDate: string | undefined;
  pageYear: number | undefined;
}

/** A sentence too long to read (bounded work per sentence). */
export function overlong(sentence: Sentence): boolean {
  return sentence.end - sentence.start > MAX_SENTENCE;
}

/** Where a finding over the whole sentence stands on the page. */
export function spanOf(sentence: Sentence, text: string): Pick<Finding, 'start' | 'end' | 'text'> {
  return {
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/** A sentence's typed comparison read alone (not with its page), on the page's day and year (cached). */
export function typedAlone(onPage: OnPage, sentence: string): SentenceComparison | null {
  return typedOf(sentence, onPage.story, onPage.pageDate, onPage.pageYear);
}

/** The ids of the events a sentence links by its typed values, read alone. */
export function linkedIds(onPage: OnPage, sentence: string): string[] {
  return typedAlone(onPage, sentence)?.events ?? [];
}

/** The nearest of `recent` that links any events, and their ids (an overlong sentence links none); else null. */
export function nearestLinking(
  onPage: OnPage,
  recent: readonly Sentence[],
): { sentence: Sentence; ids: string[] } | null {
  for (const sentence of recent) {
    const ids = overlong(sentence) ? [] : linkedIds(onPage, sentence.text);
    if (ids.length) return { sentence, ids };
  }
  return null;
}

/** The ids the nearest of `recent` that links any events links; else none. */
export function nearestLinkedIds(onPage: OnPage, recent: readonly Sentence[]): string[] {
  return nearestLinking(onPage, recent)?.ids ?? [];
}

/** The story's recorded events with these ids, in the record's order. */
export function eventsWithIds(story: StoryChecks, ids: readonly string[]): IndexedEvent[] {
  return story.record().events.filter((e) => ids.includes(e.event.id));
}

/**
 * A sentence compared with the story's record on the page's day and year; only with `events` when given (the readers
 * of what came before), and with the page's text when `withPage` (a surname alone given a first name elsewhere on it).
 */
export function compareOnPage(
  onPage: OnPage,
  sentence: string,
  events?: IndexedEvent[],
  withPage = false,
): SentenceComparison | null {
  return compareSentence(sentence, onPage.story.record(), onPage.pageDate, {
    events,
    pageYear: onPage.pageYear,
    page: withPage ? onPage.text : undefined,
  });
}

/** Whether a comparison has the outcome and compares only the given slots (at least one). */
export function onlySlots(
  typed: SentenceComparison | null | undefined,
  slots: readonly string[],
  outcomes: readonly SentenceComparison['outcome'][] = ['discrepant'],
): typed is SentenceComparison {
  return (
    !!typed &&
    outcomes.includes(typed.outcome) &&
    typed.comparisons.length > 0 &&
    typed.comparisons.every((c) => slots.includes(c.slot))
  );
}
