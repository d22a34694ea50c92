/**
 * A time the page denies, not one it gives. In a clause whose negation comes before the time ("The lawsuit was not
 * filed a day before the visit", "The suit was not filed on April 23", "No executive order existed yet when the
 * chiefs spoke in November 2016"), the time is when the thing did not happen: it is no date of the linked event, and
 * the record's other date does not make the sentence wrong. Nothing here knows a story.
 *
 * - "not yet" / "no … yet" / "still not" says the thing had not happened by then: true of a time wholly before the
 *   event, so only such a time is let go ("no order existed yet in February 2017", after the orders, stays wrong).
 * - Any other denial lets the time go as unconfirmed.
 * - Not when the time is what the denial turns on ("not until April 23", "not only on Monday", "no later than"),
 *   or when "X, not Y" denies a single value (the reader marks that mention itself, and the clause is not negated).
 */
import { foldText } from '../normalize.ts';
import { quotedSpansFrom } from '../quoted-stretches.ts';
import type { Clause, Mention } from '../read/types.ts';
import { dayRange, partialDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

const NEGATOR =
  /(?<![\p{L}\p{N}])(?:not|no|never|none|nobody|nothing|neither|nor|without)(?![\p{L}\p{N}])|n't(?![\p{L}])/gu;
/** Between the denial and the time, words that make the time the point of the sentence rather than denied. */
const TURNS_ON_TIME =
  /\b(?:until|till|only|just|merely|later|earlier|sooner|longer|before\s+(?:then|that)|since)\b/;
/** Right after a denial: one that denies no time ("not only", "no longer", "don't forget", "no doubt", "make no mistake"). */
const NOT_A_DENIAL =
  /^\s*(?:only|just|merely|longer|later|earlier|sooner|less|more|forget|forgetting|doubt|wonder|mistake|question|matter|surprise|surprisingly)\b/;
/** "not yet", "no … yet", "still had not", "had yet to". */
const NOT_YET = /\byet\b|\bstill\b/;

/** The text with its quoted stretches blanked (offsets kept). */
function blankQuoted(folded: string): string {
  return quotedSpansFrom(folded).reduce(
    (out, [a, b]) => out.slice(0, a) + ' '.repeat(b - a) + out.slice(b),
    folded,
  );
}

const TIME_TYPES = new Set<Mention['type']>(['date', 'weekday', 'relative-time', 'time-of-day']);

/** The first denial in the clause before `at` (absolute offsets), as its offset, or -1. */
function denialBefore(sentence: string, clause: Clause, at: number): number {
  // Words inside quotation marks are the speaker's: their denial is none of the page's.
  const folded = blankQuoted(foldText(sentence)).slice(clause.start, at);
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(folded); m; m = NEGATOR.exec(folded)) {
    if (NOT_A_DENIAL.test(folded.slice(m.index + m[0].length))) continue;
    return m.index;
  }
  return -1;
}

/** Whether a time mention of a negated clause is a time the page denies (see above). */
export function deniedTime(sentence: string, clause: Clause, m: Mention): boolean {
  if (!clause.negated || m.negated || !TIME_TYPES.has(m.type)) return false;
  const at = denialBefore(sentence, clause, m.start);
  if (at === -1) return false;
  const between = foldText(sentence.slice(clause.start + at, m.start));
  return !TURNS_ON_TIME.test(between);
}

/** Whether the clause says the thing had not happened yet at the time (see above). */
function notYetAt(sentence: string, clause: Clause, m: Mention): boolean {
  const at = denialBefore(sentence, clause, m.start);
  if (at === -1) return false;
  const clauseText = foldText(sentence.slice(clause.start, clause.end));
  return NOT_YET.test(clauseText) || /\byet\s+to\b/.test(clauseText);
}

/** A date wholly before every one of the events (a time the thing had not happened yet). */
function whollyBefore(m: Mention, events: readonly IndexedEvent[]): boolean {
  if (m.type !== 'date' || m.value.year === undefined || !events.length) return false;
  const [, to] = dayRange(partialDate(m.value.year, m.value.month, m.value.day));
  return events.every((e) => to < dayRange(e.event.date)[0]);
}

/**
 * What a denied time does to a conflict found for it: `drop` (a "not yet" time wholly before the event: the page is
 * right), `unconfirm` (any other denied time), or `keep` (not a denied time, or "not yet" at or after the event).
 */
export function deniedTimeEffect(
  sentence: string,
  clause: Clause,
  m: Mention,
  events: readonly IndexedEvent[],
): 'drop' | 'unconfirm' | 'keep' {
  if (!deniedTime(sentence, clause, m)) return 'keep';
  if (!notYetAt(sentence, clause, m)) return 'unconfirm';
  return whollyBefore(m, events) ? 'drop' : 'keep';
}
