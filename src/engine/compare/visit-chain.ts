/**
 * A visit told of a few sentences back, carried past sentences that only go on about the same "he" or "she":
 * "X arrived at the union hall at noon. He did not meet the chief. His itinerary also took in a stop at Y." The last
 * sentence goes on about X's visit although the one right before it links to nothing. A sentence in between may be
 * passed over when it names no one, quotes no one, and speaks of the person only by a pronoun of the same gender
 * as the one the sentence opens on. Nothing here knows a story.
 */
import type { Gazetteer } from '../read/gazetteer.ts';
import { readSentence } from '../read/read-sentence.ts';

/** How many sentences back the visit may be (the sentence right before counts as one). */
export const VISIT_BACK = 3;

/** The gender of the pronoun a sentence opens on as its subject or its subject's owner ("He …", "His itinerary …"). */
const OPENING_PRONOUN = /^\W*(?:[\p{L}\s,]{0,40}?,\s*)?(he|his|she|her)\b/iu;
const HE = /\b(?:he|him|his|himself)\b/i;
const SHE = /\b(?:she|her|hers|herself)\b/i;
const QUOTE = /["\u201C\u201D]/;

function genderOf(sentence: string): 'he' | 'she' | null {
  const m = OPENING_PRONOUN.exec(sentence);
  if (!m) return null;
  return /^(?:he|his)$/i.test(m[1] as string) ? 'he' : 'she';
}

/**
 * Whether `between` (a sentence of the same paragraph standing between `sentence` and an earlier one) only goes on
 * about the person `sentence`'s opening pronoun stands for: a pronoun of that gender in it, none of the other, no
 * one named, no quotation.
 */
export function goesOnAboutSamePerson(
  sentence: string,
  between: string,
  gazetteer: Gazetteer,
): boolean {
  const gender = genderOf(sentence);
  if (!gender || QUOTE.test(between)) return false;
  const [same, other] = gender === 'he' ? [HE, SHE] : [SHE, HE];
  if (!same.test(between) || other.test(between)) return false;
  return !readSentence(between, gazetteer).some((c) => c.mentions.some((m) => m.type === 'person'));
}
