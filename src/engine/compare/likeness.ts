/**
 * A likeness fronted before the clause ("Like the Police1 original, the Post's article …", "Unlike Beck, Magnus …",
 * "As with the 2017 resolution, …"): what it names is the thing compared with, not what the clause tells of, so its
 * words link nothing and its values are not the clause's. Blanked (offsets kept). Nothing here knows a story.
 */

/**
 * At the sentence's start (after any opening quote or bracket): the likeness and its comma, naming a thing (a
 * determiner or a capital after it): "like nine men" and "like a dozen officers" are counts told loosely.
 */
const FRONTED_LIKENESS =
  /^(\W*)((?:[Jj]ust\s+|[Mm]uch\s+|[Vv]ery\s+much\s+)?(?:[Ll]ike|[Uu]nlike|[Aa]s\s+with|[Aa]s\s+in\s+the\s+case\s+of)\s+(?!(?:a|an)\s+(?:dozen|few|couple|hundred|handful|score)\b)(?:the|an?|his|her|their|its|other|many|most|so\s+many|[A-Z])[^,;:.!?\u201C\u201D"]{0,80},)/;

/** The sentence with a fronted likeness blanked. */
export function withoutLikeness(sentence: string): string {
  const m = FRONTED_LIKENESS.exec(sentence);
  if (!m) return sentence;
  const from = (m[1] as string).length;
  const span = m[2] as string;
  return sentence.slice(0, from) + ' '.repeat(span.length) + sentence.slice(from + span.length);
}
