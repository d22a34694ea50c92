/**
 * Links that open a source scrolled to a passage, with a URL text fragment
 * (`#:~:text=start,end`). Browsers that do not support them, or pages that do
 * not hold the words, simply open at the top: the link is never worse than a
 * plain one.
 */

/** Words at each end of a long passage; enough to be unique, short enough to survive small edits in between. */
const EDGE_WORDS = 4;

/** Characters that have a meaning inside a text directive, on top of what encodeURIComponent escapes. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(
    /[-,&!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The longest stretch of the passage that is printed verbatim (no ellipsis, no editorial brackets). */
function verbatimStretch(passage: string): string[] {
  const pieces = passage.split(/\s*(?:\.\.\.|\u2026|\[[^\]]*\])\s*/);
  const longest = pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '');
  return longest
    .replace(/^[\s"'\u201C\u201D\u2018\u2019(]+|[\s"'\u201C\u201D\u2018\u2019)]+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** `url` with a text directive for `passage`; `url` unchanged when there is nothing usable to point at. */
export function withTextFragment(url: string, passage: string | undefined): string {
  if (!passage) return url;
  const words = verbatimStretch(passage);
  if (words.length < 3) return url;
  const directive =
    words.length <= EDGE_WORDS * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, EDGE_WORDS).join(' '))},${encode(words.slice(-EDGE_WORDS).join(' '))}`;
  const hash = url.indexOf('#');
  const base = hash < 0 ? `${url}#` : url;
  return `${base}:~:text=${directive}`;
}
