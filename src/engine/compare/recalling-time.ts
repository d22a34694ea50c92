/**
 * A time word that belongs to a recalling, not to the act recalled: "Looking back this week, …", "Today we remember
 * that …", "…, the mayor recalled this week", "A reader asked us this week
 * about …". The words of recalling (or of someone addressing the page's writer) stand within a few words of the time;
 * the act told is the story's, in its own days. General English; nothing here knows a story.
 */

/** Verbs of recalling, reflecting or telling again, and someone addressing the writer ("asked us", "wrote to me"). */
const RECALLING =
  /\b(?:remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|look(?:s|ed|ing)?\s+back|reflect(?:s|ed|ing)?(?:\s+on)?|revisit(?:s|ed|ing)?|recount(?:s|ed|ing)?|retold|retell(?:s|ing)?|reminisc\w*|commemorat\w*|(?:asked|told|wrote\s+to|emailed|messaged|reminded)\s+(?:us|me))\b/iu;

/** How many words on either side of the time the recalling may stand. */
const NEAR_WORDS = 4;

/** Whether the time at [start, end) of the sentence is the time of a recalling near it. */
export function timeOfRecalling(sentence: string, start: number, end: number): boolean {
  // Within the time's own stretch: "this week, the chief recalled" dates what comes before the comma, not the recalling.
  const before = (sentence.slice(0, start).split(/[,;:]/u).at(-1) ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-NEAR_WORDS)
    .join(' ');
  const after = (sentence.slice(end).split(/[,;:]/u)[0] ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, NEAR_WORDS)
    .join(' ');
  return RECALLING.test(before) || RECALLING.test(after);
}
