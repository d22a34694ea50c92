/**
 * "Its spokesman, Jane Roe, …", "Their chief, John Roe, said …": a sentence
 * that opens on a possessive pronoun and a title, then a name in apposition,
 * gives the post of the body the sentence before told of. The caller
 * (analyze.ts) compares it with that sentence's events, so a stranger in a
 * post the record fills there is named wrong (person-post.ts). Nothing here
 * knows a story.
 */

/** The opening: "Its" / "Their" (perhaps after "And" / "But"), up to three words of a title, a comma, a capitalised name, a comma. */
const OPENING =
  /^\s*(?:(?:and|but|so)\s+)?(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|chief|director|head|commissioner|commander|sheriff|mayor|president|leader|captain|lieutenant|sergeant|officer|secretary)\s*,\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,3}?\p{Lu}[\p{L}'-]+\s*,/iu;

/** Whether the sentence opens on a possessive pronoun's post with a name in apposition. */
export const opensOnPossessivePost = (sentence: string): boolean => OPENING.test(sentence);
