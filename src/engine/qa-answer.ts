/**
 * An answer told with its question: a quiz or FAQ line "Answer: (b) X." right
 * after "12. What were the chiefs reacting to?" says "the chiefs were reacting
 * to X", though neither sentence says it alone. The question's words and the
 * answer's together are read against the record's facts, for a discrepancy
 * only (analyze.ts): an answer never agrees on its question's words.
 *
 * Only a short answer (at most a dozen words after its label and option
 * letter) that opens with an answer label ("Answer:", "A:", "Correct answer:")
 * right after a sentence that ends in a question mark; an answer that denies
 * ("No, …", "None of them", "Neither") takes nothing from its question.
 */

const LABEL = /^\s*(?:(?:correct\s+|right\s+)?answer|a)\s*[:.]\s*(?:\(?[a-e]\)\s*)?/i;
const DENIES =
  /^(?:no\b|not\b|none\b|neither\b|nothing\b|nobody\b|never\b|trick question|false\b)/i;
const MAX_WORDS = 12;

/** The question and the answer's words as one text, or null when the sentence is no short answer to the one before. */
export function answerWithQuestion(sentence: string, previous: string): string | null {
  const label = LABEL.exec(sentence);
  if (!label || !/\?\s*$/.test(previous)) return null;
  const answer = sentence.slice(label[0].length).trim();
  if (!answer || DENIES.test(answer) || answer.split(/\s+/).length > MAX_WORDS) return null;
  const question = previous
    .trim()
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\?\s*$/, '');
  return `${question} ${answer}`;
}

/** "Q:", "Question:", "3." or "3)" before a question. */
const QUESTION_LABEL = /^\s*(?:(?:q|question)\s*[:.]\s*)?(?:\d+[.)]\s*)?/i;
/**
 * A subject question: "Who …", "Which <words> …" (its words up to a verb in the past or a possessive). An auxiliary is
 * no such verb, so "Which city did X lead?" asks of an object and is left alone; a passive's auxiliary may still be
 * taken among the words ("Which agency was called …"), which gives a garbled statement the comparison has so far
 * found nothing wrong in.
 */
const WHO = /^(who)\b/i;
const WHICH =
  /^(?:[Ww]hich|[Ww]hat)((?:\s+[\p{L}-]+){1,5}?)(?=['\u2019]s\b|\s+(?:[a-z]+ed|came|went|said|told|wrote|spoke|made|took|gave|met|sent|led|ran|left|held|kept|brought|became|flew|drove|saw|got|found|stood|began|put)\b)/u;
/** What an answer opens with that only points ("That was X", "It's X"). */
const POINTER = /^(?:that|it|this|those|they)\s*(?:was|were|is|are|['\u2019]s|['\u2019]re)\s+/i;

/**
 * A short labelled answer to a subject question, told as the statement the two make ("Who phoned 911? A: Dispatchers
 * for X." is "Dispatchers for X phoned 911"; "Which newspaper's headline said …? A: That was The Y." is "The Y's
 * headline said …"), or null when the question asks of anything but its subject, or the answer is no short answer.
 * Read for the typed comparison, for a discrepancy only (analyze.ts).
 */
export function answerAsStatement(sentence: string, previous: string): string | null {
  if (answerWithQuestion(sentence, previous) === null) return null;
  const answer = sentence
    .slice(LABEL.exec(sentence)![0].length)
    .trim()
    .replace(POINTER, '')
    .replace(/[.!]\s*$/, '');
  const question = previous
    .trim()
    .replace(QUESTION_LABEL, '')
    .replace(/\?\s*$/, '');
  const wh = WHO.exec(question) ?? WHICH.exec(question);
  if (!wh || !answer) return null;
  const rest = question.slice(wh[0].length);
  // "Rob Ortt, the chamber's leader" before the verb: the apposition closes with a comma.
  const closed = answer.includes(',') && !/^['\u2019]s\b/.test(rest) ? `${answer},` : answer;
  return `${closed}${/^['\u2019]s\b/.test(rest) || /^\s/.test(rest) ? '' : ' '}${rest}.`;
}
