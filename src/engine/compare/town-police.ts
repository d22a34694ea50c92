/**
 * "Denver's police department put out a statement on Tuesday", "Tucson police said Wednesday": a town right before
 * "('s) police (department)" names the town's police department; when that body (the gazetteer's "<Town> Police
 * Department") took part in the event the town links, the clause names a participant, so its day or time is that
 * event's and is held to it (a town alone may be another day's news from that city, compare-sentence.ts).
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const POLICE_AFTER = /^(?:['\u2019]s)?\s+police(?:\s+department)?\b/i;

export function townPoliceTookPart(record: StoryRecord, m: Mention, sentence: string, event: IndexedEvent): boolean {
  if (m.type !== 'place' || !POLICE_AFTER.test(sentence.slice(m.end, m.end + 30))) return false;
  const departments = new Set(record.gazetteer.lookup(`${m.value.name} Police Department`).filter((g) => g.kind === 'agency').map((g) => g.id));
  return event.participants.some((p) => departments.has(p.canon));
}
