/**
 * The day of a visit told with its own verb ("X visited Rochester on Friday", "X flew in on Friday to meet the officers",
 * "X toured the union hall Tuesday, April 1"): a weekday or a day of the month right after a verb of going, of a person
 * the record has coming on visits, is held to those visits' days. Without this the rest of the clause may link another
 * event of the person's on that day (a post, a meeting held elsewhere), and the day would agree with that one, so an
 * invented visit on the day of the post read as consistent. Nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged: a person named in the clause before the verb; a verb of going done (not wished, planned or denied); the day
 *   within a few words after the verb and its destination, with no other verb, comma or "and" between them; the person
 *   a participant of one or more recorded events whose outcomes include a visit, each dated to the day.
 * - Left alone: a day that is any recorded visit's day; "came to the conclusion" (a going verb with no place after it);
 *   a trip to a place none of the visits went to ("travelled to Kells on Monday"); a day after another verb ("met the
 *   union's leaders on Friday and visited a month later"); a date without its day.
 */
import type { Clause, Mention } from '../read/types.ts';
import { foldText } from '../normalize.ts';
import { findTerm } from '../terms.ts';
import { personIds } from '../read/gazetteer.ts';
import { NOT_DONE } from './befell.ts';
import { listNames, showDate, WEEKDAYS, weekdayOf } from './record-values.ts';
import { sameOrNested, streetKey, type IndexedEvent, type StoryRecord } from './story-record.ts';
import type { Comparison } from './value-result.ts';

/** A verb of going that names its destination next ("visited", "flew to", "toured", "stopped by"). */
const GOING_TO =
  /\b(?:visit(?:ed|s)?|tour(?:ed|s)?|paid\s+(?:a|an)\s+(?:\w+\s+)?visit\s+to|(?:flew|travell?ed|headed|went|drove|came)\s+(?:over\s+|down\s+|up\s+|out\s+)?(?:to|into)|stopp?(?:ed)?\s+(?:by|in\s+at)|dropped\s+by|arrived\s+(?:in|at))\s+/giu;
/** A verb of arriving with no destination: the story's place is meant ("flew in on Friday", "arrived Tuesday"). */
const ARRIVED = /\b(?:flew\s+in|arrived)(?!\s+(?:in|at|to|from|home)\b)\s*/giu;
/** What may stand between the verb and the day: a destination, not another verb or clause. */
const BETWEEN_BAD =
  /[,;:()\u2014\u2013]|\b(?:and|but|then|after|before|when|where|which|who|that|to|met|meet|posted|said|told|spoke|returned|left|until|since|ago|later|earlier)\b/iu;
/** The destination of "came to", "went to": a proper name or an organisation's noun (not "came to the conclusion"). */
const PLACE_LIKE =
  /\p{Lu}|\b(?:city|town|headquarters|hall|office|club|union|station|department|precinct|building)\b/u;
/** How far after the verb the day may stand. */
const GAP = 60;

export interface VisitDayConflict {
  comparison: Comparison;
  explanation: string;
  events: IndexedEvent[];
  mention: Mention;
}

/** The record's visits of the person with this id, each dated to the day. */
function visitsOf(record: StoryRecord, ids: ReadonlySet<string>): IndexedEvent[] {
  return record.events.filter(
    (e) =>
      e.outcomes.has('visited') &&
      /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) &&
      e.participants.some((p) => ids.has(p.canon)),
  );
}

/** Whether what is named between the verb and the day (if anything) is where the visits went or who was there. */
function toVisitPlace(
  clause: Clause,
  record: StoryRecord,
  visits: readonly IndexedEvent[],
  from: number,
  to: number,
  between: string,
): boolean {
  const named = clause.mentions.filter(
    (m): m is Mention & { type: 'place' | 'street' | 'agency' | 'state' } =>
      m.start >= from &&
      m.end <= to &&
      (m.type === 'place' || m.type === 'street' || m.type === 'agency' || m.type === 'state'),
  );
  if (!named.length)
    return (
      !/\p{Lu}/u.test(between) ||
      /^\s*(?:the\s+)?city\b/i.test(between) ||
      record.organizationNames.some((n) => findTerm(foldText(between), n) !== -1)
    );
  return named.every((m) => {
    const ids =
      m.type === 'street'
        ? [record.streets.get(streetKey(m.value.name))].filter((c) => c !== undefined)
        : record.gazetteer.lookup(m.value.name).map((g) => g.id);
    return ids.some((id) =>
      visits.some(
        (e) =>
          e.places.some((p) => sameOrNested(record, id, p)) ||
          e.participants.some((p) => p.canon === id),
      ),
    );
  });
}

/** Whether the day `m` could be the day of `e`. */
function fits(m: Mention, e: IndexedEvent): boolean {
  const [y, mo, d] = e.event.date.split('-').map(Number) as [number, number, number];
  if (m.type === 'weekday') return weekdayOf(e.event.date) === m.value.day;
  if (m.type !== 'date') return true;
  return (
    m.value.day === d &&
    m.value.month === mo &&
    (m.value.year === undefined || m.value.year === y || m.value.counted === true)
  );
}

/**
 * The conflict of a clause that puts a named person's visit on a day none of the record's visits of theirs was on;
 * null when it says no such thing.
 */
export function visitDayConflict(
  sentence: string,
  clause: Clause,
  record: StoryRecord,
): VisitDayConflict | null {
  if (clause.negated) return null;
  const text = sentence.slice(clause.start, clause.end);
  const verbs = [
    ...[...text.matchAll(GOING_TO)].map((m) => ({ m, to: true })),
    ...[...text.matchAll(ARRIVED)].map((m) => ({ m, to: false })),
  ];
  for (const { m, to } of verbs) {
    const at = clause.start + m.index;
    const end = at + m[0].length;
    if (NOT_DONE.test(sentence.slice(Math.max(0, at - 40), at))) continue;
    const people = new Set(
      clause.mentions.flatMap((p) =>
        p.type === 'person' && !p.negated && p.end <= at
          ? personIds(record.gazetteer, p.value.name)
          : [],
      ),
    );
    if (!people.size) continue;
    const visits = visitsOf(record, people);
    if (!visits.length) continue;
    const day = clause.mentions.find(
      (d) =>
        (d.type === 'weekday' || (d.type === 'date' && d.value.day !== undefined)) &&
        !d.negated &&
        d.start >= end &&
        d.start <= end + GAP,
    );
    if (!day) continue;
    const between = sentence.slice(end, day.start);
    if (BETWEEN_BAD.test(between)) continue;
    if (to && /^(?:came|went|headed|drove|flew|travel)/i.test(m[0]) && !PLACE_LIKE.test(between))
      continue;
    // A destination named is one of the visits' (the place, what holds it, a body present): "travelled to Kells on
    // Monday" of a visit elsewhere is another trip.
    if (!toVisitPlace(clause, record, visits, end, day.start, between)) continue;
    if (visits.some((e) => fits(day, e))) return null;
    const shown = listNames([...new Set(visits.map((e) => showDate(e.event.date)))]);
    const who = listNames([...people].map((c) => record.nameOf(c)));
    const page =
      day.type === 'weekday' ? `a ${WEEKDAYS[day.value.day]}` : sentence.slice(day.start, day.end);
    return {
      comparison: { slot: day.type, page: day.text, record: shown },
      explanation: `The record has ${who}'s visit on ${shown}, not on ${page}.`,
      events: visits,
      mention: day,
    };
  }
  return null;
}
