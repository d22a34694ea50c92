/**
 * A question asking how or why something happened ("How do you explain what happened at the stop last week?", "Why
 * did the mayor fire ten officers?"), or what happened at it, takes what it asks about as known: its words are put as
 * fact, as a statement's are. A yes-or-no question, one asking who, when, where or how many, and one with a condition
 * or a hedge ("why would …", "what if …", "how could …") stay questions. Read on the words after the clause's last
 * colon ("a question from a member: how …"). General English; nothing here knows a story.
 */
import { lexicon } from './lexicon.ts';

/** Words after "how" that ask for a measure: "how many officers" asks the count, and takes none as known. */
const HOW_MEASURE = new Set(['many', 'much', 'long', 'old', 'often', 'far', 'soon', 'big', 'large', 'likely']);

/** Whether a question, given as its lower-cased words, takes what it asks about as known. */
export function presupposingQuestion(words: readonly string[]): boolean {
  const [first, second] = words;
  const opens = (first === 'how' && !HOW_MEASURE.has(second ?? '')) || first === 'why' || (first === 'what' && second === 'happened');
  return opens && !words.some((w) => lexicon.conditionalWords.has(w) || lexicon.conditionalLeads.has(w) || lexicon.reportedHedges.has(w));
}

/** The same, for a sentence's text: its words after the last colon. */
export function presupposingQuestionText(sentence: string): boolean {
  const tail = sentence.slice(sentence.lastIndexOf(':') + 1);
  return presupposingQuestion([...tail.toLowerCase().matchAll(/[\p{L}\p{N}'\u2019-]+/gu)].map((m) => m[0]));
}
