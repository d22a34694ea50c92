/**
 * "It happened on X Street", "the whole thing took place over on X Avenue":
 * a clause that names no event but says where something happened. When the
 * record has exactly one scene on a street (its street events share a day and
 * a place), the street the clause names is that scene's street, so a street
 * the record does not give there is told wrong. With two or more scenes on
 * streets (a stop one day, a visit another) only a pronoun's happening ("it
 * happened on X") is read: a street of one scene links that scene, a street of
 * none is wrong for every one of them. General English only.
 */
import type { Mention } from '../read/types.ts';
import { sameScene } from './scene-agencies.ts';
import { streetKey, type IndexedEvent, type StoryRecord } from './story-record.ts';

/** A verb of happening, in any tense, with at most two words before the street's preposition ("happened over on", "took place right on"). */
const HAPPENED =
  /\b(?:happen(?:ed|s)?|occur(?:red|s)?|took place|takes place|take place|went down|unfolded|unfolds)\b(?:\s+\w+){0,2}?\s+(?:on|at|along|near)\s+$/i;

/** Words that make the happening another one than the story's. */
const OTHER = /\b(?:similar|another|other|again|before|earlier|previously|ago|once)\b/i;

/** The record's events on a street, when they are one scene; else none. */
export function happenedOnStreet(
  clause: { start: number; end: number; mentions: readonly Mention[] },
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const street = clause.mentions.find(
    (m): m is Mention & { type: 'street' } => m.type === 'street' && !m.negated,
  );
  if (
    !street ||
    !HAPPENED.test(sentence.slice(clause.start, street.start).replace(/\s+the\s+$/i, ' '))
  )
    return [];
  // "Something similar happened on X Street last year": another happening, not the story's.
  if (
    clause.mentions.some((m) => m.type === 'relative-time') ||
    OTHER.test(sentence.slice(clause.start, clause.end))
  )
    return [];
  const streets = new Set(record.streets.values());
  const onStreets = record.events.filter((e) => e.places.some((p) => streets.has(p)));
  const first = onStreets[0];
  if (!first) return [];
  if (onStreets.every((e) => e === first || sameScene(e, first))) return onStreets;
  // Several scenes: "it happened on X" (a pronoun for what the page tells of) on a street of one scene is that
  // scene; on a street of none it is wrong for each of them, so it is compared with all of them.
  if (!PRONOUN_HAPPENED.test(sentence.slice(clause.start, street.start))) return [];
  const canon = record.streets.get(streetKey(street.value.name));
  const scene = canon ? onStreets.filter((e) => e.places.includes(canon)) : [];
  if (canon)
    return scene.length && scene.every((e) => e === scene[0] || sameScene(e, scene[0]!))
      ? scene
      : [];
  return onStreets;
}

/** "it happened", "this all took place", "the whole thing went down": a pronoun, not a noun of some other happening, right before the verb. */
const PRONOUN_HAPPENED =
  /(?:^|[^\p{L}'’])(?:it|this|that|all\s+this|all\s+of\s+this|everything|the\s+whole\s+thing)\s+(?:all\s+|really\s+|actually\s+|just\s+)?(?:happen(?:ed|s)?|occur(?:red|s)?|took place|takes place|went down|unfolded)\b/iu;
