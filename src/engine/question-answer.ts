/**
 * An answer to the page's own question, read as the statement it makes
 * (a quiz, a Q&A, an FAQ): "Who put out the statement? — The X Department,
 * through a written release." says "The X Department put out the statement";
 * "Which post did X hold? — He was the Y." says "X was the Y". Only a short
 * answer right after the question, on its own: a noun phrase naming an
 * agency or person (with at most an aside after a comma), or one opening on
 * "he" / "she" after a question naming exactly one person. Nothing here
 * knows a story.
 */
import type { Gazetteer } from './read/gazetteer.ts';
import { readSentence } from './read/read-sentence.ts';
import { personIds } from './read/gazetteer.ts';

/** "Answer:", "A:", "(d)", "d)", "4." before the answer; a number before the question. */
const ANSWER_LABEL = /^\s*(?:(?:answer|a)\s*[:.\u2014-]\s*)?(?:\(?[a-h]\)\s*)?/i;
const QUESTION_NUMBER = /^\s*(?:(?:q(?:uestion)?\s*)?\d+\s*[.):]\s*|q\s*:\s*)/i;
const MAX_ANSWER_WORDS = 14;

/** The statement an answer makes to the question before it; null when it is no short answer to it. */
export function answeredStatement(
  question: string,
  answer: string,
  gazetteer: Gazetteer,
): string | null {
  const q = question.trim();
  if (!q.endsWith('?')) return null;
  const asked = q.replace(QUESTION_NUMBER, '').replace(/\?$/, '').trim();
  // An option letter with no answer label ("A) X", "(b) X") lists a choice; it asserts nothing.
  if (/^\s*\(?[a-h]\)/i.test(answer)) return null;
  const said = answer.replace(ANSWER_LABEL, '').trim().replace(/[.!]$/, '');
  if (!said || said.split(/\s+/).length > MAX_ANSWER_WORDS || /["\u201C\u201D?]/.test(said))
    return null;
  // Quoted words in the question only as what "Who said, “…”?" asks about: the answer names their speaker.
  if (/["\u201C\u201D]/.test(q) && !SAID_QUOTE.test(asked)) return null;
  // "Where did Beck say it?" — "In an interview with X on Monday.": the subject did it there, then.
  const circumstance = circumstanceOf(asked, said, gazetteer);
  if (circumstance) return circumstance;
  // "Who <verb> …?" answered by a name: the name does what the question asks about.
  const who = /^who\s+(\p{Ll}.*)$/iu.exec(asked);
  if (who) {
    const np = said.split(',')[0]!.trim();
    const named = readSentence(`${np} ${who[1]}.`, gazetteer)
      .flatMap((c) => c.mentions)
      .find(
        (m) =>
          (m.type === 'agency' || m.type === 'person') &&
          m.end >= np.length &&
          // Only capitalised words (a place, a title) before the name: "Denver Mayor Michael Hancock".
          /^(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+)*$/u.test(np.slice(0, m.start)),
      );
    return named ? `${np} ${who[1]}.` : null;
  }
  // "He was …" after a question naming one person: that person.
  const pronoun = /^(he|she)\s+(?=\p{Ll})/iu.exec(said);
  if (!pronoun) return null;
  const people = readSentence(asked, gazetteer)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'person');
  const ids = new Set(
    people.flatMap((m) => personIds(gazetteer, m.type === 'person' ? m.value.name : '')),
  );
  if (people.length < 1 || ids.size !== 1) return null;
  const name = people[0]!.type === 'person' ? people[0]!.value.name : '';
  return `${name} ${said.slice(pronoun[0].length)}.`;
}

/** "Who said, “…”", "Who told the X, “…”": a question about whose quoted words they are. */
const SAID_QUOTE =
  /^who\s+(?:said|told|wrote|stated|declared|added|put\s+it)\b[^"\u201C]{0,40}["\u201C][^"\u201C\u201D]+["\u201D][.!]?$/iu;

/** "Where did X <verb> …", "Which city did X lead …": the wh-phrase, its auxiliary and the rest. */
const WH_AUX =
  /^(where|when|(?:which|what)\s+[\p{L}-]+)\s+(did|does|do|was|were|is|are|has|have|had)\s+(.+)$/iu;

/**
 * A question asking where, when or which thing of a named subject, answered by a phrase: the statement with the
 * subject first ("Beck did say it in an interview with X on Monday", "Magnus did lead Phoenix, as its chief, in 2016").
 * Only when the rest opens on a person or agency the reader knows.
 */
function circumstanceOf(asked: string, said: string, gazetteer: Gazetteer): string | null {
  const wh = WH_AUX.exec(asked);
  // An answer that is a sentence of its own ("He was the Y") is read as one (below).
  if (!wh || /^(?:he|she|they|it|we|i)\s/i.test(said)) return null;
  const [, phrase, aux, rest] = wh as unknown as [string, string, string, string];
  const subject = readSentence(`${rest}.`, gazetteer)
    .flatMap((c) => c.mentions)
    .find((m) => (m.type === 'person' || m.type === 'agency') && m.start === 0);
  if (!subject) return null;
  const who = rest.slice(0, subject.end);
  const after = rest.slice(subject.end).trim();
  // The answer as the sentence's end: a preposition opening it is no longer a sentence's first word.
  const told = said.replace(/^(In|On|At|During|From|By|With|After|Before)\b/, (w) =>
    w.toLowerCase(),
  );
  if (/^(?:where|when)$/i.test(phrase)) return `${who} ${aux.toLowerCase()} ${after} ${told}.`;
  // "Which city did X lead in 2016?": the answer is the verb's object. Only one verb, in its plain form (not a noun:
  // "Border Patrol dispatchers call"), with nothing after it but a year or a month and year ("go on to lead", "before
  // Tucson" would be lost).
  const verb = /^([\p{Ll}-]+)\s*(.*)$/u.exec(after);
  if (!verb || (/s$/.test(verb[1] as string) && !/ss$/.test(verb[1] as string))) return null;
  if (verb[2] && !/^(?:in|during)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}$/u.test(verb[2])) return null;
  const tail = verb[2] ? `, ${verb[2]}` : '';
  return `${who} ${aux.toLowerCase()} ${verb[1]} ${said}${tail}.`;
}

/** Whether the sentence is the page's own question: it ends in a question mark outside quotation marks. */
export function asksQuestion(sentence: string): boolean {
  const end = sentence.replace(/[\s)\]]+$/, '');
  if (!end.endsWith('?')) return false;
  // Inside quotation marks (an odd number of straight quotes, or an opening curly one after the last closing one), it is the speaker's.
  const open = end.lastIndexOf('\u201C') > end.lastIndexOf('\u201D');
  return !open && (end.match(/"/g) ?? []).length % 2 === 0;
}
