/**
 * A sentence that says when a piece told of just before came out, pointing back
 * at it with a pronoun or a noun of news pieces ("It was published just last
 * month", "The article came out this week", "That story ran yesterday"). The
 * caller (analyze.ts) compares it with the reports the sentence before told of,
 * for a time counted from the page's own date (compare-recency.ts). General
 * English only.
 */

const PIECE = String.raw`(?:article|piece|story|report|column|write-?up|feature|item|post)`;
const OPENING = new RegExp(
  String.raw`^\s*(?:(?:and|but|so)\s+)?(?:it|(?:the|that|this)\s+(?:[\p{L}-]+\s+)?${PIECE})\s+(?:was\s+(?:first\s+|originally\s+|only\s+)?(?:published|posted|printed|written|released|put\s+out|put\s+online)|(?:first\s+)?(?:came\s+out|appeared|ran|went\s+up|went\s+online))\b`,
  'iu',
);

/** Whether the sentence opens by telling when the piece told of before came out. */
export const opensOnPublished = (sentence: string): boolean => OPENING.test(sentence);
