/**
 * Relative time against the record's dates: "two days after the stop",
 * "about five weeks after the raid", "the day before the briefing", and, with
 * the first event named earlier in the sentence, "a week later", "the next
 * day", "that same evening". The offset is compared with the days between
 * the two recorded events, tolerantly ("a week" is 5 to 9 days, "about five
 * weeks" 28 to 42). Only when both events are linked with confidence: the
 * event the offset counts from is the one event whose words follow "after" /
 * "before" (or, for "later", the one event the sentence named before the
 * clause), and the clause names exactly one other event by its words.
 * Otherwise nothing is said.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention, RelativeTimeKind } from '../read/types.ts';
import { hasAnyTerm } from '../terms.ts';
import type { ValueResult } from './compare-values.ts';
import { dayRange, showDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';
import { deniedTime } from './denied-time.ts';

type Unit = 'days' | 'weeks' | 'months' | 'years';

const KINDS: Partial<Record<RelativeTimeKind, { unit: Unit; sign: 1 | -1 }>> = {
  'days-later': { unit: 'days', sign: 1 }, 'days-before': { unit: 'days', sign: -1 },
  'weeks-later': { unit: 'weeks', sign: 1 }, 'weeks-before': { unit: 'weeks', sign: -1 },
  'months-later': { unit: 'months', sign: 1 }, 'months-before': { unit: 'months', sign: -1 },
  'years-later': { unit: 'years', sign: 1 }, 'years-before': { unit: 'years', sign: -1 },
};

const DAYS: Record<Unit, number> = { days: 1, weeks: 7, months: 30.44, years: 365.25 };

/** The days an offset allows: exact for a few days, wider for longer or hedged ones. */
export function offsetDays(unit: Unit, amount: number, approximate: boolean): [number, number] {
  const days = amount * DAYS[unit];
  let slack: number;
  if (unit === 'days') slack = approximate ? Math.max(1, Math.round(days * 0.2)) : amount <= 3 ? 0 : Math.max(1, Math.round(days * 0.1));
  else if (unit === 'weeks') slack = Math.max(2, Math.round(days * 0.2));
  else if (unit === 'months') slack = Math.max(10, Math.round(days * 0.2));
  else slack = Math.max(60, Math.round(days * 0.2));
  return [Math.round(days) - slack, Math.round(days) + slack];
}

interface Offset {
  mention: Mention;
  /** Signed days allowed between the first event and the clause's. */
  range: [number, number];
  /** The offset names its first event right after it ("after the stop"). */
  explicit: boolean;
}

/** "that same evening", "the same morning": a part of the same day. */
const SAME_DAY_PART = /\b(that|the)\s+same\s+$/i;

export function offsetOf(m: Mention, sentence: string): Offset | null {
  if (m.negated) return null;
  if (m.type === 'time-of-day') {
    if (!m.value.part || !SAME_DAY_PART.test(sentence.slice(Math.max(0, m.start - 12), m.start))) return null;
    return { mention: m, range: [0, 0], explicit: false };
  }
  if (m.type !== 'relative-time') return null;
  if (m.value.kind === 'same-day') return { mention: m, range: [0, 0], explicit: false };
  const kind = KINDS[m.value.kind];
  if (!kind || m.value.amount === undefined) return null;
  const [lo, hi] = offsetDays(kind.unit, m.value.amount, m.value.approximate === true);
  const range: [number, number] = kind.sign === 1 ? [lo, hi] : [-hi, -lo];
  return { mention: m, range, explicit: /\b(after|before)$/i.test(m.text) };
}

const linked = (text: string, events: readonly IndexedEvent[]) => {
  const folded = foldText(text);
  return events.filter((e) => hasAnyTerm(folded, e.words));
};

function gapWords(min: number, max: number): string {
  const one = (n: number) => (n === 0 ? 'the same day' : `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'} ${n > 0 ? 'later' : 'earlier'}`);
  if (min === max) return one(min);
  return `${min} to ${max} days later`;
}

/**
 * The offsets in the sentence's asserted clauses compared with the record:
 * agreement or conflict for each offset whose two events are linked with
 * confidence; nothing for the others.
 */
export function relativeOffsets(sentence: string, clauses: readonly Clause[], events: readonly IndexedEvent[], owned?: (text: string, named: readonly IndexedEvent[]) => { others: readonly IndexedEvent[]; theirs: readonly IndexedEvent[] }): ValueResult[] {
  const out: ValueResult[] = [];
  for (const clause of clauses) {
    for (const m of clause.mentions) {
      const offset = offsetOf(m, sentence);
      // "was not filed a day before the visit": a denied offset (denied-time.ts).
      if (!offset || deniedTime(sentence, clause, m)) continue;
      let anchorText: string;
      let subjectText: string;
      if (offset.explicit) {
        // "after the stop on Main Street," — up to the next mark or the clause's end.
        const rest = sentence.slice(m.end, clause.end);
        const stop = rest.search(/[,;:()\u2014]/);
        const anchorEnd = m.end + (stop === -1 ? rest.length : stop);
        anchorText = sentence.slice(m.end, anchorEnd);
        subjectText = `${sentence.slice(clause.start, m.start)} ${sentence.slice(anchorEnd, clause.end)}`;
      } else {
        // "…; a week later, …": the first event is named in the sentence before the clause.
        anchorText = sentence.slice(0, clause.start);
        subjectText = `${sentence.slice(clause.start, m.start)} ${sentence.slice(m.end, clause.end)}`;
      }
      const anchors = linked(anchorText, events);
      if (anchors.length !== 1) continue;
      const anchor = anchors[0] as IndexedEvent;
      // "Ortt's visit": an event word owned by someone who took no part in that event names the owner's (owner-event.ts).
      const byWords = linked(subjectText, events);
      const own = owned?.(subjectText, byWords);
      const subjects = (own ? [...byWords.filter((e) => !own.others.includes(e)), ...own.theirs] : byWords).filter((e) => e !== anchor);
      if (subjects.length !== 1) continue;
      const subject = subjects[0] as IndexedEvent;
      const [aFrom] = dayRange(anchor.event.date);
      const [, aTo] = dayRange(anchor.event.dateEnd ?? anchor.event.date);
      const [sFrom] = dayRange(subject.event.date);
      const [, sTo] = dayRange(subject.event.dateEnd ?? subject.event.date);
      const min = sFrom - aTo;
      const max = sTo - aFrom;
      const [lo, hi] = offset.range;
      if (lo <= max && hi >= min) {
        out.push({ status: 'agrees' });
        continue;
      }
      const gap = gapWords(min, max);
      out.push({
        status: 'conflict',
        comparison: { slot: 'date', page: m.text, record: gap },
        explanation: `The record dates \u201C${anchor.event.label}\u201D ${showDate(anchor.event.date)} and \u201C${subject.event.label}\u201D ${showDate(subject.event.date)} (${gap}), not \u201C${m.text}\u201D.`,
      });
    }
  }
  return out;
}
