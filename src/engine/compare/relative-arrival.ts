/**
 * "The first supervisor, who got there at 6:50, called off the response", "the dog handlers, who arrived at a
 * quarter to seven, …": a relative clause that tells only when its antecedent arrived names no event of its own;
 * its time is the arrival of what the antecedent names. The antecedent is the phrase right before ", who / which /
 * that" (back to a comma, semicolon, "and" or the sentence's start); the events whose own words it uses, when each
 * records a time, are the clause's events. Nothing when the antecedent names none, or the clause is no arrival.
 */
import { foldText } from '../normalize.ts';
import type { Clause } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { ARRIVED, BETWEEN } from './arrival-time.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const RELATIVE = /^\s*(?:who|which|that)\s+/i;

export function relativeArrivalEvents(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const text = sentence.slice(clause.start, clause.end);
  if (!RELATIVE.test(text)) return [];
  const times = clause.mentions.filter((m) => m.type === 'time-of-day');
  if (
    !times.length ||
    !times.every((m) => ARRIVED.test(sentence.slice(clause.start, m.start).replace(BETWEEN, '')))
  )
    return [];
  const before = sentence.slice(0, clause.start).replace(/[\s,(\u2014-]+$/, '');
  const antecedent = foldText(before.split(/[,;]|\band\b/i).pop() ?? '');
  if (!antecedent.trim()) return [];
  const named = record.events.filter((e) => e.words.some((w) => findTerm(antecedent, w) !== -1));
  return named.length && named.every((e) => e.event.time) ? named : [];
}
