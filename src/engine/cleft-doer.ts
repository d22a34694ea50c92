/**
 * A cleft that puts who acted in focus ("Evans was the one who signed it", "It was Evans who signed it") says the
 * same act as the plain clause ("Evans signed it"). The plain form is what the typed readers compare (analyze.ts takes
 * only a conflict from it). Only a named focus (capitalised words) and an affirmed cleft: "was not the one who" or
 * "wasn't Evans who" deny it, and are left alone. Nothing here knows a story.
 */

/** "<name>[, <apposition>,] was the one who …": the copula and "the one who" after the focus. */
const ONE_WHO =
  /(\p{Lu}[\p{L}.'\u2019-]*(?:\s*,[^,;:"\u201C\u201D]{1,60},)?)\s+(?:was|is|had\s+been)\s+(?:(?:actually|really|in\s+fact|also)\s+)?the\s+(?:one|person|man|woman|official)\s+(?:who|that)\s+/u;
/** "It was <name> who …", "it was the <Name> that …": the cleft's opening and the relative pronoun around a capitalised focus. */
const IT_WAS =
  /\b[Ii]t\s+(?:was|is|had\s+been)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,5}\p{Lu}[\p{L}'\u2019-]*)\s+(?:who|that)\s+/u;

/** The cheap sign of either cleft. */
const GATE =
  /\bthe\s+(?:one|person|man|woman|official)\s+(?:who|that)\s|\b[Ii]t\s+(?:was|is|had\s+been)\s+(?:the\s+)?\p{Lu}/u;

/** The sentence with its cleft made plain ("Evans signed it"), or null when it has none. */
export function uncleft(sentence: string): string | null {
  if (!GATE.test(sentence)) return null;
  const one = ONE_WHO.exec(sentence);
  if (one)
    return (
      sentence.slice(0, one.index) +
      (one[1] as string) +
      ' ' +
      sentence.slice(one.index + one[0].length)
    );
  const it = IT_WAS.exec(sentence);
  if (it)
    return (
      sentence.slice(0, it.index) +
      (it[1] as string) +
      ' ' +
      sentence.slice(it.index + it[0].length)
    );
  return null;
}
