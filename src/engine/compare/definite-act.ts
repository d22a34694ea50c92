/** A determiner right before a mention that makes it the known one ("the meeting", "that visit"). */
const DEFINITE_BEFORE = /\b(?:the|that|this)\s+$/i;

/** Whether any of these mentions (of what happened) is written as the known one: "the meeting", "that visit". */
export function someNamedAsKnown(
  sentence: string,
  mentions: readonly { readonly start: number }[],
): boolean {
  return mentions.some((m) =>
    DEFINITE_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start)),
  );
}
