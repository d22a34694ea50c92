/**
 * The statement a question rests on: "The officers returned to patrol this
 * week; should the city have waited?" asks, but first tells. A sentence that
 * ends in a question mark asserts nothing (analyze.ts), except the clause
 * before a semicolon, colon or dash when that clause is no question and the
 * question after it opens as one (a question word or an auxiliary verb).
 * A premise set as a supposition ("If …", "Suppose …") is no statement.
 */

/** Words a direct question opens with. */
const QUESTION_OPENER = /^(?:should|would|could|can|may|might|must|shall|is|are|was|were|do|does|did|has|have|had|will|what|why|how|who|whom|whose|when|where|which|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|weren['\u2019]t|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|shouldn['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t)\b/i;
/** A premise that only supposes. */
const SUPPOSED = /^\s*(?:\d+[.)]\s*)?(?:if|suppose|supposing|imagine|assume|assuming|say|let['\u2019]s say|what if|in case|unless|whether)\b/i;
const QUOTES = /["\u201C\u201D]/;

/** The statement before the question, when the sentence is "<statement>; <question>?"; null otherwise. */
export function questionPremise(sentence: string): string | null {
  const m = /^(.*?[^\s;:])\s*(?:;|:|\s[\u2014\u2013]\s|\s--\s)\s*([^;:]*\?)\s*$/su.exec(sentence.trim());
  if (!m) return null;
  const premise = m[1] as string;
  const question = m[2] as string;
  if (premise.includes('?') || QUOTES.test(premise) || QUOTES.test(question) || SUPPOSED.test(premise)) return null;
  if (!QUESTION_OPENER.test(question.trim()) || QUESTION_OPENER.test(premise.trim().replace(/^\d+[.)]\s*/, ''))) return null;
  if (premise.split(/\s+/).length < 4) return null;
  return `${premise}.`;
}
