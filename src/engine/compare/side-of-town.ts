/**
 * "the city's east side" where the record puts the event on a named side of
 * town ("Rochester's west side", a place of the event or one its street lies
 * within): another side is a conflict. Nothing here knows a story; the side
 * comes from the names of the story's places.
 */
import type { Comparison } from './compare-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const SIDE = /\b(north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+side\b/gi;

export function sideConflicts(text: string, events: readonly IndexedEvent[], record: StoryRecord): { comparison: Comparison; explanation: string }[] {
  const written = [...text.matchAll(SIDE)].map((m) => ({ side: (m[1] as string).toLowerCase(), text: m[0] }));
  if (!written.length) return [];
  // The sides of town the linked events lie on, by the names of their places and what those lie within.
  const recorded = new Map<string, string>();
  for (const e of events) {
    for (const p of e.places) {
      for (const c of [p, ...record.ancestors(p)]) {
        const name = record.nameOf(c);
        const side = /\b(north|south|east|west|northeast|northwest|southeast|southwest)\s+side\b/i.exec(name);
        if (side) recorded.set((side[1] as string).toLowerCase(), name);
      }
    }
  }
  if (!recorded.size) return [];
  return written.filter((w) => !recorded.has(w.side)).map((w) => {
    const names = [...new Set(recorded.values())].join(' and ');
    return { comparison: { slot: 'place', page: w.text, record: names }, explanation: `The record places it on ${names}, not the ${w.text}.` };
  });
}

/**
 * Sides of town a clause names that no place of the story lies on ("Lyell is on the city's east side" where every
 * side the record gives is the west side), for a clause nothing else links: the record cannot confirm them, so the
 * sentence is no agreement (unconfirmed, never a conflict: the clause may be about something else).
 */
export function unrecordedSides(text: string, record: StoryRecord): { side: string; text: string; record: string }[] {
  if (text.search(SIDE) === -1) return [];
  const recorded = new Map<string, string>();
  for (const c of record.storyCanons) {
    const side = /\b(north|south|east|west|northeast|northwest|southeast|southwest)\s+side\b/i.exec(record.nameOf(c));
    if (side) recorded.set((side[1] as string).toLowerCase(), record.nameOf(c));
  }
  if (!recorded.size) return [];
  const names = [...new Set(recorded.values())].join(' and ');
  return [...text.matchAll(SIDE)].map((m) => ({ side: (m[1] as string).toLowerCase(), text: m[0], record: names })).filter((w) => !recorded.has(w.side));
}
