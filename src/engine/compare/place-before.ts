/**
 * "That neighborhood is on the east side of the city", "The area lies in Buffalo": a sentence about the place of what
 * a sentence before told of, with no event of its own. Its place is compared with that event's record (side of town,
 * town, state, street); only a conflict is taken (analyze.ts placeOfWhatCameBefore).
 */
import { compareSentence, type SentenceComparison } from './compare-sentence.ts';
import { sideConflicts } from './side-of-town.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A sentence that opens on a place pointed back to, then says where it lies ("That block is …", "The area sits in …"). */
const OPENS_ON_PLACE =
  /^\W*(?:(?:and|but|so|now)\s+)?(?:that|this|the)\s+(?:same\s+|whole\s+)?(?:neighbou?rhood|area|street|block|corner|intersection|spot|location|stretch|district|section\s+of\s+(?:town|the\s+city)|part\s+of\s+(?:town|the\s+city))\s+(?:is|was|lies|lay|sits|sat)\b/i;

export const opensOnPlaceReference = (text: string): boolean => OPENS_ON_PLACE.test(text);

const PLACE_SLOTS = new Set(['place', 'state', 'street']);

/** The place conflict of a sentence pointing back to the place of `events` (which must record a place), or null. */
/** Words that make the place something else than where it lies: a denial, a comparison, a direction, a distance. */
const NOT_WHERE =
  /\b(?:not|never|no|near|nearby|far|close|next|similar|compared|comparable|unlike|like|than|from|across|toward|towards|border(?:s|ing)?|beside|opposite|away|between|outside|instead|rather|except)\b|n['\u2019]t\b/i;

export function placeOfWhatCameBefore(
  text: string,
  events: readonly IndexedEvent[],
  record: StoryRecord,
  pageDate: string | undefined,
  pageYear: number | undefined,
): SentenceComparison | null {
  const placed = events.filter((e) => e.places.length);
  const opening = OPENS_ON_PLACE.exec(text);
  if (!placed.length || !opening) return null;
  // Only where it lies, said plainly right after the verb ("… is on the east side of the city", "… lies in Buffalo"),
  // up to the clause's end: one place, no denial, comparison or distance ("not the east side", "near", "far from").
  const rest = text.slice(opening.index + opening[0].length);
  const predicate = /^\s+(?:(?:on|in|at|within)\b[^,;:.!?()]*)/i.exec(rest)?.[0];
  if (!predicate || NOT_WHERE.test(predicate) || /\b(?:and|or)\b/i.test(predicate)) return null;
  const said = `${text.slice(0, opening.index + opening[0].length)}${predicate}.`;
  const ids = placed.map((e) => e.event.id);
  const sides = sideConflicts(said, placed, record);
  if (sides.length)
    return sides.length === 1
      ? {
          outcome: 'discrepant',
          comparisons: sides.map((s) => s.comparison),
          explanation: sides.map((s) => s.explanation).join(' '),
          events: ids,
        }
      : null;
  const typed = compareSentence(said, record, pageDate, { events: [...placed], pageYear });
  if (
    typed?.outcome !== 'discrepant' ||
    !typed.comparisons.length ||
    !typed.comparisons.every((c) => PLACE_SLOTS.has(c.slot))
  )
    return null;
  return typed;
}
