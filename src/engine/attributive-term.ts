/**
 * A term that stands before the noun of a document, a room or a kit ("a briefing script", "the press conference room",
 * "the interview notes"): the words name that thing, not the event the term names, so they are no sign of it. A fact's
 * topic is found only where one of its terms stands for itself. Nothing here knows a story.
 */
import { findTerm } from './terms.ts';

/** The nouns a term may modify without naming its event (folded text). */
const THING_AFTER =
  /^\s+(?:script|scripts|notes|room|rooms|book|books|binder|packet|packets|sheet|sheets|memo|memos|slides|deck|template|templates|checklist|handout|handouts|kit|kits|folder|folders)\b/i;

/** Whether every whole-word occurrence of every one of `terms` in `folded` stands before such a noun (and one occurs). */
export function onlyBeforeThing(folded: string, terms: readonly string[]): boolean {
  let seen = false;
  for (const term of terms)
    for (let at = findTerm(folded, term); at !== -1; at = findTerm(folded, term, at + 1)) {
      if (!THING_AFTER.test(folded.slice(at + term.length, at + term.length + 20))) return false;
      seen = true;
    }
  return seen;
}

/** Whether the words ending at `end` stand before such a noun ("traffic stop| checklist"). */
export function beforeThing(text: string, end: number): boolean {
  return THING_AFTER.test(text.slice(end, end + 20));
}
