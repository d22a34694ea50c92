/**
 * A sentence that goes on with the event the sentence before told of, through a pronoun subject and with no words
 * of its own that link an event ("He got in around nine", "She stayed for four hours", "From there he drove on to the
 * Kells Police Department", "It wrapped up at five"): the event is the one the sentence before linked (analyze.ts
 * finds it and checks who the pronoun may stand for). Only three slots are read, each tied to its verb:
 *
 * - a clock time right after a verb of arriving (or of the event's beginning), against the event's recorded time
 *   (its window when it has one: an arrival hours before it starts is wrong); right after a verb of leaving (or of
 *   the event's ending), only when the record gives the window's end;
 * - a duration right after a verb of staying ("stayed", "remained", "was there for", "It lasted"), against the
 *   event's own duration or its time spent there (a duration whose `of` words are of staying), never a part's;
 * - a body named as where the subject went next (a verb of going, visit-meeting.ts), against the visit's venues.
 *
 * Only a conflict is returned; what the record does not give is not compared. Nothing here knows a story.
 */
import { readSentence } from '../read/index.ts';
import type { Clause, Mention } from '../read/types.ts';
import { lexicon } from '../read/lexicon.ts';
import { foldText } from '../normalize.ts';
import { compareSentence, type SentenceComparison } from './compare-sentence.ts';
import type { Comparison } from './value-result.ts';
import { listNames, showRange } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { returning, venueResults } from './visit-meeting.ts';
import { HEDGE_SLACK, MINUTES, RECORD_SLACK } from './duration-scale.ts';

/** An opening that goes on from the same event ("Then", "From there,", "Once inside,", "On his way out of town"), before the subject. */
const OPENING = String.raw`(?:(?:and\s+)?(?:then|later|next|afterwards?|after\s+that|from\s+there|while\s+there|once\s+there|once\s+inside|inside|there|eventually|finally|in\s+all|all\s+told|on\s+(?:his|her|their)\s+way\s+(?:out(?:\s+of\s+(?:town|the\s+city))?|home|back|there))\s*,?\s+)?`;

/** A person or people as the subject, at the start. */
const PERSON_SUBJECT = new RegExp(
  String.raw`^\W*${OPENING}(he|she|they)\s+(?:then\s+|also\s+|finally\s+|eventually\s+|only\s+)?`,
  'i',
);

/** The event itself as the subject ("It", "The session"), at the start. */
const EVENT_SUBJECT = new RegExp(
  String.raw`^\W*${OPENING}(?:it|the\s+(?:visit|meeting|session|stop|gathering|talks|event))\s+(?:then\s+|finally\s+|eventually\s+|only\s+)?`,
  'i',
);

/** Verbs of arriving, of a person ("got there", "showed up"). */
const ARRIVING =
  /^(?:arriv(?:ed|es)|got\s+(?:there|in)|showed\s+up|pulled\s+up|rolled\s+up|turned\s+up|walked\s+in|came\s+in)\b/i;
/** Verbs of leaving, of a person. */
const LEAVING = /^(?:left|departed|headed\s+out|pulled\s+out|walked\s+out|slipped\s+out)\b/i;
/** Verbs of the event's beginning and ending. */
const BEGINNING = /^(?:began|started|got\s+under\s*way|kicked\s+off)\b/i;
const ENDING = /^(?:ended|wrapped\s+up|broke\s+up|finished|concluded)\b/i;
/** Words that may stand between such a verb and its clock time ("arrived there shortly before", "left at about"). */
const TO_TIME =
  /^\s*(?:there\s+)?(?:(?:at|around|about|roughly|approximately|just|shortly|a\s+little|sometime|after|before|close\s+to|near|right)\s+)*$/i;

/** Verbs of staying, of a person, and of the event's lasting; then the words that may stand before the duration. */
const STAYING = /^(?:stayed|remained|lingered|(?:was|were)\s+(?:there|inside))\b/i;
const LASTING = /^(?:lasted|ran|went\s+on)\b/i;
const TO_DURATION = /^\s*(?:there\s+|inside\s+|on\s+site\s+)?$/i;
/** A place after the stay's duration: a stay there ("in the city", "at the airport"), not at the event. */
const STAYED_ELSEWHERE = /^\s*,?\s*(?:in|at|near|around|outside|across)\b/i;

/** `of` words of a recorded duration that make it the time spent at the event (its stay), not a part's. */
const STAY_PARTS = new Set(['spent', 'spending', 'stay', 'stayed', 'visit', 'visited', 'there']);

/** Verbs of going on to a next place ("drove on to", "headed to", "made a second stop at"): read by visit-meeting.ts. */
const GOING_ON =
  /\b(?:visit(?:ed|s)?|tour(?:ed|s)?|head(?:ed|s)|went|drove|travel(?:l?ed|s)|fl(?:ew|ies)|(?:made|makes)\s+(?:a|an)\s+(?:\w+\s+)?stop|stop(?:ped|s)|dropp(?:ed|s)|swung|(?:next|second|third|another|later|final|last)\s+stop)\b/i;

/** A clock time ("9 a.m.", "10:30", "noon", "nine o'clock"): the cheap sign of a time of day. */
const CLOCK =
  /\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o['\u2019]clock)|\d{1,2}:\d{2}|noon|midday|midnight|o['\u2019]clock)/i;
/** A unit of time after a number or "a"/"an" ("three hours", "an hour"): the cheap sign of a duration. */
const UNIT =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|several|few|couple\s+of)[\s-]+(?:minutes?|hours?|days?)\b/i;

/** A day other than the event's may be meant: a date, a weekday, a day counted from another ("the next morning"). */
const OTHER_DAY =
  /\b(?:next|following|previous|prior|same)\s+(?:day|morning|afternoon|evening|night|week)|\b(?:yesterday|tomorrow|today|tonight|days?\s+(?:later|earlier|before|after))\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** A plan, a wish or a denial, not what happened ("was due to arrive at nine", "had hoped to stay longer"). */
const NOT_HAPPENED =
  /\b(?:scheduled|expected|planned|supposed|due|set\s+to|slated|hoped|hoping|intended|wanted|would|will|could|might|may|should|can|did\s*n[o']t|didn['\u2019]t|never|not|no\s+longer)\b/i;

/** A quotation mark: the sentence quotes someone, whose words the page does not state as fact. */
const QUOTED = /["\u201C\u201D\u2018\u2019]\s*\p{L}|\p{L}[.,!?]?["\u201C\u201D]/u;

/** "for a second stop", "as another stop", "on her next stop" after a verb of going: a stop of the trip, no traffic stop. */
const TRIP_STOP_TAIL =
  /\b(?:for|as|on)\s+(?:(?:a|an|his|her|their)\s+)?(?!traffic\b)(?:[\p{L}-]+\s+)?stop\b/giu;

/** The sentence with the "stop" of a trip's stop blanked (offsets kept), for reading which events it links of its own. */
export function withoutTripStop(sentence: string): string {
  if (!GOING_ON.test(sentence)) return sentence;
  return sentence.replace(TRIP_STOP_TAIL, (m) => m.slice(0, -4) + '    ');
}

export type CarriedSubject =
  | { kind: 'person'; pronoun: string; plural: boolean; rest: number }
  | { kind: 'event'; rest: number; happened?: boolean };

/** "It happened on …", "It all took place …", "This occurred …": the event before as the subject, dated by the sentence. */
const HAPPENED =
  /^\W*(?:it|this|that|all\s+(?:of\s+)?this|the\s+whole\s+thing)\s+(?:all\s+)?(?:happened|occurred|took\s+place|unfolded)\b/i;

/** The pronoun a sentence opens on as its subject ("From there he …"), else undefined. */
export const pronounOpening = (sentence: string): string | undefined =>
  PERSON_SUBJECT.exec(sentence)?.[1];

/**
 * Whether the sentence opens on a subject that may carry the event before and gives a value of one of the slots
 * (cheap, before any other sentence is read): the subject, and where its predicate begins; else null.
 */
export function carriedSubject(sentence: string): CarriedSubject | null {
  const happened = HAPPENED.exec(sentence);
  if (happened)
    return QUOTED.test(sentence) || NOT_HAPPENED.test(sentence.replace(/\bMay(?=\s+\d)/g, ''))
      ? null
      : { kind: 'event', rest: happened[0].length, happened: true };
  if (!CLOCK.test(sentence) && !UNIT.test(sentence) && !GOING_ON.test(sentence)) return null;
  if (OTHER_DAY.test(sentence) || QUOTED.test(sentence) || NOT_HAPPENED.test(sentence)) return null;
  const person = PERSON_SUBJECT.exec(sentence);
  if (person) {
    // "He said he …": what was said is the speaker's, not the page's.
    for (const w of foldText(sentence).matchAll(/\p{L}+/gu))
      if (lexicon.speechVerbs.has(w[0])) return null;
    const pronoun = (person[1] as string).toLowerCase();
    return { kind: 'person', pronoun, plural: pronoun === 'they', rest: person[0].length };
  }
  const event = EVENT_SUBJECT.exec(sentence);
  return event ? { kind: 'event', rest: event[0].length } : null;
}

/** The roles of an event's actors: who came, acted or spoke at it. */
const ACTING = new Set(['came', 'acted', 'spoke']);

/** The event's actors (record canons): who came, acted or spoke at it. */
export function actorsOf(event: IndexedEvent): string[] {
  return [...new Set(event.participants.filter((p) => ACTING.has(p.role)).map((p) => p.canon))];
}

/** Whether a canon is a person of the record's names. */
export function isPerson(record: StoryRecord, canon: string): boolean {
  return record.gazetteer
    .lookup(record.nameOf(canon))
    .some((g) => g.id === canon && g.kind === 'person');
}

/** The sentence's first clause whose predicate is `rest` on: the asserted, undenied one the subject heads. */
function headClause(clauses: readonly Clause[], rest: number): Clause | null {
  const clause = clauses.find((c) => c.start <= rest && c.end > rest);
  return clause && clause.stance === 'asserted' && !clause.negated ? clause : null;
}

/** The mention of `type` that stands right after the verb `verb` matches at `rest` (with only `between` words in between). */
function valueAfter<T extends Mention['type']>(
  sentence: string,
  clause: Clause,
  rest: number,
  verb: RegExp,
  between: RegExp,
  type: T,
): (Mention & { type: T }) | null {
  const v = verb.exec(sentence.slice(rest));
  if (!v) return null;
  const at = rest + v[0].length;
  // The value right after the verb, or one read with the verb as its lead ("lasted four hours").
  const m = clause.mentions.find(
    (x): x is Mention & { type: T } =>
      x.type === type && !x.negated && (x.start === rest || (x.start >= at && x.start <= at + 40)),
  );
  return m && (m.start === rest || between.test(sentence.slice(at, m.start))) ? m : null;
}

/** The recorded durations of the event that are its stay: its own (no part named), or a part of staying there. */
function stayDurations(event: IndexedEvent) {
  const all = [
    ...(event.event.duration ? [event.event.duration] : []),
    ...(event.event.durations ?? []),
  ];
  return all.filter((d) => !d.of?.length || d.of.some((w) => STAY_PARTS.has(foldText(w))));
}

/** A stay the record's stay durations rule out; else null. */
function stayConflict(m: Mention & { type: 'duration' }, event: IndexedEvent): Comparison | null {
  const recorded = stayDurations(event);
  if (!recorded.length) return null;
  const per = MINUTES[m.value.unit];
  const hedge = m.value.approximate ? HEDGE_SLACK : 1;
  const lo = (m.value.min * per) / hedge;
  const hi = m.value.max === undefined ? Infinity : m.value.max * per * hedge;
  if (
    recorded.some(
      (d) =>
        lo <= d.max * MINUTES[d.unit] * RECORD_SLACK &&
        hi >= (d.min * MINUTES[d.unit]) / RECORD_SLACK,
    )
  )
    return null;
  return {
    slot: 'duration',
    page: m.text,
    record: listNames(recorded.map((d) => d.note ?? `${showRange(d.min, d.max)} ${d.unit}`)),
  };
}

/**
 * The values of the sentence's carried slots that the event's record contradicts, as a comparison with that event;
 * null when none is contradicted (agreement, or a slot the record does not give, says nothing).
 */
export function carriedConflict(
  sentence: string,
  subject: CarriedSubject,
  event: IndexedEvent,
  record: StoryRecord,
  pageDate: string | undefined,
  pageYear: number | undefined,
): SentenceComparison | null {
  const clauses = readSentence(sentence, record.gazetteer);
  const clause = headClause(clauses, subject.rest);
  if (!clause) return null;
  const conflicts: { comparison: Comparison; explanation: string }[] = [];
  // "It happened on Tuesday, Nov. 3, just before dawn": the event's day, given right after the verb (not a time of
  // another happening in an aside, "nine minutes after she left on her 6:40 run", nor a clock time: the event may have
  // lasted).
  if (subject.kind === 'event' && subject.happened) {
    const typed = compareSentence(sentence, record, pageDate, { events: [event], pageYear });
    const c =
      typed?.outcome === 'discrepant'
        ? typed.comparisons.find((x) => {
            const at = x.slot === 'date' || x.slot === 'weekday' ? sentence.indexOf(x.page) : -1;
            return at >= subject.rest && DAY_NEXT.test(sentence.slice(subject.rest, at));
          })
        : undefined;
    if (c)
      conflicts.push({
        comparison: c,
        explanation: `The record has ${c.record}, not ${c.page.replace(/\.$/, '')}.`,
      });
  }
  // A person's arrival, leaving and stay are the event's own only when the event is their coming (not the time a
  // speaker got to a news conference, which may be well before it began).
  const came =
    subject.kind === 'event' ||
    event.outcomes.has('visited') ||
    event.participants.some((p) => p.role === 'came');
  // A clock time of arriving (or beginning), or of leaving (or ending) when the record gives the window's end.
  const starts = subject.kind === 'person' ? ARRIVING : BEGINNING;
  const ends = subject.kind === 'person' ? LEAVING : ENDING;
  const start =
    came && event.event.time
      ? valueAfter(sentence, clause, subject.rest, starts, TO_TIME, 'time-of-day')
      : null;
  const end =
    came && event.event.timeEnd
      ? valueAfter(sentence, clause, subject.rest, ends, TO_TIME, 'time-of-day')
      : null;
  const clock = start ?? end;
  if (clock && clock.value.minutes !== undefined) {
    const typed = compareSentence(sentence, record, pageDate, { events: [event], pageYear });
    const c =
      typed?.outcome === 'discrepant'
        ? typed.comparisons.find((x) => x.slot === 'time' && x.page === clock.text)
        : undefined;
    if (c)
      conflicts.push({
        comparison: c,
        explanation: `The record times it ${c.record}; ${start ? 'an arrival' : 'a departure'} at ${c.page} does not fit.`,
      });
  }
  // A stay ("stayed for close to four hours", "It lasted four hours"), not one somewhere named after it ("in the city").
  const stay = came
    ? valueAfter(
        sentence,
        clause,
        subject.rest,
        subject.kind === 'person' ? STAYING : LASTING,
        TO_DURATION,
        'duration',
      )
    : null;
  const long =
    stay && !STAYED_ELSEWHERE.test(sentence.slice(stay.end)) ? stayConflict(stay, event) : null;
  if (long)
    conflicts.push({
      comparison: long,
      explanation: `The record gives ${long.record}, not ${long.page}.`,
    });
  // A next stop at a body, against the visit's venues (visit-meeting.ts).
  if (subject.kind === 'person' && !returning(sentence)) {
    for (const r of venueResults(clause, sentence, record, [event]))
      if (r.conflict) conflicts.push(r.conflict);
  }
  if (!conflicts.length) return null;
  return {
    outcome: 'discrepant',
    comparisons: conflicts.map((c) => c.comparison),
    explanation: `Read with what the sentences before it told of (${event.event.label}): ${conflicts.map((c) => lowerFirst(c.explanation)).join(' ')}`,
    events: [event.event.id],
  };
}

/** Between "It happened" and the day it gives: perhaps a clock time, then "on", "last" or "this past". */
const DAY_NEXT =
  /^\s*(?:(?:at\s+)?(?:about\s+|around\s+|roughly\s+|just\s+(?:before|after)\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?,?\s+)?(?:(?:on|last|this\s+past)\s+)?(?:the\s+)?$/i;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
