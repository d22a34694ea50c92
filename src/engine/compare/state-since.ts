/**
 * When a lasting state began: "a sanctuary city since 1992", "became a
 * sanctuary city in 1992", "declared itself a sanctuary in 1992". An event
 * whose `begins` names the state ("sanctuary city") dates its start; a year
 * the clause gives for it is compared with that event's year. A year that is
 * another of the story's events' (the state renewed, reaffirmed) is not
 * surely wrong, so it is unconfirmed; any other year is a conflict naming
 * both. Works on every asserted clause, linked or not: the state's words
 * and the year say which event it is. General English; nothing here knows a
 * story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { ValueResult } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { statePlace } from './state-place.ts';

/** Verbs that start a state in a year ("became a sanctuary city in 1992"). */
const STARTS =
  /\b(?:became|become|becoming|declared|declares|declaring|designated|proclaimed|named|voted to become|dat(?:es|ed|ing)\s+(?:back\s+)?to|go(?:es|ing)\s+back\s+to|went\s+back\s+to|trac(?:es|ed|ing)\s+back\s+to)\b/;

/** Words that put the start told as the very first one ("first declared", "originally became", "for the first time"). */
const FIRST = /\b(?:first|originally|initially|for\s+the\s+first\s+time)\b/;

/** A verb of going back to a year: "dates back to 1986", "goes back to 1986", "traces back to 1986". */
const BACK_TO =
  /\b(?:dat(?:es|ed|ing)|go(?:es|ing)|went|trac(?:es|ed|ing))\s+back\s+to\s+(1[89]\d{2}|20\d{2})\b/i;

const yearOf = (e: IndexedEvent) => Number(e.event.date.slice(0, 4));

export interface StateSince {
  mention: Mention;
  result: Exclude<ValueResult, { status: 'agrees' }> | null;
}

/** The year a clause gives for the start of a state the record dates, compared with the record. */
export function stateSince(clause: Clause, sentence: string, record: StoryRecord): StateSince[] {
  if (clause.negated) return [];
  const starters = record.events.filter((e) => e.event.begins?.length);
  if (!starters.length) return [];
  const folded = foldText(sentence.slice(clause.start, clause.end));
  const out: StateSince[] = [];
  // "dates back to 1996": a year after a verb of going back, which the reader leaves unread (no date preposition).
  const back = BACK_TO.exec(sentence.slice(clause.start, clause.end));
  const backYear: Mention[] =
    back && !clause.mentions.some((m) => m.type === 'date' || m.type === 'relative-time')
      ? [
          {
            type: 'date',
            value: { year: Number(back[1]) },
            text: back[1] as string,
            start: clause.start + back.index + back[0].length - 4,
            end: clause.start + back.index + back[0].length,
            negated: false,
          },
        ]
      : [];
  for (const m of [...clause.mentions, ...backYear]) {
    const year =
      m.type === 'relative-time' && m.value.kind === 'since-year'
        ? m.value.amount
        : m.type === 'date' &&
            m.value.year !== undefined &&
            m.value.month === undefined &&
            STARTS.test(folded)
          ? m.value.year
          : undefined;
    if (year === undefined) continue;
    // The state the clause names, and the earliest event that began it.
    const began = starters
      .filter((e) => e.event.begins!.some((w) => findTerm(folded, foldText(w)) !== -1))
      .sort((a, b) => yearOf(a) - yearOf(b))[0];
    if (!began) continue;
    // "California has been a sanctuary state since 2018": a place the clause names that is none of the event's
    // places, nor within or around one of them, has a history of its own.
    if (
      elsewhere(clause, began, record) ||
      unknownSubject(sentence.slice(clause.start, clause.end), record)
    ) {
      // Unless it is the very start the record has, given to another town (state-place.ts).
      const other = statePlace(clause, sentence, began, record, year);
      if (other) out.push({ mention: other.mention, result: other });
      continue;
    }
    const recorded = yearOf(began);
    if (year === recorded) {
      out.push({ mention: m, result: null });
      continue;
    }
    const state = began.event.begins!.find((w) => findTerm(folded, foldText(w)) !== -1) as string;
    const comparison = { slot: 'date', page: m.text, record: String(recorded) };
    // Another of the story's years (the state renewed): not surely wrong, unless the clause speaks of the very start
    // ("first declared itself …", "originally became …") and that year came after it: a renewal is no first time.
    // The later event told of first when it shares a place with the start (the state renewed there).
    const shares = (e: IndexedEvent) => e.places.some((p) => began.places.includes(p));
    const later = record.events
      .filter((e) => yearOf(e) === year)
      .sort((a, b) => Number(shares(b)) - Number(shares(a)));
    if (later.length && FIRST.test(folded) && year > recorded) {
      out.push({
        mention: m,
        result: {
          status: 'conflict',
          comparison,
          explanation: `The record dates the first start of “${state}” to ${recorded} (${began.event.label}), not ${year}; ${year} is the year of a later event (${later[0]!.event.label}).`,
        },
      });
      continue;
    }
    if (later.length) {
      out.push({
        mention: m,
        result: {
          status: 'unconfirmed',
          comparison,
          explanation: `The record dates the start of \u201C${state}\u201D to ${recorded} (${began.event.label}); ${year} is the year of another event of the story.`,
        },
      });
      continue;
    }
    out.push({
      mention: m,
      result: {
        status: 'conflict',
        comparison,
        explanation: `The record dates the start of \u201C${state}\u201D to ${recorded} (${began.event.label}), not ${year}.`,
      },
    });
  }
  return out;
}

/** Whether the clause names a place (or state) unrelated to every place of the event. */
function elsewhere(clause: Clause, event: IndexedEvent, record: StoryRecord): boolean {
  const named = clause.mentions.filter(
    (m): m is Mention & { type: 'place' | 'state' } =>
      (m.type === 'place' || m.type === 'state') && !m.negated,
  );
  if (!named.length || !event.places.length) return false;
  const related = (p: string) =>
    event.places.some((r) => p === r || record.ancestors(r).has(p) || record.ancestors(p).has(r));
  return named.every((m) => {
    const canons = record.gazetteer.lookup(m.value.name).map((g) => g.id);
    return canons.length > 0 && !canons.some(related);
  });
}

/** A capitalised name as the clause's subject, right before its verb ("Utica has been …", "Santa Fe became …"). */
const SUBJECT_NAME =
  /^\s*((?:\p{Lu}[\p{L}'\u2019.-]+\s+){1,3})(?:has|had|have|is|was|were|became|becomes|declared|declares|proclaimed|voted|remains|remained)\b/u;
const NOT_A_NAME =
  /^(?:it|this|that|these|those|he|she|they|we|there|the|its|our|their|his|her|a|an|and|but|so|yet|then|now|still|today)$/i;

/** Whether the clause's subject is a name the record does not know: a place of its own, with its own history. */
function unknownSubject(text: string, record: StoryRecord): boolean {
  const m = SUBJECT_NAME.exec(text);
  if (!m) return false;
  const name = (m[1] as string).trim();
  if (name.split(/\s+/).some((w) => NOT_A_NAME.test(w))) return false;
  return record.gazetteer.lookup(name).length === 0;
}
