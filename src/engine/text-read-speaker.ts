/**
 * "It read, “…”" / "The statement reads: “…”": the words of a text the sentence before has told of ("It came
 * through the department's spokesman, Doug Schepman."; "The department put out a statement."). A text that reads
 * is no speaker of its own; its author is the one speaker the sentence before names (by any name), none when it
 * names two or none. Only "read(s)": "it said" may be an agency speaking. Nothing here knows a story.
 */

/** The sentence (folded, quotes as one placeholder) opens on a text that reads its quoted words. */
export const TEXT_READS = /^\s*(?:and\s+)?(?:it|this|the\s+(?:statement|release|news\s+release|press\s+release|letter|note|email|e-mail|post|message|notice))\s+(?:\p{L}+ly\s+)?(?:read|reads)\s*[,:]?\s*\uE000/u;

/** The one author the sentence before names, from its mentions of the story's speakers (entity ids, in order). */
export function textAuthor<S extends { entity: { id: string } }>(text: string, before: readonly { speaker: S }[]): S | undefined {
  if (!TEXT_READS.test(text)) return undefined;
  const ids = new Set(before.map((m) => m.speaker.entity.id));
  return ids.size === 1 ? before[0]!.speaker : undefined;
}

/** The page's sentence opens on a text reading its quoted words: it follows the sentence before even across a paragraph. */
export function opensOnTextReading(sentence: string): boolean {
  return /^\s*(?:and\s+)?(?:it|this|the\s+(?:statement|release|news\s+release|press\s+release|letter|note|email|e-mail|post|message|notice))\s+(?:\p{L}+ly\s+)?(?:read|reads)\s*[,:]?\s*["\u201C\u201E\u00AB]/iu.test(sentence);
}
