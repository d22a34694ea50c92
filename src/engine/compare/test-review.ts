/**
 * The invented story (test-story.ts) with events and people added, chiefly the review that put the fifteen Harbor
 * Unit officers on desk duty pending retraining and what was said of it, for tests.
 */
import { parsePack, type PackResult } from '../../pack/parse-pack.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

/** Lists to add to the story's lists of the same names (entities, events, unverified …), as JSON. */
type Additions = Record<string, unknown[]>;

/** The invented pack with `add` added to its story, parsed: the parse result, problems and all. */
export function parseRaidPackAdding(add: Additions): PackResult {
  const p = raidPack() as unknown as { stories: Record<string, unknown[] | undefined>[] };
  const story = p.stories[0]!;
  for (const [key, items] of Object.entries(add)) story[key] = [...(story[key] ?? []), ...items];
  // Through JSON, so that a field given as undefined is left out.
  return parsePack(JSON.parse(JSON.stringify(p)) as unknown);
}

/** The invented pack with `add` added to its story. */
export function raidPackAdding(add: Additions): ClaimPack {
  const parsed = parseRaidPackAdding(add);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

/** The record of the invented story with `add` added, on the invented world. */
export function raidRecordAdding(add: Additions): StoryRecord {
  return buildStoryRecord(raidPackAdding(add).stories[0]!, westmark());
}

/**
 * The review of Thursday 13 June 2024: the fifteen Harbor Unit officers (or agents) are put on desk duty pending
 * retraining; `more` adds fields or replaces them (undefined leaves one out).
 */
export function reviewEvent(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sources: ['ledger'],
    confidence: 'high',
    id: 'review',
    label: 'The raid officers are put on desk duty pending retraining',
    words: ['desk duty', 'review'],
    date: '2024-06-13',
    participants: [{ role: 'subject', entities: ['harbor-unit'] }],
    quantities: [{ nouns: ['officers', 'agents'], min: 15, max: 15 }],
    outcomes: [
      { kind: 'desk-duty', count: 15, nouns: ['officers'] },
      { kind: 'retrained', nouns: ['officers'] },
    ],
    ...more,
  };
}

/** The review's recorded lengths, for reviewEvent: a two-hour session, and 24 to 48 hours pending retraining. */
export const REVIEW_LENGTHS = {
  duration: { min: 2, max: 2, unit: 'hours', note: 'a two-hour session', of: ['session'] },
  durations: [
    {
      min: 24,
      max: 48,
      unit: 'hours',
      note: '24 to 48 hours pending retraining',
      of: ['retraining', 'desk duty'],
    },
  ],
};

/** The Alder Ledger, as an outlet of the story. */
export const ALDER_LEDGER = { id: 'alder-ledger', kind: 'outlet', name: 'Alder Ledger' };

/**
 * The Alder Ledger's round-up of statements on Friday 14 June 2024, which quoted three of them; `more` adds fields or
 * replaces them.
 */
export function roundupEvent(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sources: ['ledger'],
    confidence: 'high',
    id: 'roundup',
    label: "The Alder Ledger's round-up of statements",
    words: ['alder ledger'],
    date: '2024-06-14',
    participants: [{ role: 'reported', entities: ['alder-ledger'] }],
    quantities: [{ nouns: ['statements', 'officials'], min: 3, max: 3, quoted: true }],
    ...more,
  };
}

/** Councillor Ora Lind, as a person of the story. */
export const ORA_LIND = { id: 'ora-lind', kind: 'person', name: 'Ora Lind' };

/** Ora Lind's call for the officers to be fired; `more` adds fields or replaces them. */
export function oraLindDemand(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    by: ['ora-lind'],
    kind: 'fired',
    nouns: ['officers'],
    statement: 'Councillor Ora Lind calling for the officers to be fired',
    ...more,
  };
}

/**
 * Councillor Ora Lind's reaction to the raid on Friday 14 June 2024, in which she called for the officers to be fired
 * (oraLindDemand); `more` adds fields or replaces them.
 */
export function councilReaction(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sources: ['ledger'],
    confidence: 'high',
    id: 'council-reaction',
    label: 'Councillor Ora Lind reacts to the raid',
    words: ['reaction'],
    date: '2024-06-14',
    participants: [{ role: 'spoke', entities: ['ora-lind'] }],
    demands: [oraLindDemand()],
    ...more,
  };
}
