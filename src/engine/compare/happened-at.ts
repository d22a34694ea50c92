/**
 * "It happened on X Street", "the whole thing took place over on X Avenue":
 * a clause that names no event but says where something happened. When the
 * record has exactly one scene on a street (its street events share a day and
 * a place), the street the clause names is that scene's street, so a street
 * the record does not give there is told wrong. With two or more scenes on
 * streets (a stop one day, a visit another) the clause could be about either
 * and is linked to none. General English only.
 */
import type { Mention } from '../read/types.ts';
import { sameScene } from './compare-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A verb of happening, in any tense, with at most two words before the street's preposition ("happened over on", "took place right on"). */
const HAPPENED = /\b(?:happen(?:ed|s)?|occur(?:red|s)?|took place|takes place|take place|went down|unfolded|unfolds)\b(?:\s+\w+){0,2}?\s+(?:on|at|along|near)\s+$/i;

/** Words that make the happening another one than the story's. */
const OTHER = /\b(?:similar|another|other|again|before|earlier|previously|ago|once)\b/i;

/** The record's events on a street, when they are one scene; else none. */
export function happenedOnStreet(clause: { start: number; end: number; mentions: readonly Mention[] }, sentence: string, record: StoryRecord): IndexedEvent[] {
  const street = clause.mentions.find((m) => m.type === 'street' && !m.negated);
  if (!street || !HAPPENED.test(sentence.slice(clause.start, street.start).replace(/\s+the\s+$/i, ' '))) return [];
  // "Something similar happened on X Street last year": another happening, not the story's.
  if (clause.mentions.some((m) => m.type === 'relative-time') || OTHER.test(sentence.slice(clause.start, clause.end))) return [];
  const streets = new Set(record.streets.values());
  const onStreets = record.events.filter((e) => e.places.some((p) => streets.has(p)));
  const first = onStreets[0];
  return first && onStreets.every((e) => e === first || sameScene(e, first)) ? onStreets : [];
}
