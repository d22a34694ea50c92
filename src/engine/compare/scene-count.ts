/**
 * "Roughly 40 officers converged on the scene": "the scene" is the story's
 * incident, its events on a street of the record on the first day any event
 * was on one (not a later visit). A count in such a clause of something the
 * incident's events count links the clause to them when it is the whole recorded
 * group or more (a smaller count may be part of it): a weak link, values are
 * compared, a stranger's name is never called wrong on it.
 */
import type { Clause, Mention } from '../read/types.ts';
import { singular, type IndexedEvent, type StoryRecord } from './story-record.ts';

/** The scene named as the place of the clause: "on the scene", "at the scene", "on that one block" (not "a scene", "the scene of another crash"). */
const THE_SCENE =
  /\b(?:on|at|to|near|around|from)\s+(?:the|that(?:\s+one)?|that\s+same)\s+(?:scene|block|corner)\b(?!\s+of\b)/i;

/** Right after a count and its noun: a verb that says those counted took part ("were involved", "took part in the response"). */
const TOOK_PART =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:were|was|had\s+been|got)\s+(?:\p{L}+\s+)?involved|took\s+part|responded|rolled\s+(?:in|up)|(?:showed|turned|pulled)\s+up|arrived|helped|assisted|answered\s+the\s+call)\b/iu;
/** Nouns for people at large: a count of them is no count of who took part in the incident. */
const GENERIC =
  /^(?:people|persons|individuals|residents|protesters|demonstrators|men|women|bystanders|neighbors|neighbours|)$/i;

/**
 * The story's incident: its events on a street of the record on the first such day. Only events dated to the day
 * count: one the record dates to a month (where someone had been watched beforehand) is no scene of its own.
 */
export function incidentEvents(record: StoryRecord): IndexedEvent[] {
  const streets = new Set(record.streets.values());
  const onStreets = record.events.filter(
    (e) => e.event.date.length === 10 && e.places.some((p) => streets.has(p)),
  );
  const first = onStreets.map((e) => e.event.date).sort()[0];
  return onStreets.filter((e) => e.event.date === first);
}

/** The incident's events that count what the clause counts, when the clause puts its count at "the scene"; else none. */
export function sceneCountLink(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  // Or a count of people the incident counts who are said to have taken part ("30 officers were involved", "some 30
  // city officers helped the agents"), in a clause that links nothing else; not a count of bystanders or the public.
  const tookPart = (m: Mention) =>
    m.type === 'count' &&
    !GENERIC.test(m.value.noun) &&
    TOOK_PART.test(sentence.slice(m.end, Math.min(clause.end, m.end + 60)));
  if (!THE_SCENE.test(sentence.slice(clause.start, clause.end)) && !clause.mentions.some(tookPart))
    return [];
  const counts = clause.mentions.flatMap((m: Mention) =>
    m.type === 'count' && !m.negated && m.value.noun
      ? [{ noun: singular(m.value.noun), min: m.value.min }]
      : [],
  );
  if (!counts.length) return [];
  // Only a count of the whole recorded group or more: a smaller one may be part of it ("two officers helped at the scene").
  return incidentEvents(record).filter((e) =>
    e.quantities.some((q) => counts.some((c) => q.nouns.has(c.noun) && c.min >= q.min)),
  );
}

/** The scene as where agencies were: "on scene", "at the scene" (not "the scene of another crash"). */
const ON_SCENE = /\b(?:on|at)\s+(?:the\s+)?scene\b(?!\s+of\b)/i;
/** A head that says so before a colon: "Federal agencies on scene:". */
const SCENE_HEAD = /\b(?:on|at)\s+(?:the\s+)?scene\b(?!\s+of\b)[^:;.!?]{0,40}:\s*$/i;

/** "The agents came from X and Y", "The federal agents involved were with X": the story's agents, told by their agencies. */
const AGENTS_FROM =
  /^\W*(?:the|those)\s+(?:federal\s+|immigration\s+)?(?:agents|officers)\b[^.;:]{0,60}?\b(?:came\s+from|were\s+from|belonged\s+to|worked\s+for|were\s+with|were\s+drawn\s+from)\s/i;

/**
 * "Federal agencies on scene: X and Y", "Also at the scene were agents of X": agencies said to be at the scene, in a
 * clause that links nothing else and names nothing but agencies, are the incident's participants; its events, so each
 * agency is held to theirs.
 */
export function sceneAgencyLink(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const said =
    ON_SCENE.test(sentence.slice(clause.start, clause.end)) ||
    SCENE_HEAD.test(sentence.slice(0, clause.start)) ||
    AGENTS_FROM.test(sentence.slice(0, clause.end));
  // Only a clause that names agencies and nothing else: a weak link, so no count, place or person is held to it
  // ("Two Dunmore officers helped immigration officers at the scene": a part, from elsewhere, may have helped).
  if (
    !said ||
    !clause.mentions.length ||
    !clause.mentions.every((m) => m.type === 'agency' && !m.negated)
  )
    return [];
  return incidentEvents(record);
}
