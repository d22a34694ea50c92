/**
 * Visits and meetings in any wording: verbs of going ("flew to", "stopped by",
 * "dropped in on", "toured", "paid a visit to") and of meeting ("sat down
 * with", "huddled with", "held talks with", "behind closed doors") link a
 * clause to the record's events whose outcome is a visit or a meeting, so
 * their place, participants and duration are compared. A verb of going links
 * only with a destination after it (a place, a street, an agency, an
 * organization of the story): "came to the conclusion" goes nowhere. A person
 * the clause names must take part in the event; a clause naming nobody (a
 * pronoun) links only when one event fits. An agency named as where someone
 * went ("stopped at the X Police Department") is the venue: the record's own
 * venue agrees, one of the same kind for another town is another place, any
 * other is not in the record. Nothing here knows a story.
 */
import { someNamedAsKnown } from './definite-act.ts';
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { NOT_DONE } from './befell.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import { isStrangerAgency } from './stranger-agency.ts';
import { sameOrNested, streetKey, type IndexedEvent, type StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

/** Verbs of going somewhere, up to the preposition before the destination. */
const GOING =
  /\b(?:cross(?:ed|es|ing)?\s+(?:town|the\s+city|over)\s+(?:to|into)|(?:went|headed|drove|walked)\s+across\s+town\s+to|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|paid\s+(?:a|an)\s+(?:\w+\s+)?visit\s+to|(?:makes?|made|making|(?:takes?|took|taken|taking)\s+in|includ(?:es?|ed|ing)|add(?:s|ed|ing))\s+(?:a|an)\s+(?:(?!traffic\b)\w+\s+)?stop\s+(?:at|in)|(?:fl(?:ew|own|ies|y|ying)|travel(?:l?ed|s|l?ing)?|head(?:ed|s|ing)?|went|drove|driven|came)\s+(?:over\s+|down\s+|up\s+|out\s+|on\s+)?(?:to|into)|stop(?:ped|s)?\s+(?:off\s+|in\s+)?(?:by|at|in)|(?:dropp(?:ed|ing)|drops?|popp(?:ed|ing)|pops?)\s+(?:by|in\s+(?:on|at))|(?:swung|swing(?:s|ing)?)\s+by|show(?:ed|s)?\s+up\s+(?:at|in)|rolled\s+into|arriv(?:ed|es)\s+(?:at|in)|(?:next|last|final|first|second|third|another|later)\s+stop(?:\s+(?:on|of|along)\s+(?:his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*:|\s+(?:was|is)(?=\s+(?:the\s|at\s|[A-Z]))))\s+/gi;

/** Verbs and nouns of meeting. */
const MEETING =
  /\b(?:met|meets?|meeting|sat\s+down\s+with|sits?\s+down\s+with|sitting\s+down\s+with|huddled\s+with|huddles?\s+with|held\s+talks|holds?\s+talks|behind\s+closed\s+doors|closed[- ]door|private\s+meeting)\b/gi;

/** "behind closed doors", "a closed-door meeting": how a meeting was held, not a closure. */
export const closedDoors = (sentence: string, m: Mention) =>
  m.type === 'outcome' &&
  m.value.kind === 'closed' &&
  /^[\s-]+doors?\b/i.test(sentence.slice(m.end, m.end + 8));

/** Ways of saying a meeting without the word ("behind closed doors", "sat down with"): what a duration of the meeting may stand next to. */
export const MEETING_IDIOM =
  /\b(?:behind\s+closed\s+doors|closed[- ]door|(?:sat|sits?|sitting)\s+down\s+with|huddled?\s+with|huddles\s+with|(?:held|holds?)\s+talks)\b/i;

/** A word of meeting anywhere in the sentence, wished or done ("flew there to meet the officers"). */
const MEETING_WORDS =
  /\b(?:met|meet|meets|meeting|sat\s+down\s+with|sit\s+down\s+with|huddled?\s+with|talks\s+with|behind\s+closed\s+doors|closed[- ]door)\b/gi;

/** "after the meeting", "before their meeting": a time counted from it. */
const ANCHOR =
  /\b(?:after|before|since|following|until|ahead\s+of|prior\s+to)\s+(?:the|that|this|his|her|their|its|a)?\s*$/i;

/** A destination's kinds of mention. */
const DESTINATION = new Set<Mention['type']>(['place', 'street', 'agency', 'state']);
/** How far after the verb the destination may begin ("to the union's headquarters on …"). */
const DESTINATION_GAP = 30;

/**
 * A body named for a place with a kind word of the world's ("the Kells police department", "Kells Sheriff's Office")
 * right after `at`, even where the reader took no agency (a kind word in lower case): its offsets and name.
 */
function namedBodyAt(
  sentence: string,
  at: number,
  record: StoryRecord,
): { start: number; end: number; text: string } | null {
  const world = record.world;
  if (!world) return null;
  const m = /^(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}(?:[\p{L}'\u2019.]+\s*){1,2})/u.exec(
    sentence.slice(at, at + 80),
  );
  if (!m) return null;
  const words = (m[1] as string).trim().split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const text = words
      .slice(0, n)
      .join(' ')
      .replace(/[.,;:]+$/, '');
    if (!world.agencyKindOf(text)) continue;
    const start = at + (m[0].length - (m[1] as string).length);
    return { start, end: start + text.length, text };
  }
  return null;
}

/**
 * "made a (second) stop at the X Police Department", "her next stop in the Y Sheriff's Office": a stop of a trip at a
 * body, so its "stop" is no traffic stop. Only before a body (an agency, a body named for a place with a kind word of
 * the world's, an organization of the story): "made a traffic stop at Main Street" is no trip.
 */
const TRIP_STOP =
  /\b(?:(?:makes?|made|making|(?:takes?|took|taken|taking)\s+in|includ(?:es?|ed|ing)|add(?:s|ed|ing))\s+(?:a|an)\s+(?:(?!traffic\b)\w+\s+)?|(?:next|last|final|first|second|third|another|later)\s+)(stops?)\s+(?:at|in)\s+/gi;

/** The clause's text with the "stop" of each stop of a trip at a body (TRIP_STOP) blanked, for reading which events its words name. */
export function blankTripStops(clause: Clause, sentence: string, record: StoryRecord): string {
  const text = sentence.slice(clause.start, clause.end);
  let out = text;
  const folded = TRIP_STOP.test(text) ? foldText(sentence) : '';
  TRIP_STOP.lastIndex = 0;
  for (const m of text.matchAll(TRIP_STOP)) {
    const at = clause.start + m.index + m[0].length;
    const agency = clause.mentions.some(
      (x) => x.type === 'agency' && !x.negated && x.start >= at && x.start <= at + 4,
    );
    const org = record.organizationNames.some((n) => {
      const k = findTerm(folded, n, at);
      return k !== -1 && k <= at + 4;
    });
    if (!agency && !org && !namedBodyAt(sentence, at, record)) continue;
    const word = m[1] as string;
    const from = m.index + m[0].lastIndexOf(word, m[0].length - 1);
    out = out.slice(0, from) + ' '.repeat(word.length) + out.slice(from + word.length);
  }
  // "stop by the host site", "campers stopping by": a visit, no traffic stop ("was stopped by agents" is one).
  if (/\bstop/i.test(text))
    for (const m of text.matchAll(DROP_BY)) {
      if (
        m[1] &&
        /\b(?:was|were|been|being|be|is|are|got|get|gets)\s+$/i.test(text.slice(0, m.index))
      )
        continue;
      out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
    }
  return out;
}

/** A verb of stopping with "by" after it (group 1 set for the past participle, which may be a passive). */
const DROP_BY = /\bstop(?:s|ping|(ped))?(?=\s+by\b)/gi;

interface VisitReading {
  /** A verb of going with a destination after it, and where each such verb ends. */
  going: number[];
  /** A word of meeting that is said to have happened (not wished, refused or planned). */
  meeting: boolean;
}

/** The clause's verbs of going (with a destination) and of meeting; null when it has neither. */
function readVisit(clause: Clause, sentence: string, record: StoryRecord): VisitReading | null {
  if (clause.negated || returning(sentence.slice(clause.start, clause.end))) return null;
  const text = sentence.slice(clause.start, clause.end);
  const folded = foldText(text);
  const going: number[] = [];
  for (const m of text.matchAll(GOING)) {
    const at = clause.start + m.index + m[0].length;
    if (
      NOT_DONE.test(
        sentence.slice(Math.max(0, clause.start + m.index - 40), clause.start + m.index),
      )
    )
      continue;
    const named = clause.mentions.some(
      (x) =>
        DESTINATION.has(x.type) && !x.negated && x.start >= at && x.start <= at + DESTINATION_GAP,
    );
    const org = record.organizationNames.some((n) => {
      const k = findTerm(folded, n, at - clause.start);
      return k !== -1 && k <= at - clause.start + DESTINATION_GAP;
    });
    if (named || org || namedBodyAt(sentence, at, record)) going.push(at);
  }
  // A meeting wished or refused is none; one named as the point a time is counted from ("after the meeting") is not told here.
  const meeting = [...text.matchAll(MEETING)].some((m) => {
    const before = sentence.slice(Math.max(0, clause.start + m.index - 40), clause.start + m.index);
    return !NOT_DONE.test(before) && !ANCHOR.test(before);
  });
  return going.length || meeting ? { going, meeting } : null;
}

/**
 * The record's visits and meetings the clause tells of: events with a visit (for a verb of going) or a
 * meeting among their outcomes, in which a person the clause names took part; with "he" or "she" for a name the
 * sentence gives elsewhere (`elsewhere`: the mentions of its other clauses), the one such event of that person's.
 */
/** "he" or "she" as the subject, a few words before the verb ("he then flew", "she also stopped by"). */
const PRONOUN_BEFORE = /\b(?:he|she)\s+(?:\w+\s+){0,2}$/i;

export function visitEvents(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
  elsewhere: readonly Mention[] = [],
): IndexedEvent[] {
  const reading = readVisit(clause, sentence, record);
  if (!reading) return [];
  // Going alone is no sign of the record's visit ("Homan flew to Washington"): it must also be to meet someone, to a
  // body of the kind the visit went to, or to somewhere the visit named by its own words.
  const going =
    reading.going.length > 0 &&
    ([...sentence.matchAll(MEETING_WORDS)].some(
      (m) => !ANCHOR.test(sentence.slice(Math.max(0, m.index - 40), m.index)),
    ) ||
      reading.going.some(
        (g) =>
          namedBodyAt(sentence, g, record) !== null ||
          clause.mentions.some((m) => m.type === 'agency' && m.start >= g && m.start <= g + 4) ||
          // "flew into Rochester": a place holding (or being) where a recorded visit went.
          clause.mentions.some(
            (m) =>
              m.type === 'place' &&
              !m.negated &&
              m.start >= g &&
              m.start <= g + 4 &&
              record.gazetteer
                .lookup(m.value.name)
                .some((c) =>
                  record.events.some(
                    (e) =>
                      e.outcomes.has('visited') &&
                      e.places.some((p) => sameOrNested(record, c.id, p)),
                  ),
                ),
          ),
      ) ||
      record.events.some(
        (e) =>
          e.outcomes.has('visited') && e.words.some((w) => findTerm(foldText(sentence), w) !== -1),
      ));
  const candidates = record.events.filter(
    (e) => (going && e.outcomes.has('visited')) || (reading.meeting && e.outcomes.has('met')),
  );
  if (!candidates.length) return [];
  const people = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
    ),
  );
  if (people.size)
    return narrowed(
      candidates.filter((e) => e.participants.some((p) => people.has(p.canon))),
      clause,
      sentence,
      record,
      pageDate,
    );
  // Someone the record does not know, on the day of one of the record's visits ("X came to the city on Tuesday, April 29"):
  // that visit, so its visitor is compared with them.
  if (clause.mentions.some((m) => m.type === 'person' && !m.negated)) {
    const days = clause.mentions.filter(
      (m) =>
        (m.type === 'date' && m.value.month !== undefined && m.value.day !== undefined) ||
        m.type === 'weekday',
    );
    if (!days.length) return [];
    const onDay = candidates.filter((e) => days.every((m) => onDate(e, m)));
    return onDay.length === 1 ? onDay : [];
  }
  // Nobody named in the clause: "he" or "she" just before the verb, for someone the sentence names in another clause
  // ("Homan wrote …, and a month later he flew to …"): the one such visit or meeting of theirs.
  const text = sentence.slice(clause.start, clause.end);
  const verbAt = Math.min(
    ...[...text.matchAll(GOING), ...text.matchAll(MEETING)].map((m) => m.index),
  );
  if (!PRONOUN_BEFORE.test(text.slice(0, verbAt))) return [];
  const named = new Set(
    elsewhere.flatMap((m) =>
      m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
    ),
  );
  const theirs = candidates.filter((e) => e.participants.some((p) => named.has(p.canon)));
  return theirs.length === 1 ? theirs : [];
}

/**
 * A going clause that may tell of another trip than the record's visits ("Homan flew to Washington on Wednesday",
 * "traveled to Albany on Thursday to meet lawmakers"): what decides it is whether anything ties the trip to the
 * linked visits. `tied`: a word of meeting, a body or an organization of the story as the destination, the visits'
 * own words, a day that is a linked visit's, or a page of a visit's own day; `otherDay`: a day the clause gives that is none of theirs. Null for a clause that goes nowhere.
 */
export function tripTies(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  events: readonly IndexedEvent[],
  pageDate?: string,
): { tied: boolean; otherDay: boolean } | null {
  const reading = readVisit(clause, sentence, record);
  if (!reading || !reading.going.length) return null;
  const folded = foldText(sentence);
  const days = clause.mentions.filter(
    (m) => (m.type === 'date' && m.value.month !== undefined) || m.type === 'weekday',
  );
  const onVisitDay = days.some((m) => events.some((e) => onDate(e, m)));
  // A page of a visit's own day (a live blog) tells of that visit.
  const tied =
    onVisitDay ||
    (pageDate !== undefined && events.some((e) => e.event.date === pageDate)) ||
    [...sentence.matchAll(MEETING_WORDS)].some(
      (m) => !ANCHOR.test(sentence.slice(Math.max(0, m.index - 40), m.index)),
    ) ||
    reading.going.some(
      (g) =>
        namedBodyAt(sentence, g, record) !== null ||
        clause.mentions.some((m) => m.type === 'agency' && m.start >= g && m.start <= g + 4) ||
        record.organizationNames.some((n) => {
          const k = findTerm(folded, n, g);
          return k !== -1 && k <= g + DESTINATION_GAP;
        }),
    ) ||
    events.some((e) => e.words.some((w) => findTerm(folded, w) !== -1));
  return { tied, otherDay: days.length > 0 && !onVisitDay };
}

/** Whether the clause goes to a body the reader took no agency for ("stopped by the Kells police department"): a value to compare. */
export function goesToUnreadBody(clause: Clause, sentence: string, record: StoryRecord): boolean {
  const reading = readVisit(clause, sentence, record);
  return (
    !!reading &&
    reading.going.some(
      (g) =>
        !clause.mentions.some((m) => m.type === 'agency' && m.start >= g && m.start <= g + 4) &&
        namedBodyAt(sentence, g, record) !== null,
    )
  );
}

/** Whether the event falls on the weekday or the date (month, and day when given) the mention names. */
export function onDate(e: IndexedEvent, m: Mention): boolean {
  return onDay(e.event.date, m);
}

/** Whether a full date (YYYY-MM-DD) is on the weekday or the date a mention names. */
export function onDay(date: string, m: Mention): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : null;
  if (!day) return false;
  if (m.type === 'weekday') return day.getUTCDay() === m.value.day;
  if (m.type === 'date')
    return (
      m.value.month !== undefined &&
      day.getUTCMonth() === m.value.month - 1 &&
      (m.value.day === undefined || day.getUTCDate() === m.value.day) &&
      (m.value.year === undefined || day.getUTCFullYear() === m.value.year)
    );
  return false;
}

/** Of several visits or meetings, those on the street or the day the clause names, when any is. */
function narrowed(
  events: IndexedEvent[],
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
): IndexedEvent[] {
  let out = events;
  const keep = (f: (e: IndexedEvent) => boolean) => {
    const some = out.filter(f);
    if (some.length) out = some;
  };
  const streets = new Set(
    clause.mentions
      .flatMap((m) =>
        m.type === 'street' && !m.negated ? [record.streets.get(streetKey(m.value.name))] : [],
      )
      .filter((c) => c !== undefined),
  );
  if (out.length > 1 && streets.size) keep((e) => e.places.some((p) => streets.has(p)));
  for (const m of clause.mentions) {
    if (out.length < 2 || m.negated) break;
    if (m.type === 'weekday' || (m.type === 'date' && m.value.month !== undefined))
      keep((e) => onDate(e, m));
  }
  // "Homan has left after three hours behind closed doors", told in the present on a page of that day: the meeting of the page's day.
  const timed = clause.mentions.some(
    (m) => m.type === 'date' || m.type === 'weekday' || m.type === 'relative-time',
  );
  if (
    out.length > 1 &&
    !timed &&
    pageDate &&
    PRESENT.test(sentence.slice(clause.start, clause.end))
  )
    keep((e) => e.event.date === pageDate.slice(0, 10));
  return out;
}

/** A verb in the present or present perfect: what the page tells is of its own day. */
const PRESENT =
  /\b(?:has|have|is|are)\s+(?:just\s+|now\s+|since\s+)?(?:left|arrived|met|wrapped|ended|finished|meeting|sitting|wrapping|leaving|huddling|visiting)\b/i;

/** The place a body is named for, before its kind word of the world's ("greece" of "Greece police station"); else null. */
function townOfBody(record: StoryRecord, name: string): string | null {
  const kind = record.world?.agencyKindOf(name);
  if (!kind) return null;
  const folded = foldText(name).trim();
  const term = kind.terms.map((t) => foldText(t)).find((t) => folded.endsWith(` ${t}`));
  return term ? folded.slice(0, -term.length).trim() || null : null;
}

/** Agencies named as where someone went, with the comparison of each against the linked visits' venues. */
export function venueResults(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  events: readonly IndexedEvent[],
): {
  mention: Mention;
  conflict?: { comparison: Comparison; explanation: string };
  unconfirmed?: true;
}[] {
  const reading = readVisit(clause, sentence, record);
  const visits = events.filter((e) => e.outcomes.has('visited'));
  if (!reading?.going.length || !visits.length || visits.length !== events.length) return [];
  const readAs = new Map<Mention, Mention>();
  // A body read short of its kind word ("Irondequoit police" of "the Irondequoit police station"): the whole body's name.
  const read = clause.mentions
    .filter(
      (m): m is Mention & { type: 'agency' } =>
        m.type === 'agency' &&
        !m.negated &&
        reading.going.some((g) => m.start >= g && m.start <= g + 4),
    )
    .map((m) => {
      const body = reading.going
        .map((g) => namedBodyAt(sentence, g, record))
        .find((b) => b !== null && b.start <= m.start && b.end > m.end);
      if (!body) return m;
      const whole = { ...m, ...body, value: { ...m.value, name: body.text } };
      readAs.set(whole, m);
      return whole;
    });
  // A body the reader did not take as an agency ("the Kells police department"): the venue all the same.
  const unread = reading.going.flatMap((g) => {
    const body = read.some((m) => m.start >= g && m.start <= g + 4)
      ? null
      : namedBodyAt(sentence, g, record);
    return body
      ? [{ type: 'agency' as const, ...body, negated: false, value: { name: body.text } }]
      : [];
  });
  const venues = [...read, ...unread];
  const recorded = [
    ...new Set(
      visits.flatMap((e) =>
        e.participants
          .filter(
            (p) =>
              p.role !== 'came' &&
              record.gazetteer
                .lookup(record.nameOf(p.canon))
                .some((g) => g.id === p.canon && g.kind === 'agency'),
          )
          .map((p) => p.canon),
      ),
    ),
  ];
  return venues.map((m) => {
    const page = record.gazetteer
      .lookup(m.value.name)
      .filter((g) => g.kind === 'agency')
      .map((g) => g.id);
    if (page.some((a) => recorded.includes(a))) return { mention: readAs.get(m) ?? m };
    // Another kind word for the same town's body ("the Greece police station" for the Greece Police Department).
    const town = townOfBody(record, m.value.name);
    if (town && recorded.some((r) => townOfBody(record, record.nameOf(r)) === town))
      return { mention: readAs.get(m) ?? m };
    // Of the same kind as a venue of the record's (a town's police department) but named for another place: another town's.
    const kind = record.world?.agencyKindOf(m.value.name);
    const same = kind
      ? recorded.filter((r) => record.world?.agencyKindOf(record.nameOf(r))?.id === kind.id)
      : [];
    if (same.length && !page.length) {
      const names = listNames(same.map(record.nameOf));
      return {
        mention: readAs.get(m) ?? m,
        conflict: {
          comparison: { slot: 'place', page: m.text, record: names },
          explanation: `The record has the visit at ${names}, not ${m.text}.`,
        },
      };
    }
    // Another body the world knows, or a named stranger, where the record names the visit's stops at agencies: another stop.
    if (
      recorded.length &&
      (page.length
        ? !page.some((a) =>
            recorded.some((r) => record.ancestors(a).has(r) || record.ancestors(r).has(a)),
          )
        : isStrangerAgency(record, m.value.name))
    ) {
      const names = listNames(recorded.map(record.nameOf));
      return {
        mention: readAs.get(m) ?? m,
        conflict: {
          comparison: { slot: 'place', page: m.text, record: names },
          explanation: `The record has the visit's stop at ${names}, not ${m.text}.`,
        },
      };
    }
    return { mention: readAs.get(m) ?? m, unconfirmed: true as const };
  });
}

/** A sentence that opens on a pronoun ("He then spent three hours behind closed doors …"): who it is about is in the sentence before. */
/** "He …", or after an opening that goes on from the same visit ("From there he", "Afterward, she", "Before heading home he"; not "Last year he"). */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:then|afterwards?|after\s+that|after\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|visit|session|stop|hall|headquarters|club)|from\s+there|next|later\s+that\s+(?:day|morning|afternoon|evening)|while\s+there|there|meanwhile|before\s+(?:heading|flying|going|driving|returning)\s+(?:home|back)|on\s+(?:his|her|the)\s+way\s+(?:home|back|out))\s*,?\s+)?(?:(?:he|she)\b|(?:[\d:.\s\u2013\u2014-]*|(?:his|her)\s+)(?:next|last|final|another|later)\s+stop\b|(?:his|her)\s+(?:itinerary|schedule|trip|route|tour)\b)/iu;

/**
 * The visits and meetings of the sentence before that a pronoun-led sentence of going or meeting goes on about
 * ("Homan rolled into the union's headquarters at noon. He then spent three hours behind closed doors …"); else none.
 */
export function carriedVisits(sentence: string, before: readonly IndexedEvent[]): IndexedEvent[] {
  const opens = opensOnVisit(sentence);
  if (!opens) return [];
  return before.filter(
    (e) => (opens.going && e.outcomes.has('visited')) || (opens.meeting && e.outcomes.has('met')),
  );
}

/** Whether the sentence opens on "he"/"she" and tells of going or meeting (cheap: asked before any other sentence is read). */
export function opensOnVisit(sentence: string): { going: boolean; meeting: boolean } | null {
  if (!PRONOUN_SUBJECT.test(sentence) || returning(sentence)) return null;
  const going = [...sentence.matchAll(GOING)].length > 0;
  const meeting = [...sentence.matchAll(MEETING)].some(
    (m) =>
      !ANCHOR.test(sentence.slice(Math.max(0, m.index - 40), m.index)) &&
      !NOT_DONE.test(sentence.slice(Math.max(0, m.index - 40), m.index)),
  );
  return going || meeting ? { going, meeting } : null;
}

/** "Before heading home", "before flying back": when a stop came, not a place gone back to. */
const BEFORE_RETURNING =
  /\b(?:before|prior\s+to)\s+(?:heading|flying|going|driving|returning)\s+(?:back|home)\b/gi;

/** Going back ("flew back to Washington", "returned home to …"): leaving the visit, not where it was. */
const RETURNING =
  /\b(?:(?:fl(?:ew|ies|y|ying)|head(?:ed|s|ing)?|went|goes|drove|came|comes)\s+(?:back|home)|return(?:ed|s|ing)\s+(?:to|home))\b/i;
export const returning = (text: string) => RETURNING.test(text.replace(BEFORE_RETURNING, ''));

/**
 * Events a clause links only by a word of meeting or visiting ("met with", "sat down with"), kept when no person is
 * named in the clause, or when one of those named met or visited in one of them: then the events a named person took
 * part in or is recorded absent from. "Evans sat down with reporters" is no meeting of Homan's.
 */
/**
 * Whether an act joins people named on both sides of its word, none of whom the record has doing it anywhere (any of
 * `kinds`): "Mayor X met with Chief Y", both of whom said they would not meet Z, or "Governor W met with Mayor X", met
 * each other, which says nothing of the meeting the record rules out. `canons` resolves a name to the record's ids.
 */
export function actBetweenNonDoers(
  record: StoryRecord,
  mentions: readonly Mention[],
  act: Mention,
  kinds: ReadonlySet<string>,
  canons: (name: string) => string[],
): boolean {
  const named = mentions.filter(
    (m): m is Mention & { type: 'person' } => m.type === 'person' && !m.negated,
  );
  const before = named.filter((n) => n.end <= act.start);
  const after = named.filter((n) => n.start >= act.end);
  if (!before.length || !after.length) return false;
  const didIt = (c: string) =>
    record.events.some(
      (e) =>
        [...kinds].some((k) => e.outcomes.has(k as never)) &&
        !e.absent?.has(c) &&
        e.participants.some((p) => p.canon === c),
    );
  return ![...before, ...after].some((n) => canons(n.value.name).some(didIt));
}

/** A meeting or visit between people none of whom the record has meeting anyone: no sign of the record's meetings, nor of any other event of theirs. */
export function metEachOther(
  clause: Clause,
  record: StoryRecord,
  kinds: ReadonlySet<string>,
): boolean {
  if (!kinds.size || ![...kinds].every((k) => k === 'met' || k === 'visited')) return false;
  const act = clause.mentions.find((m) => m.type === 'outcome' && kinds.has(m.value.kind));
  const people = (name: string) => personIds(record.gazetteer, name);
  return act !== undefined && actBetweenNonDoers(record, clause.mentions, act, kinds, people);
}

export function meetingsOfThoseNamed(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  events: readonly IndexedEvent[],
  kinds: ReadonlySet<string>,
): IndexedEvent[] {
  if (![...kinds].every((k) => k === 'met' || k === 'visited')) return [...events];
  const named = clause.mentions
    .filter((m): m is Mention & { type: 'person' } => m.type === 'person' && !m.negated)
    .map((m) => ({
      m,
      ids: personIds(record.gazetteer, m.value.name),
    }));
  const people = new Set(named.flatMap((n) => n.ids));
  if (!people.size) return [...events];
  // Someone named met or visited in one of them; or someone the record has absent (or not meeting) is named as who was met
  // ("sat down with Chief Smith"), or at "the meeting": the clause is about those meetings.
  const acts = clause.mentions.filter((m) => m.type === 'outcome' && kinds.has(m.value.kind));
  const definite = someNamedAsKnown(sentence, acts);
  const asMet = (canon: string) =>
    definite || named.some((n) => n.ids.includes(canon) && acts.some((o) => o.end <= n.m.start));
  const took = events.some(
    (e) =>
      [...kinds].some((k) => e.outcomes.has(k as never)) &&
      e.participants.some((p) => people.has(p.canon)),
  );
  // Absent from it, or of an event that rules the meeting out ("said they would not meet him").
  const absentMet = events.some((e) =>
    [...people].some(
      (p) =>
        asMet(p) &&
        (e.absent?.has(p) ||
          ([...kinds].some((k) => e.negatives.has(k as never)) &&
            e.participants.some((x) => x.canon === p))),
    ),
  );
  if (!took && !absentMet) return [];
  if (metEachOther(clause, record, kinds)) return [];
  return events.filter(
    (e) =>
      e.participants.some((p) => people.has(p.canon)) || [...people].some((p) => e.absent?.has(p)),
  );
}
