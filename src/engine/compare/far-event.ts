/**
 * A clause that tells of an event of its own, far in time from the whole story: "in 2020, the death of X provoked
 * months of protests" on a page about protests five years later. Its year is more than a year from every event of
 * the story, and it names an act none of the story's events records or rules out (a death) or a person the record
 * does not know: it is another event, linked only by a shared word ("protests"). Its values are not the story's:
 * nothing in it is wrong, at most unconfirmed. General; nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';
import { dayRange, partialDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';

/** Days from every event of the story beyond which a year is another time's. */
const FAR = 366;

export function ownFarEvent(clause: Clause, record: StoryRecord): boolean {
  const far = clause.mentions.some((m) => {
    if (m.type !== 'date' || m.negated || m.value.year === undefined) return false;
    const [from, to] = dayRange(partialDate(m.value.year, m.value.month, m.value.day));
    return record.events.every((e) => {
      const [eFrom] = dayRange(e.event.date);
      const [, eTo] = dayRange(e.event.dateEnd ?? e.event.date);
      return from - eTo > FAR || eFrom - to > FAR;
    });
  });
  if (!far) return false;
  return clause.mentions.some(
    (m) =>
      !m.negated &&
      ((m.type === 'outcome' &&
        record.events.every(
          (e) => !e.outcomes.has(m.value.kind) && !e.negatives.has(m.value.kind),
        )) ||
        (m.type === 'person' &&
          /\s/.test(m.value.name.trim()) &&
          !record.gazetteer.lookup(m.value.name).length)),
  );
}
