/**
 * "It named the mayor and the chief": a sentence that opens on "it" right before a verb of naming goes on about the
 * case the sentence before told of ("The suit was filed on 2 July. It named …"). The caller (analyze.ts) compares the
 * people named with that case's defendants (compare-legal.ts), only when the sentence before links an event whose
 * record says whom the suit named. Nothing here knows a story.
 */

/** The opening: "It" (perhaps after "And" / "But", perhaps with "also" or "only"), then a verb of naming. */
const OPENING =
  /^\W*(?:(?:and|but|so)\s+)?it\s+(?:also\s+|only\s+|then\s+)?(?:named|names|listed|lists)\s/i;

/** Whether the sentence opens on "it" and a verb of naming. */
export const opensOnNaming = (sentence: string): boolean => OPENING.test(sentence);
