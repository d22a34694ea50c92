/**
 * "The report was written in response to those orders", after a sentence on the orders: the order of the sentence's
 * own events and the event a demonstrative point phrase ("those orders", "these January orders") points back to, the
 * one event of the sentence before whose word ends in the phrase's noun (event-order.ts). When every one of the
 * sentence's own events lies wholly on the wrong side of that event's recorded date, the order is wrong. A sentence
 * that links no event of its own but opens on what was said before ("The statements described above were made in
 * response to those orders") is about the events of the nearest sentence before the one the anchor is in. Not a
 * denied, hedged or conditional sentence. General English; nothing here knows a story.
 */
import { readSentence } from '../read/index.ts';
import type { Clause } from '../read/types.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { eventOrderResults } from './event-order.ts';
import { TOLD_NOUNS } from './order-before.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A point word and a demonstrative right after it (cheap; see above). */
const POINT_BACK =
  /\b(?:after|following|in (?:direct |swift )?(?:response|reaction|answer) to|responding to|responded to|reacting to|reacted to|in the wake of|before|ahead of|prior to)\s+(?:those|these|that|this|the\s+same)\s+\p{L}/iu;

/** A frame of noting or saying opening the sentence ("Staff note that …", "The memo says that …"): no relative clause. */
const FRAME =
  /^[^,;:]{0,60}?\b(?:note|notes|noted|say|says|said|write|writes|wrote|report|reports|reported|argue|argues|argued|claim|claims|claimed|find|finds|found|believe|believes|believed|point\s+out|points\s+out|pointed\s+out)\s+that\s+/i;

/** A subject that is what was said before: "the chiefs' statements described above were", "these remarks came". */
const SUBJECT_BACK = new RegExp(
  String.raw`^\W*(?:\p{L}+,\s+)?(?:the|these|those|all\s+(?:of\s+)?(?:the|these|those))\s+(?:[\p{L}'’-]+\s+){0,3}?${TOLD_NOUNS}(?:\s+(?:described|mentioned|cited|quoted|listed)\s+(?:above|earlier))?\s+(?:were|was|had\s+been|came|all\s+came)\b`,
  'iu',
);

/** Whether the sentence may time its events against an event the sentence before named. */
export const mayPointBack = (sentence: string): boolean => POINT_BACK.test(sentence);

/**
 * The order conflict of a sentence whose point phrase points back (see above), with `own` the events it links itself
 * and `before` those of the sentence before; null when the order fits, or the sentence is of another kind.
 */
export function orderPointedBack(
  sentence: string,
  own: readonly IndexedEvent[],
  before: readonly IndexedEvent[],
  record: StoryRecord,
  earlier: readonly IndexedEvent[] = [],
): SentenceComparison | null {
  if (!before.length || !mayPointBack(sentence)) return null;
  // No event of its own: what was said before, when the sentence opens on it, and only events the anchor's sentence does not hold.
  const told = own.length
    ? own
    : SUBJECT_BACK.test(sentence)
      ? earlier.filter((e) => !before.includes(e))
      : [];
  if (!told.length) return null;
  const clauses = readSentence(sentence, record.gazetteer);
  if (!clauses.length || clauses.some((c) => c.stance !== 'asserted' || c.negated)) return null;
  // "Staff note that the report was written in response to …": the order is the reported clause's, read from after the frame.
  const frame = FRAME.exec(sentence);
  const clause: Clause = {
    start: frame ? frame[0].length : 0,
    end: sentence.length,
    mentions: [],
    stance: 'asserted',
    negated: false,
  };
  const results = eventOrderResults(sentence, clause, told, record, before);
  const conflicts = results.filter(
    (r): r is Exclude<typeof r, { status: 'agrees' }> => r.status === 'conflict',
  );
  if (!conflicts.length || results.some((r) => r.status === 'agrees')) return null;
  return {
    outcome: 'discrepant',
    comparisons: conflicts.map((c) => c.comparison),
    explanation: conflicts[0]!.explanation,
    events: told.map((e) => e.event.id),
  };
}
