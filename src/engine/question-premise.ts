/**
 * The statement a question rests on: "The officers returned to patrol this
 * week; should the city have waited?" asks, but first tells. A sentence that
 * ends in a question mark asserts nothing (analyze.ts), except the clause
 * before a semicolon, colon or dash when that clause is no question and the
 * question after it opens as one (a question word or an auxiliary verb).
 * So is a statement closed by a short tag question after a comma ("The officers were
 * suspended, and for what?", "…, right?"): the tag asks about what was told, not
 * whether it happened ("…, weren't they?" asks whether it did, and stays a question).
 * A premise set as a supposition ("If …", "Suppose …") is no statement.
 */

/** Words a direct question opens with. */
const QUESTION_OPENER =
  /^(?:should|would|could|can|may|might|must|shall|is|are|was|were|do|does|did|has|have|had|will|what|why|how|who|whom|whose|when|where|which|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|weren['\u2019]t|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|shouldn['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t)\b/i;
/** A premise that only supposes. */
const SUPPOSED =
  /^\s*(?:\d+[.)]\s*)?(?:if|suppose|supposing|imagine|assume|assuming|say|let['\u2019]s say|what if|in case|unless|whether)\b/i;
const QUOTES = /["\u201C\u201D]/;
/** A tag question closing a statement after a comma: "and for what?", "but why?", "right?" (not "…, weren't they?", which asks). */
const TAG =
  /^(.*?[^\s,])\s*,\s*((?:(?:and|but|so|or)\s+)?(?:(?:(?:for|to|with|by|on|at|from)\s+)?(?:what|why|whom|who|how)(?:\s+[\p{L}'\u2019]+){0,2}|right|remember)\s*\?)\s*$/iu;

/** The statement before the question, when the sentence is "<statement>; <question>?"; null otherwise. */
export function questionPremise(sentence: string): string | null {
  const m = /^(.*?[^\s;:])\s*(?:;|:|\s[\u2014\u2013]\s|\s--\s)\s*([^;:]*\?)\s*$/su.exec(
    sentence.trim(),
  );
  return (m && separatedPremise(m[1] as string, m[2] as string)) || tagPremise(sentence);
}

/** "<premise>; <question>?": the premise when it is a statement and the question opens as one. */
function separatedPremise(premise: string, question: string): string | null {
  if (
    premise.includes('?') ||
    QUOTES.test(premise) ||
    QUOTES.test(question) ||
    SUPPOSED.test(premise)
  )
    return null;
  if (
    !QUESTION_OPENER.test(question.trim()) ||
    QUESTION_OPENER.test(premise.trim().replace(/^\d+[.)]\s*/, ''))
  )
    return null;
  if (premise.split(/\s+/).length < 4) return null;
  return `${premise}.`;
}

/** The statement before a tag question ("<statement>, and for what?"); null otherwise. */
function tagPremise(sentence: string): string | null {
  const m = TAG.exec(sentence.trim());
  if (!m) return null;
  const premise = m[1] as string;
  // Each part of it opens as no question ("MODERATOR: Why were they …, and for how long?", "So, why …": a question).
  const parts = premise.split(/[,:;]\s*/).map((p) =>
    p
      .trim()
      .replace(/^\d+[.)]\s*/, '')
      .replace(/^(?:and|but|so|then|okay|ok|well)\s+/i, ''),
  );
  if (
    premise.includes('?') ||
    QUOTES.test(premise) ||
    SUPPOSED.test(premise) ||
    parts.some((p) => QUESTION_OPENER.test(p))
  )
    return null;
  if (premise.split(/\s+/).length < 4) return null;
  return `${premise}.`;
}
