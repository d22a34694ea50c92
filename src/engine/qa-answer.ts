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
