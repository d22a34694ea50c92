/**
 * A line of a box of facts, "label: value", read as the clause it stands for. Content farms, explainers and app cards
 * set an article's facts as fields: "Detained: three men", "Officers placed on desk duty: 12", "Number of officers who
 * responded: 25", "People in the van: about eight". Read as written, the count after the colon counts no noun, so a
 * wrong one passes (or the line is marked consistent on its label's words alone), and a part of a group is read as
 * the group. Put back as a clause ("Three men were detained", "12 officers were placed on desk duty", "25 officers
 * responded", "About eight people were in the van"), the line is judged as any sentence is.
 *
 * Only two shapes: an outcome's participle alone before the colon (the reader's outcome words) with a short noun
 * phrase after it; or a plural noun with an outcome, a "who" clause or a place after it, and a count after the colon.
 * General English; nothing here knows a story.
 */
import { lexicon } from './read/lexicon.ts';
import { tokenize } from './read/tokens.ts';

/** "Label: value", the value short and the line ending on it (a clause after a comma is kept). */
const FIELD =
  /^\s*([\p{L}][\p{L}'\u2019 -]{1,60}?)\s*:\s+([^:;"\u201C\u201D]{1,120}?)\s*[.!]?\s*$/u;

/** Prepositions of where a group was ("People in the van", "Agents at the scene"). */
const PLACED = new Set(['in', 'at', 'on', 'inside', 'aboard', 'near']);

/** A plural noun: a regular plural, or one the reader lists ("people", "men"). */
const plural = (word: string) =>
  lexicon.irregularPlurals.has(word) || (/^\p{Ll}{3,}s$/u.test(word) && !/ss$/.test(word));

/** Whether the value is a count: it holds a numeral, a number word or a dozen. */
function isCount(value: string): boolean {
  const words = value.toLowerCase().split(/[\s,()-]+/u);
  if (words.length > 8) return false;
  return words.some((w) => /^\d+$/.test(w) || lexicon.numberWords.has(w) || /^dozens?$/.test(w));
}

/** How many words the longest outcome phrase the reader knows opening `words` spans ("placed on desk duty"); 0 when none. */
function outcomeAt(words: readonly string[]): number {
  const tokens = tokenize(words.join(' '));
  return lexicon.outcomes.matchAt(tokens, 0)?.end ?? 0;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The field line put back as a clause, or null when the sentence is no field line of these shapes. */
export function fieldLineClause(sentence: string): string | null {
  const m = FIELD.exec(sentence);
  if (!m) return null;
  const label = (m[1] as string).trim();
  const value = (m[2] as string).trim();
  // "3 (driver plus two passengers)", "three men — a father and his sons": an aside in the value is no part of the clause.
  if (/[()[\]\u2014\u2013]|\s-\s/u.test(value)) return null;
  const words = label.toLowerCase().split(/\s+/u);
  // "Detained: three men", "Placed on desk duty: the ten officers".
  const alone = outcomeAt(words);
  if (alone && alone === words.length && /ed$|\bduty$|\bcustody$/u.test(words.join(' '))) {
    if (value.split(/\s+/u).length > 14 || /^\p{Lu}\p{Ll}+day\b/u.test(value)) return null;
    const one = /^(?:one|a|an|the\s+\p{L}+(?<!s))\b/iu.test(value) && !/\band\b/u.test(value);
    return `${capital(value)} ${one ? 'was' : 'were'} ${label.toLowerCase()}.`;
  }
  if (!isCount(value)) return null;
  // "Number of officers who responded: 25", "Officers placed on desk duty: 12", "People in the van: about eight".
  const rest = words[0] === 'number' && words[1] === 'of' ? words.slice(2) : words;
  const noun = rest[0];
  // "Years in office: 8" counts time, not a group.
  if (!noun || !plural(noun) || lexicon.timeUnits.has(noun) || rest.length < 2) return null;
  const after = rest.slice(1);
  const count = value.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (after[0] === 'who' && after.length > 1)
    return `${capital(count)} ${noun} ${after.slice(1).join(' ')}.`;
  if (outcomeAt(after) || PLACED.has(after[0] as string))
    return `${capital(count)} ${noun} were ${after.join(' ')}.`;
  return null;
}
