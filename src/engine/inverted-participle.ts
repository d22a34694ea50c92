/**
 * A clause inverted around a participle, put back in plain order so that who did what to whom is read as usual:
 * "Named in the complaint were the mayor and the chief" → "The complaint named the mayor and the chief", "Sued by the
 * Justice Department was the city" → "The Justice Department sued the city". Only a participle of naming, listing,
 * citing, suing, charging or targeting opening the sentence, "in" or "by" and a noun phrase of a few words, then
 * "was" or "were". General English; nothing here knows a story.
 */

const INVERTED =
  /^\s*(Named|Listed|Cited|Sued|Charged|Targeted|Accused)\s+(in|by)\s+((?:the|its|their|a|an)\s+[\p{L}'\u2019.-]+(?:\s+[\p{L}'\u2019.-]+){0,3}?)\s+(?:were|was)\s+(.+)$/iu;

/** The sentence in plain order, or null when it is not of that shape. */
export function uninverted(sentence: string): string | null {
  const m = INVERTED.exec(sentence);
  if (!m) return null;
  const [, verb, prep, noun, rest] = m as unknown as [string, string, string, string, string];
  const subject = noun.charAt(0).toUpperCase() + noun.slice(1);
  // "Named in the complaint": the text names them; "Sued by the department": the body sued them.
  if (prep.toLowerCase() === 'in' && !/^(?:Named|Listed|Cited|Targeted|Accused)$/i.test(verb))
    return null;
  return `${subject} ${verb.toLowerCase()} ${rest}`;
}
