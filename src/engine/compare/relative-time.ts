/**
 * Relative time against the record's dates: "two days after the stop",
 * "about five weeks after the raid", "the day before the briefing", and, with
 * the first event named earlier in the sentence, "a week later", "the next
 * day", "that same evening". The offset is compared with the days between
 * the two recorded events, tolerantly ("a week" is 5 to 9 days, "about five
 * weeks" 28 to 42). Only when both events are linked with confidence: the
 * event the offset counts from is the one event whose words follow "after" /
 * "before" (or, for "later", the one event the sentence named before the
 * clause), and the clause names exactly one other event by its words (or
 * tells of one without them: `told`). Otherwise nothing is said.
 */
import { blankReplies } from './reply-verb.ts';
import { foldText } from '../normalize.ts';
import type { Clause, Mention, RelativeTimeKind } from '../read/types.ts';
import { hasAnyTerm } from '../terms.ts';
import { unconfirmed, type ValueResult } from './value-result.ts';
import { dayRange, showDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';
import { deniedTime } from './denied-time.ts';
import { clockOffsetBetween, offsetMinutes } from './clock-offset.ts';
import { opensOnWorldEvent } from './world-anchor.ts';
import { offsetDays, type Unit } from './offset-days.ts';
import { linkedByArrival } from './arrival-anchor.ts';
import { withElidedNoun } from './elided-owner.ts';

const KINDS: Partial<Record<RelativeTimeKind, { unit: Unit; sign: 1 | -1 }>> = {
  'days-later': { unit: 'days', sign: 1 },
  'days-before': { unit: 'days', sign: -1 },
  'weeks-later': { unit: 'weeks', sign: 1 },
  'weeks-before': { unit: 'weeks', sign: -1 },
  'months-later': { unit: 'months', sign: 1 },
  'months-before': { unit: 'months', sign: -1 },
  'years-later': { unit: 'years', sign: 1 },
  'years-before': { unit: 'years', sign: -1 },
};

const HOUR_KINDS: Partial<Record<RelativeTimeKind, 1 | -1>> = {
  'hours-later': 1,
  'hours-before': -1,
};

interface Offset {
  mention: Mention;
  /** Signed days allowed between the first event and the clause's (minutes for an offset in hours: `clock`). */
  range: [number, number];
  /** An offset in hours ("about two hours after the stop"): weighed against the two events' clock times (clock-offset.ts). */
  clock?: true;
  /** The offset names its first event right after it ("after the stop"). */
  explicit: boolean;
  /** "a month to the day after": the months (signed) that put the second day on the first's day of the month. */
  calendarMonths?: number;
}

/** "that same evening", "the same morning", "that afternoon", "later that night": a part of the same day. */
const SAME_DAY_PART = /\b(?:(?:that|the)\s+same|(?:later\s+)?that)\s+$/i;

export function offsetOf(m: Mention, sentence: string): Offset | null {
  if (m.negated) return null;
  if (m.type === 'time-of-day') {
    if (!m.value.part || !SAME_DAY_PART.test(sentence.slice(Math.max(0, m.start - 12), m.start)))
      return null;
    return { mention: m, range: [0, 0], explicit: false };
  }
  if (m.type !== 'relative-time') return null;
  if (m.value.kind === 'same-day') return { mention: m, range: [0, 0], explicit: false };
  const hours = HOUR_KINDS[m.value.kind];
  if (hours && m.value.amount !== undefined) {
    const [lo, hi] = offsetMinutes(m.value.amount, m.value.approximate === true);
    return {
      mention: m,
      range: hours === 1 ? [lo, hi] : [-hi, -lo],
      explicit: /\b(after|before)$/i.test(m.text),
      clock: true,
    };
  }
  const kind = KINDS[m.value.kind];
  if (!kind || m.value.amount === undefined) return null;
  const [lo, hi] = offsetDays(kind.unit, m.value.amount, m.value.approximate === true);
  const range: [number, number] = kind.sign === 1 ? [lo, hi] : [-hi, -lo];
  const explicit = /\b(after|before)$/i.test(m.text);
  // "a week to the day after": exactly so many days; "a month to the day after": the same day of the month.
  if (m.value.exact && (kind.unit === 'days' || kind.unit === 'weeks')) {
    const days = kind.sign * m.value.amount * (kind.unit === 'weeks' ? 7 : 1);
    return { mention: m, range: [days, days], explicit };
  }
  if (m.value.exact)
    return {
      mention: m,
      range,
      explicit,
      calendarMonths: kind.sign * m.value.amount * (kind.unit === 'years' ? 12 : 1),
    };
  return { mention: m, range, explicit };
}

const linked = (text: string, events: readonly IndexedEvent[]) => {
  // "answered with its own statement" names no answering of a call (reply-verb.ts).
  const folded = blankReplies(foldText(text));
  return events.filter((e) => hasAnyTerm(folded, e.words));
};

/** Words that make a span about someone's words: a speech verb or a noun of words. */
const SPEECH =
  /\b(?:said|says|spoke|speaks|spoken|told|tells|stated|statement|remarks|comments|interview|interviewed|announced|announcement|declared|wrote|pledged|vowed|promised|weighed\s+in|weighs\s+in|commented)\b/gi;
/** Words that start what was said ("said that officers …", "told the Times he …"): the offset may be in it. */
const REPORTED =
  /\b(?:that|he|she|they|we|i|it|who|which|his|her|their|its|our|whether|if|officers|police)\b/i;
/** An event told as still to come: "the planned trip", "the upcoming visit", "the expected announcement". */
const PROSPECT =
  /\b(?:planned|upcoming|expected|scheduled|proposed|promised|forthcoming|impending|anticipated|pending|future|coming)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:trip|visit|meeting|briefing|conference|talk|talks|appearance|announcement|statement|hearing|vote|rally|stop|tour|event|sit-down)\b/i;

const PROSPECT_ALL = new RegExp(PROSPECT.source, 'gi');

/** Another occasion than the recorded one. */
const OTHER_OCCASION = /\b(?:also|again|another|earlier|previously|other|too|first|once)\b/i;

/**
 * The recorded statement a span names by its speaker rather than by its
 * words: "Beck spoke", "Denver's statement came out", "Magnus issued his
 * statement", "Denver police said". The speaker (a person or agency of the
 * event's "spoke" role; a place only as an owner, "Denver's", or right before
 * the verb, "Denver said") comes first, a word of speech at most four words
 * after it. `lead`: the speaker opens the span ("after Beck spoke", ", Magnus
 * said …"), so a trailing attribution ("…, Beck said") is no link. Otherwise
 * the span ends at the offset, and nothing between the word of speech and the
 * offset may start what was said ("said that officers had …", "told the Times
 * he …"): the offset would be in the reported words. Candidates on one day
 * count as one.
 */
function linkedBySpeaker(
  sentence: string,
  [from, to]: [number, number],
  mentions: readonly Mention[],
  events: readonly IndexedEvent[],
  lead: boolean,
): IndexedEvent[] {
  const text = sentence.slice(from, to);
  if (OTHER_OCCASION.test(text)) return [];
  const idOf = (m: Mention) =>
    m.type === 'person' || m.type === 'agency' || m.type === 'place' ? m.value.id : undefined;
  const speakers = mentions.filter((m) => !m.negated && m.start >= from && m.end <= to && idOf(m));
  const speaker = (lead ? speakers.slice(0, 1) : speakers).find((m) => {
    if (
      lead &&
      !/^[\s,;:\u2014-]*(?:(?:and|then|as|when|once)\s+)?(?:the\s+)?$/i.test(
        sentence.slice(from, m.start),
      )
    )
      return false;
    const after = sentence.slice(m.end, to);
    if (
      m.type === 'place' &&
      !/^(?:['\u2019]s\b|\s+(?:said|says|announced|declared|stated|told)\b)/i.test(after)
    )
      return false;
    SPEECH.lastIndex = 0;
    const speech = SPEECH.exec(after);
    if (
      !speech ||
      after
        .slice(0, speech.index)
        .trim()
        .split(/\s+/)
        .filter((w) => w && !/^['\u2019]s$/.test(w)).length > 4
    )
      return false;
    if (lead) return true;
    const gap = after.slice(speech.index + speech[0].length);
    return !REPORTED.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 5;
  });
  const id = speaker && idOf(speaker);
  if (!speaker || !id) return [];
  const found = events.filter(
    (e) =>
      e.participants.some((p) => p.role === 'spoke') &&
      (e.participants.some((p) => p.role === 'spoke' && p.canon === id) ||
        (speaker.type === 'place' && e.places.includes(id))),
  );
  const days = new Set(found.map((e) => `${e.event.date}/${e.event.dateEnd ?? ''}`));
  return days.size === 1 ? found.slice(0, 1) : found;
}

function gapWords(min: number, max: number): string {
  const one = (n: number) =>
    n === 0
      ? 'the same day'
      : `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'} ${n > 0 ? 'later' : 'earlier'}`;
  if (min === max) return one(min);
  return `${min} to ${max} days later`;
}

/**
 * The offsets in the sentence's asserted clauses compared with the record:
 * agreement or conflict for each offset whose two events are linked with
 * confidence. An offset in days, weeks or months between two events ("the
 * next morning", "the day before …", "a month later") that cannot be counted
 * between two linked events is unconfirmed: the sentence is consistent only
 * when every value it gives agrees, so an unchecked offset keeps it from
 * green (and never makes it discrepant).
 */
export function relativeOffsets(
  sentence: string,
  clauses: readonly Clause[],
  events: readonly IndexedEvent[],
  owned?: (
    text: string,
    named: readonly IndexedEvent[],
  ) => { others: readonly IndexedEvent[]; theirs: readonly IndexedEvent[] },
  told?: (clause: Clause) => readonly IndexedEvent[],
  occasion?: IndexedEvent,
): ValueResult[] {
  const out: ValueResult[] = [];
  for (const clause of clauses) {
    for (const m of clause.mentions) {
      const offset = offsetOf(m, sentence);
      // "was not filed a day before the visit": a denied offset (denied-time.ts).
      if (!offset || deniedTime(sentence, clause, m)) continue;
      // Only an offset whose first event the sentence does not link, in a clause that gives no day of its own
      // ("two days later, on Wednesday": the day is compared by itself); see uncheckable.
      const unchecked = () => {
        if (
          !offset.clock &&
          m.type === 'relative-time' &&
          KINDS[m.value.kind] &&
          !givesDay(clause) &&
          uncheckable(sentence, clause, m, offset.explicit)
        )
          out.push(uncheckedOffset(m.text));
      };
      let anchorSpans: [number, number][];
      let subjectSpans: [number, number][];
      if (offset.explicit) {
        // "after the stop on Main Street," — up to the next mark or the clause's end.
        const rest = sentence.slice(m.end, clause.end);
        const stop = rest.search(/[,;:()\u2014]/);
        const anchorEnd = m.end + (stop === -1 ? rest.length : stop);
        anchorSpans = [[m.end, anchorEnd]];
        subjectSpans = [
          [clause.start, m.start],
          [anchorEnd, clause.end],
        ];
      } else {
        // "…; a week later, …": the first event is named in the sentence before the clause.
        anchorSpans = [[0, clause.start]];
        subjectSpans = [
          [clause.start, m.start],
          [m.end, clause.end],
        ];
      }
      const anchorText = anchorSpans.map(([a, b]) => sentence.slice(a, b)).join(' ');
      const subjectText = subjectSpans.map(([a, b]) => sentence.slice(a, b)).join(' ');
      // An event named by its words, else a recorded statement named by its speaker ("after Beck spoke"). Not, for
      // "later" or "that day", an event the words before tell of as still to come ("Previewed the planned trip of Homan,
      // who said at a briefing that day …": the day is another's, the trip's came after); the others named stay.
      const prospect = !offset.explicit && PROSPECT.test(anchorText);
      const byWords = linked(prospect ? anchorText.replace(PROSPECT_ALL, ' ') : anchorText, events);
      // Nothing named before but the event to come: no anchor at all (who spoke is no sign of which of their days).
      if (prospect && !byWords.length) continue;
      // After the offset, the speaker opening its anchor ("after Beck spoke"); for "that same afternoon", one who spoke
      // in the clauses before ("On Friday, Ortt spoke at the hall, and Homan flew in that same afternoon").
      const bySpeaker = byWords.length
        ? byWords
        : linkedBySpeaker(
            sentence,
            anchorSpans[0] as [number, number],
            offset.explicit ? clause.mentions : clauses.flatMap((c) => c.mentions),
            events,
            offset.explicit,
          );
      // "after Beck's": the noun the clause named already ("Denver's statement … after Beck's"; elided-owner.ts).
      const elided =
        bySpeaker.length || !offset.explicit
          ? null
          : withElidedNoun(
              sentence,
              anchorSpans[0] as [number, number],
              sentence.slice(clause.start, m.start),
            );
      const byOwner = elided
        ? linkedBySpeaker(
            elided.sentence,
            elided.span,
            clause.mentions.filter((x) => x.end <= (anchorSpans[0] as [number, number])[1]),
            events,
            true,
          )
        : [];
      // Else an arrival told by who came ("before the inspector showed up"; arrival-anchor.ts).
      const byArrival =
        bySpeaker.length || byOwner.length || !offset.explicit
          ? []
          : linkedByArrival(sentence, anchorSpans[0] as [number, number], clause.mentions, events);
      // Else, for "later" or "that same afternoon", an event the clauses before tell of without its words ("Ortt showed up
      // at the hall, and …": a visit), when they tell of one.
      const before = clauses.filter((c) => c.end <= clause.start);
      const byTold =
        offset.explicit || bySpeaker.length || !told
          ? []
          : [...new Set(before.flatMap((c) => told(c)))];
      // Else the one event of the people the clauses before name ("On Friday, Ortt showed up at the hall, and …").
      const named = new Set(
        before.flatMap((c) =>
          c.mentions.flatMap((x) =>
            x.type === 'person' && !x.negated && x.value.id ? [x.value.id] : [],
          ),
        ),
      );
      const byPerson =
        offset.explicit || bySpeaker.length || byTold.length || !named.size
          ? []
          : events.filter((e) => e.participants.some((p) => named.has(p.canon)));
      const anchors = bySpeaker.length
        ? bySpeaker
        : byOwner.length
          ? byOwner
          : byArrival.length
            ? byArrival
            : byTold.length
              ? byTold
              : byPerson;
      if (anchors.length !== 1) {
        if (!anchors.length) unchecked();
        continue;
      }
      const anchor = anchors[0] as IndexedEvent;
      // "Ortt's visit": an event word owned by someone who took no part in that event names the owner's (owner-event.ts).
      // Recorded words the sentence quotes: what is dated is their occasion ("Two days after the stop, Evans said, “…”").
      const bySubjectWords = occasion ? [occasion] : linked(subjectText, events);
      const own = owned?.(subjectText, bySubjectWords);
      let subjects = (
        own
          ? [...bySubjectWords.filter((e) => !own.others.includes(e)), ...own.theirs]
          : bySubjectWords
      ).filter((e) => e !== anchor);
      if (!subjects.length) {
        const [before, rest] = subjectSpans as [[number, number], [number, number]];
        const bySpeaker = linkedBySpeaker(sentence, before, clause.mentions, events, false);
        subjects = (
          bySpeaker.length
            ? bySpeaker
            : offset.explicit
              ? linkedBySpeaker(sentence, rest, clause.mentions, events, true)
              : []
        ).filter((e) => e !== anchor);
      }
      // Else an event the clause tells of without its words ("the mayor and the chief went before the cameras": `told`),
      // also to choose among a speaker's several occasions.
      const tells =
        subjects.length !== 1 && told
          ? told(clause).filter((e) => e !== anchor && (!subjects.length || subjects.includes(e)))
          : [];
      if (tells.length) subjects = tells;
      if (subjects.length !== 1) {
        // An anchor told only by who came: what the offset counts to unknown, it stays unconfirmed.
        if (byArrival.length) unchecked();
        continue;
      }
      if (offset.clock) {
        const r = clockOffsetBetween(anchor, subjects[0] as IndexedEvent, offset.range, m.text);
        if (r) out.push(r);
        continue;
      }
      out.push(
        offsetBetween(
          anchor,
          subjects[0] as IndexedEvent,
          offset.range,
          m.text,
          offset.calendarMonths,
        ),
      );
    }
  }
  return out;
}

/** A determiner or owner opening a noun phrase ("the election", "his statement", "Denver's statement"). */
const NOUN_PHRASE = /^\s*(?:the|a|an|this|that|his|her|their|its|our|\S+['\u2019]s)\b/i;
/** A verb in the past tense: the words after "before" / "after" are a clause ("the mayor finally arrived"). */
const PAST_VERB =
  /\b(?:\w{3,}ed|came|went|showed|spoke|met|left|got|took|gave|made|ran|began|held|turned|sent|told|said)\b/i;
/** A lasting state told as still holding ("remain on leave", "still suspended"). */
const LASTING = /\b(?:remain|remains|remained|stay|stays|stayed|still)\b/i;

/**
 * An offset that cannot be counted is unconfirmed only where no other reader weighs it:
 * - after or before a clause of its own ("the day before the inspector finally turned up"), not a noun phrase,
 *   which may name a world event (world-anchor.ts) or a report weighed elsewhere;
 * - "the next morning" inside a clause that opens the sentence, counted from the sentence before, which nothing
 *   else compares;
 * - an opening "a month later," (compared with the sentence before: offset-from-before.ts, a conflict only) when
 *   the clause tells a lasting state as still holding then, which the record's dates cannot confirm.
 */
function uncheckable(sentence: string, clause: Clause, m: Mention, explicit: boolean): boolean {
  if (explicit) {
    const rest = sentence.slice(m.end, clause.end);
    const stop = rest.search(/[,;:()\u2014]/);
    const anchor = stop === -1 ? rest : rest.slice(0, stop);
    const words = anchor.trim().split(/\s+/);
    // "four years after X took office": counted from the world's date (world-anchor.ts).
    if (opensOnWorldEvent(anchor)) return false;
    return (
      words.length >= 2 && (!NOUN_PHRASE.test(anchor) || PAST_VERB.test(words.slice(1).join(' ')))
    );
  }
  // Counted from the sentence before only when the clause opens the sentence: else from what came before it there.
  if (sentence.slice(0, clause.start).trim()) return false;
  const opens =
    /^\s*(?:(?:and|but|then|so)\s+)?(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+)?$/i.test(
      sentence.slice(clause.start, m.start),
    );
  return !opens || LASTING.test(sentence.slice(m.end, clause.end));
}

/** The clause gives a day of its own: a weekday or a date with its day. */
const givesDay = (clause: Clause) =>
  clause.mentions.some(
    (x) => !x.negated && (x.type === 'weekday' || (x.type === 'date' && x.value.day !== undefined)),
  );

/** An offset the record's events could not be counted for: unconfirmed, never a conflict. */
function uncheckedOffset(page: string): ValueResult {
  return {
    status: 'unconfirmed',
    comparison: { slot: 'date', page, record: 'not in the record' },
    explanation: `The record does not confirm \u201C${page}\u201D: Sourcelight could not tell which two recorded events it counts between.`,
  };
}

/** The offset a page gives between two recorded events (`range`: signed days allowed), compared with their days. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The same day of the month `months` months from a full date (no such day: none). */
function monthsOn(date: string, months: number): string | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, d));
  return t.getUTCDate() === d ? t.toISOString().slice(0, 10) : undefined;
}

export function offsetBetween(
  anchor: IndexedEvent,
  subject: IndexedEvent,
  [lo, hi]: [number, number],
  page: string,
  calendarMonths?: number,
): ValueResult {
  const [aFrom] = dayRange(anchor.event.date);
  const [, aTo] = dayRange(anchor.event.dateEnd ?? anchor.event.date);
  const [sFrom] = dayRange(subject.event.date);
  const [, sTo] = dayRange(subject.event.dateEnd ?? subject.event.date);
  const min = sFrom - aTo;
  const max = sTo - aFrom;
  const full = (e: IndexedEvent) => FULL_DAY.test(e.event.date) && !e.event.dateEnd;
  // "a month to the day after": the second on the first's day of the month, so many months on; a partial date is unsure.
  if (calendarMonths !== undefined) {
    if (!full(anchor) || !full(subject))
      return unconfirmed('date', page, showDate(subject.event.date));
    if (monthsOn(anchor.event.date, calendarMonths) === subject.event.date)
      return { status: 'agrees' };
  } else if (lo <= max && hi >= min) return { status: 'agrees' };
  const gap = gapWords(min, max);
  return {
    status: 'conflict',
    comparison: { slot: 'date', page, record: gap },
    explanation: `The record dates \u201C${anchor.event.label}\u201D ${showDate(anchor.event.date)} and \u201C${subject.event.label}\u201D ${showDate(subject.event.date)} (${gap}), not \u201C${page}\u201D.`,
  };
}
