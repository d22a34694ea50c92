/**
 * "the city's east side" where the record puts the event on a named side of
 * town ("Rochester's west side", a place of the event or one its street lies
 * within): another side is a conflict. Nothing here knows a story; the side
 * comes from the names of the story's places.
 */
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** The sides of town, as one capturing group for a pattern. */
export const SIDE_WORD = '(north|south|east|west|northeast|northwest|southeast|southwest)';
/** A side of town as a page writes it ("the east side", "the eastern side"). */
export const WRITTEN_SIDE = new RegExp(`\\b${SIDE_WORD}(?:ern)?\\s+side\\b`, 'gi');
const NAMED_SIDE = new RegExp(`\\b${SIDE_WORD}\\s+side\\b`, 'i');

/** The sides of town these places' names give ("Rochester's west side" gives west): side → the place's name. */
export function sidesNamed(canons: Iterable<string>, record: StoryRecord): Map<string, string> {
  const sides = new Map<string, string>();
  for (const c of canons) {
    const name = record.nameOf(c);
    const side = NAMED_SIDE.exec(name);
    if (side) sides.set((side[1] as string).toLowerCase(), name);
  }
  return sides;
}

export function sideConflicts(
  text: string,
  events: readonly IndexedEvent[],
  record: StoryRecord,
): { comparison: Comparison; explanation: string }[] {
  const written = [...text.matchAll(WRITTEN_SIDE)].map((m) => ({
    side: (m[1] as string).toLowerCase(),
    text: m[0],
  }));
  if (!written.length) return [];
  // The sides of town the linked events lie on, by the names of their places and what those lie within.
  const recorded = sidesNamed(
    events.flatMap((e) => e.places.flatMap((p) => [p, ...record.ancestors(p)])),
    record,
  );
  if (!recorded.size) return [];
  return written
    .filter((w) => !recorded.has(w.side))
    .map((w) => {
      const names = [...new Set(recorded.values())].join(' and ');
      return {
        comparison: { slot: 'place', page: w.text, record: names },
        explanation: `The record places it on ${names}, not the ${w.text}.`,
      };
    });
}

/**
 * Sides of town a clause names that no place of the story lies on ("Lyell is on the city's east side" where every
 * side the record gives is the west side), for a clause nothing else links: the record cannot confirm them, so the
 * sentence is no agreement (unconfirmed, never a conflict: the clause may be about something else).
 */
export function unrecordedSides(
  text: string,
  record: StoryRecord,
): { side: string; text: string; record: string }[] {
  if (text.search(WRITTEN_SIDE) === -1) return [];
  const recorded = sidesNamed(record.storyCanons, record);
  if (!recorded.size) return [];
  const names = [...new Set(recorded.values())].join(' and ');
  return [...text.matchAll(WRITTEN_SIDE)]
    .map((m) => ({ side: (m[1] as string).toLowerCase(), text: m[0], record: names }))
    .filter((w) => !recorded.has(w.side));
}
