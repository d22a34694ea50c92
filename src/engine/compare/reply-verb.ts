/**
 * A verb of replying with something ("answered separately with its own statement", "responded with a letter"): the
 * verb names a reply, not an answering of a call or a response to a scene, so no event whose words are "answered" or
 * "responded" is named by it. General English; nothing here knows a story.
 */
const REPLY_WITH =
  /\b(?:answer(?:s|ed)?|respond(?:s|ed)?|repl(?:y|ies|ied))\b(?=\s+(?:[a-z]+ly\s+|[a-z]+\s+)?with\s+(?:a|an|its|their|his|her|the)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:statement|reply|post|letter|tweet|response|video|release)s?\b)/g;

/** Folded (lower-case) text with each such verb blanked, offsets kept. */
export const blankReplies = (folded: string): string =>
  folded.replace(REPLY_WITH, (w) => ' '.repeat(w.length));
