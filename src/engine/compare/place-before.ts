/**
 * "That neighborhood is on the east side of the city", "The area lies in Buffalo": a sentence about the place of what
 * a sentence before told of, with no event of its own. Its place is compared with that event's record (side of town,
 * town, state, street); only a conflict is taken (analyze.ts placeOfWhatCameBefore).
 */
import { compareSentence, type SentenceComparison } from './compare-sentence.ts';
import { sideConflicts } from './side-of-town.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A sentence that opens on a place pointed back to, then says where it lies ("That block is …", "The area sits in …"). */
const OPENS_ON_PLACE = /^\W*(?:(?:and|but|so|now)\s+)?(?:that|this|the)\s+(?:same\s+|whole\s+)?(?:neighbou?rhood|area|street|block|corner|intersection|spot|location|stretch|district|section\s+of\s+(?:town|the\s+city)|part\s+of\s+(?:town|the\s+city))\s+(?:is|was|lies|lay|sits|sat)\b/i;

export const opensOnPlaceReference = (text: string): boolean => OPENS_ON_PLACE.test(text);

const PLACE_SLOTS = new Set(['place', 'state', 'street']);

/** The place conflict of a sentence pointing back to the place of `events` (which must record a place), or null. */
export function placeOfWhatCameBefore(text: string, events: readonly IndexedEvent[], record: StoryRecord, pageDate: string | undefined, pageYear: number | undefined): SentenceComparison | null {
  const placed = events.filter((e) => e.places.length);
  if (!placed.length || !opensOnPlaceReference(text)) return null;
  const ids = placed.map((e) => e.event.id);
  const sides = sideConflicts(text, placed, record);
  if (sides.length) return { outcome: 'discrepant', comparisons: sides.map((s) => s.comparison), explanation: sides.map((s) => s.explanation).join(' '), events: ids };
  const typed = compareSentence(text, record, pageDate, [...placed], pageYear);
  if (typed?.outcome !== 'discrepant' || !typed.comparisons.length || !typed.comparisons.every((c) => PLACE_SLOTS.has(c.slot))) return null;
  return typed;
}
