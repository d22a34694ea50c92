/**
 * An attribution fact ("the report was written by X and re-posted by Y") tells who wrote and carried a piece, not
 * how its words were got. A sentence that has the writer get them firsthand ("X rang each of them up", "X
 * interviewed them himself") adds an act the fact does not hold, so the fact cannot confirm it: at most unverified. Only when the fact's own statement tells no such act. General English;
 * nothing here knows a story.
 */
import { foldText } from './normalize.ts';

/** Verbs of getting someone's words firsthand: interviewing, phoning, speaking with (folded text). */
const FIRSTHAND =
  /\b(?:(?:call(?:ed|s|ing)?|rang|ring(?:s|ing)?)\s+(?:[a-z'’]+\s+){0,5}?up|interview(?:ed|s|ing)?|phon(?:ed|es|ing)|telephon(?:ed|es|ing)|rang|rung|(?:talk(?:ed|s|ing)?|sp(?:oke|oken|eaks?|eaking)|sat\s+down|met)\s+(?:directly\s+|personally\s+)?with|(?:talk(?:ed|s|ing)?|sp(?:oke|oken|eaks?|eaking))\s+(?:directly\s+|personally\s+)?to|reach(?:ed|es|ing)?\s+out\s+to|got\s+(?:[a-z'’]+\s+){0,2}on\s+the\s+(?:phone|line))\b/;

/** The words of a firsthand act of getting words that the folded sentence tells and the fact's statement does not; else null. */
export function addedFirsthandAct(folded: string, factStatement: string): string | null {
  const act = FIRSTHAND.exec(folded);
  return act && !FIRSTHAND.test(foldText(factStatement)) ? act[0] : null;
}
