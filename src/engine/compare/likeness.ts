/**
 * A likeness fronted before the clause ("Like the Police1 original, the Post's article …", "Unlike Beck, Magnus …",
 * "As with the 2017 resolution, …"): what it names is the thing compared with, not what the clause tells of, so its
 * words and names link no event of the clause (its values are still read: "Like the twenty officers who answered the
 * call, …" gives a count of the story's). Nothing here knows a story.
 */

/**
 * At the sentence's start (after any opening quote or bracket): the likeness and its comma, naming a thing (a
 * determiner or a capital after it): "like nine men" and "like a dozen officers" are counts told loosely.
 */
const FRONTED_LIKENESS =
  /^(\W*)((?:[Jj]ust\s+|[Mm]uch\s+|[Vv]ery\s+much\s+)?(?:[Ll]ike|[Uu]nlike|[Aa]s\s+with|[Aa]s\s+in\s+the\s+case\s+of)\s+(?!(?:a|an)\s+(?:dozen|few|couple|hundred|handful|score)\b)(?:the|an?|his|her|their|its|other|many|most|so\s+many|[A-Z])[^,;:.!?\u201C\u201D"]{0,80},)/;

/** Where a fronted likeness stands in the sentence ([start, end), its comma included), or null. */
export function likenessSpan(sentence: string): [number, number] | null {
  const m = FRONTED_LIKENESS.exec(sentence);
  if (!m) return null;
  const from = (m[1] as string).length;
  return [from, from + (m[2] as string).length];
}

/** The sentence with a fronted likeness blanked (offsets kept), for reading which events the clause tells of; `span` when already found. */
export function withoutLikeness(
  sentence: string,
  span: [number, number] | null = likenessSpan(sentence),
): string {
  if (!span) return sentence;
  return sentence.slice(0, span[0]) + ' '.repeat(span[1] - span[0]) + sentence.slice(span[1]);
}
