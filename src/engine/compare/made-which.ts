/**
 * ", which he signed in December 2016": a relative clause that says only when its antecedent was made (signed,
 * issued, passed, put out …) dates the thing the antecedent names. "They all came before Trump's first executive
 * orders, which he signed in December 2016" links nothing by its own words, so the date would go unread; here the
 * clause takes the events the antecedent's words name ("executive orders"), and its date is compared with theirs.
 *
 * Narrow on purpose: the relative clause opens on "which", its subject is at most three words (or none, in the
 * passive: "which was signed"), its verb is one of making or putting out, and nothing but a time phrase follows the
 * verb ("which he signed days after taking office in January" or "which were challenged in court in March" say
 * nothing here: a later act of the thing, or a time counted from another). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { IndexedEvent } from './story-record.ts';

/** Verbs that put out a document, an order or a statement (general English; not "made" or "built", said of things). */
const MADE = String.raw`(?:signed|issued|passed|adopted|enacted|approved|published|released|announced|declared|wrote|written|gave|given|delivered|filed|introduced|unveiled|posted|sent|put\s+out|put\s+forward|handed\s+down)`;
const OPENING = new RegExp(
  String.raw`^\s*which\s+(?:(?:[\p{L}'’.-]+\s+){0,3}?)(?:(?:was|were|had\s+been|has\s+been|have\s+been|had|has|have)\s+)?(?:first\s+|formally\s+|originally\s+|only\s+)?${MADE}\b`,
  'iu',
);
/** Between the verb and its time: only small words ("back in", "as early as", "only on"). */
const TO_TIME =
  /^[\s,]*(?:(?:back|only|already|just|late|early|as|on|in|at|during|of|the)\s+){0,4}$/i;
/** After the last time: only punctuation, or a weekday's date or a year set off by a comma. */
const AFTER_TIME = /^[\s,.;:!?)"”’'—–-]*$/;
/** Words that end the antecedent's noun phrase when read backward from the comma. */
const NP_BOUNDARY =
  /^(?:before|after|since|until|till|than|to|with|by|from|on|in|at|about|for|and|or|but|said|says|came|come|comes|was|were|is|are|be|been|over|under|against|following|like|as|that|when|while)$/;

const TIME_TYPES = new Set<Mention['type']>(['date', 'weekday']);

/** The antecedent: the last words before the comma, back to a preposition, conjunction or copula (at most eight). */
export function antecedent(sentence: string, at: number): string {
  const before = sentence.slice(Math.max(0, at - 120), at).replace(/[\s,]+$/, '');
  const words = before.split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 8; i--) {
    const w = words[i] as string;
    if (/[;:.!?]$/.test(w) || /^[—–-]+$/.test(w)) break;
    if (NP_BOUNDARY.test(w.toLowerCase())) break;
    kept.unshift(w);
    if (w.endsWith(',')) break;
  }
  return kept.join(' ');
}

/**
 * The events a ", which … <made> <time>" clause dates (see above), or [] when the clause is of another shape, is
 * denied, counts a time from something else, or its antecedent names no event of the story.
 */
export function madeWhichEvents(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
): IndexedEvent[] {
  if (clause.negated || clause.stance !== 'asserted') return [];
  if (!/,\s*$/.test(sentence.slice(Math.max(0, clause.start - 3), clause.start))) return [];
  const text = sentence.slice(clause.start, clause.end);
  const opening = OPENING.exec(text);
  if (!opening) return [];
  if (clause.mentions.some((m) => m.type === 'relative-time' || m.type === 'duration')) return [];
  const times = clause.mentions.filter(
    (m) => TIME_TYPES.has(m.type) && !m.negated && m.start >= clause.start + opening[0].length,
  );
  if (!times.length) return [];
  const first = times.reduce((a, b) => (b.start < a.start ? b : a));
  const last = times.reduce((a, b) => (b.end > a.end ? b : a));
  if (!TO_TIME.test(sentence.slice(clause.start + opening[0].length, first.start))) return [];
  if (!AFTER_TIME.test(sentence.slice(last.end, clause.end))) return [];
  return eventsHeaded(antecedent(sentence, clause.start), events);
}

/** Words after a head noun that leave it the head ("General Order 502 itself"). */
const TRAILING = /(?:\s+(?:itself|themselves|alone|too|also|then))+$/;

/**
 * The events whose word ends the noun phrase, so that it is its head: "Trump's first executive orders" names the
 * orders, "the traffic stop law" no stop. A vehicle of an event ("the van") is a thing with a year of its own, not the
 * event.
 */
export function eventsHeaded(phrase: string, events: readonly IndexedEvent[]): IndexedEvent[] {
  const np = foldText(phrase)
    .replace(/[\s,]+$/, '')
    .replace(TRAILING, '');
  if (!np) return [];
  return events.filter((e) =>
    e.words.some((w) => {
      if (e.event.vehicles?.some((v) => v.nouns.map(foldText).includes(w))) return false;
      const at = np.lastIndexOf(w);
      return at !== -1 && at + w.length === np.length && findTerm(np, w, at) === at;
    }),
  );
}
