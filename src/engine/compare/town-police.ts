/**
 * "Denver's police department put out a statement on Tuesday", "Tucson police said Wednesday": a town right before
 * "('s) police (department)" names the town's police department; when that body (the gazetteer's "<Town> Police
 * Department") took part in the event the town links, the clause names a participant, so its day or time is that
 * event's and is held to it (a town alone may be another day's news from that city, compare-sentence.ts). So does a
 * town that opens the clause as its setting with the police as the subject right after it ("In Denver, the police
 * department issued a statement on …", "In Tucson, police said …"): the police of that town.
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const POLICE_AFTER = /^(?:['\u2019]s)?\s+police(?:\s+department)?\b/i;
/** The town as the clause's opening setting ("In Denver,"), then the police as its subject ("the police department", "the city's police"). */
const SETTING_BEFORE = /(?:^|[.;:!?]\s*|\u2014\s*)in\s+$/i;
const POLICE_SUBJECT_AFTER =
  /^\s*,\s+(?:the\s+)?(?:(?:city|town)['\u2019]s\s+)?police(?:\s+department)?\b(?!\s+(?:chief|officers?|union|commissioner|spokes\w*|captain|sergeant|detectives?)\b)/i;

export function townPoliceTookPart(
  record: StoryRecord,
  m: Mention,
  sentence: string,
  event: IndexedEvent,
): boolean {
  if (m.type !== 'place') return false;
  const after = sentence.slice(m.end, m.end + 40);
  if (
    !POLICE_AFTER.test(after) &&
    !(
      SETTING_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start)) &&
      POLICE_SUBJECT_AFTER.test(after)
    )
  )
    return false;
  const departments = new Set(
    record.gazetteer
      .lookup(`${m.value.name} Police Department`)
      .filter((g) => g.kind === 'agency')
      .map((g) => g.id),
  );
  return event.participants.some((p) => departments.has(p.canon));
}

/** The town's police department a town names right before "('s) police (department)" ("Denver's police department"), as the gazetteer's "<Town> Police Department". */
export function townPoliceCanons(record: StoryRecord, m: Mention, sentence: string): string[] {
  if (m.type !== 'place' || !POLICE_AFTER.test(sentence.slice(m.end, m.end + 40))) return [];
  return record.gazetteer
    .lookup(`${m.value.name} Police Department`)
    .filter((g) => g.kind === 'agency')
    .map((g) => g.id);
}
