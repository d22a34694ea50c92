/**
 * "It read, “…”" / "The statement reads: “…”": the words of a text the sentence before has told of ("It came
 * through the department's spokesman, Doug Schepman."; "The department put out a statement."). A text that reads
 * is no speaker of its own; its author is the one speaker the sentence before names (by any name), none when it
 * names two or none. Only "read(s)": "it said" may be an agency speaking. Nothing here knows a story.
 */

/** The sentence (folded, quotes as one placeholder) opens on a text that reads its quoted words. */
const TEXT = String.raw`(?:and\s+)?(?:it|this|the\s+(?:statement|release|news\s+release|press\s+release|letter|note|email|e-mail|post|message|notice))\s+(?:\p{L}+ly\s+)?(?:read|reads)\s*[,:]?\s*`;
export const TEXT_READS = new RegExp(String.raw`^\s*${TEXT}\uE000`, 'u');

/**
 * The one author the sentence before names, from its mentions of the story's speakers (entity ids, in order), and only
 * as its subject: named within its first words, with no preposition before ("The department put out …", "Homan
 * posted …"; not "The union's post thanked Homan").
 */
export function textAuthor<S extends { entity: { id: string } }>(
  text: string,
  before: readonly { speaker: S; start: number }[],
  previous: string,
): S | undefined {
  if (!TEXT_READS.test(text)) return undefined;
  const ids = new Set(before.map((m) => m.speaker.entity.id));
  if (ids.size !== 1) return undefined;
  const first = before[0]!;
  const lead = previous.slice(0, first.start).trim().split(/\s+/).filter(Boolean);
  return lead.length <= 3 &&
    !lead.some((w) =>
      /^(?:at|to|of|for|with|about|against|on|by|from|over|after|thanked|praised|met|quoted)$/i.test(
        w,
      ),
    )
    ? first.speaker
    : undefined;
}

const OPENS = new RegExp(String.raw`^\s*${TEXT}["\u201C\u201E\u00AB]`, 'iu');

/** The page's sentence opens on a text reading its quoted words: it follows the sentence before even across a paragraph. */
export function opensOnTextReading(sentence: string): boolean {
  return OPENS.test(sentence);
}
