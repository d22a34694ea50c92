/**
 * "He" or "she" as a sentence's subject, carried from the sentences before: "Tom Homan came to the city. He spent an
 * hour behind closed doors. Before leaving town, he also stopped in at X." The pronoun of the last sentence stands for
 * the one person the sentence that opened the chain names, when every sentence between (in the same paragraph, at
 * most three back) opens on the same pronoun, after at most an opening phrase set off by a comma. The sentence with
 * that name put for the pronoun compares as the named form would (analyze.ts takes only a conflict from it). A
 * sentence with a verb of speech ("She said the main was laid in 1958") is left to the speaker's reading. Nothing
 * here knows a story.
 */
import type { Gazetteer } from './read/gazetteer.ts';
import { foldText } from './normalize.ts';
import { lexicon } from './read/lexicon.ts';
import { readSentence } from './read/read-sentence.ts';

/**
 * The pronoun subject at the start, after at most an opening phrase ("Before leaving town, he …", "Then he …"), and
 * after a transcript's speaker label in capitals ("VELEZ: He …").
 */
const OPENS =
  /^(\s*(?:\p{Lu}[\p{Lu}.'\u2019-]+(?:\s+\p{Lu}[\p{Lu}.'\u2019-]+)?:\s+)?(?:(?:then|later|next|afterwards?|also|there|meanwhile)\s+|[^,.;:"\u201C\u201D()]{1,50},\s*)?)(he|she)\b(?!['\u2019])/iu;

/** Whether the sentence holds a verb of speech. */
function speaks(text: string): boolean {
  for (const w of foldText(text).matchAll(/\p{L}+/gu))
    if (lexicon.speechVerbs.has(w[0])) return true;
  return false;
}

/** Quotation marks: the words of a speaker, whose reading is the speaker machinery's. */
const QUOTED = /["\u201C\u201D]/;

/** Whether the sentence holds a verb of speech. */
export const isSpeech = (text: string): boolean => speaks(text);

/** How many sentences back the chain may reach. */
const MAX_BACK = 3;

export interface ChainSentence {
  text: string;
}

/**
 * The sentence with its opening pronoun replaced by the name it stands for, or null. `before` are the sentences of
 * the same paragraph before it, nearest last.
 */
export function withCarriedSubject(
  sentence: string,
  before: readonly ChainSentence[],
  gazetteer: Gazetteer,
  speech = false,
): string | null {
  const open = OPENS.exec(sentence);
  // "She said …": who spoke is the speaker machinery's (match-quote.ts, speaker.ts); what was said is no act of hers.
  // With `speech`, an unquoted sentence of speech is carried too, for whom it was said to (the caller takes only that).
  if (!open || (speaks(sentence) && !(speech && !QUOTED.test(sentence)))) return null;
  const pronoun = (open[2] as string).toLowerCase();
  for (let k = before.length - 1; k >= 0 && k >= before.length - MAX_BACK; k--) {
    const text = (before[k] as ChainSentence).text;
    const theirs = OPENS.exec(text);
    if (theirs) {
      if ((theirs[2] as string).toLowerCase() !== pronoun) return null;
      continue;
    }
    // The sentence that opened the chain: exactly one person named, whom the story's names know.
    const people = readSentence(text, gazetteer)
      .flatMap((c) => c.mentions)
      .filter((m) => m.type === 'person' && !m.negated);
    const names = new Set(
      people.map((m) => (m.type === 'person' ? (m.value.id ?? m.value.name) : '')),
    );
    if (names.size !== 1) return null;
    const person = people[0]!;
    if (person.type !== 'person' || !person.value.id) return null;
    const at = (open[1] as string).length;
    return sentence.slice(0, at) + person.value.name + sentence.slice(at + pronoun.length);
  }
  return null;
}
