/**
 * "took them to detention", "were sent to the federal detention center",
 * "were sent to retraining": "to" after a verb of taking or sending, before a
 * place of holding or a noun in -ing, is where people were taken, not an
 * infinitive ("to demand that they be detained"), so the outcome it names is
 * done. General English only.
 */
import type { Mention } from '../read/types.ts';
import { NOT_DONE } from './befell.ts';

/** A verb of taking or sending, up to five words, then "to" and at most a determiner and two modifiers. */
const CARRIED_TO =
  /\b(?:took|take|takes|taking|taken|sent|send|sends|sending|brought|bring|brings|bringing|transferred|transfer|transferring|moved|transported|shipped|driven|drove|escorted|carted|hauled|booked)\b(?:\s+[\p{L}'\u2019-]+){0,5}?\s+(?:in)?to\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Nouns of a place or state of holding. */
const HOLDING = /^(?:detention|custody|jail|prison|lockup)$/i;
/**
 * A noun in -ing ("sent to retraining", "ordered to counseling"): after "to" it is no infinitive (that would be "to
 * retrain"). Seven letters at least, so no verb that itself ends in -ing ("to bring", "to string").
 */
const GERUND = /^\p{L}{4,}ing$/iu;

/** Whether the words before the outcome say it was only wished, threatened or to come (NOT_DONE), once a "taken to <holding>" is set aside. */
export function notDoneBefore(sentence: string, m: Mention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 40), m.start);
  if (!NOT_DONE.test(before)) return false;
  if (m.type !== 'outcome' || !(HOLDING.test(m.text) || GERUND.test(m.text))) return true;
  const carried = CARRIED_TO.exec(before);
  return carried ? NOT_DONE.test(before.slice(0, carried.index)) : true;
}
