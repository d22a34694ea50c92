/**
 * A post told by its platform, without the event's own words ("Homan wrote on X on June 28 that he stood with the
 * officers" where the record's post is "I stand with …"): a clause that names one platform (platform.ts) and, before
 * it, a speaker the record has posting on that platform is about those posts; its day is then compared as a day of
 * that speaker's speaking (compare-values.ts: one of the speaker's own days, or wrong). Nothing when the clause names
 * no such speaker or several platforms.
 */
import type { Clause } from '../read/types.ts';
import { platformsIn } from './platform.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { namedCanons } from './named-canons.ts';

export function platformPostEvents(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const text = sentence.slice(clause.start, clause.end);
  const said = platformsIn(text);
  if (said.length !== 1) return [];
  const at = clause.start + said[0]!.at;
  const speakers = namedCanons(clause.mentions, record, ['person', 'agency'], at);
  return record.events.filter(
    (e) =>
      e.event.platform === said[0]!.id &&
      e.participants.some((p) => p.role === 'spoke' && speakers.has(p.canon)),
  );
}
