/**
 * An event named only as a rule someone broke or kept: "said the officers broke city policy and General Order 502",
 * "in violation of the 2017 resolution", "complied with the order" ("under" and "followed" are not among them: "placed
 * under an advisory", "followed the visit" name the event itself). The rule is what the clause measures an act
 * against, not the making of the rule: the clause tells of the act, so the rule's own event (its day, who issued
 * it) is not what the clause is linked to. Read on folded text; general English, nothing here knows a story.
 */
import { findTerm } from '../terms.ts';

/** Right before the rule: a verb of breaking or keeping it, then at most four words with no mark or time word between. */
const RULE_BEFORE =
  /\b(?:violat(?:e|es|ed|ing)|broke|broken|break(?:s|ing)?|breach(?:es|ed|ing)?|in\s+violation\s+of|in\s+breach\s+of|contrary\s+to|obey(?:s|ed|ing)?|compl(?:y|ies|ied|ying)\s+with|abid(?:e|es|ing)\s+by)\s+(?:(?!after\b|before\b|when\b|since\b|until\b|once\b)[^\s,;:.!?()\u2014]+\s+){0,4}$/;

/** Right after the rule: its making told too ("General Order 502, issued in 2017"). */
const MADE_AFTER =
  /^,?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:first\s+)?(?:issued|adopted|passed|signed|enacted|written|drafted|approved|introduced|put\s+in\s+place)\b/;

/** Whether the event's words stand in the folded clause, every time right after a verb of breaking or keeping a rule. */
export function namedOnlyAsRule(folded: string, words: readonly string[]): boolean {
  let named = false;
  for (const w of words)
    for (let at = findTerm(folded, w); at !== -1; at = findTerm(folded, w, at + 1)) {
      if (!RULE_BEFORE.test(folded.slice(Math.max(0, at - 60), at))) return false;
      if (MADE_AFTER.test(folded.slice(at + w.length, at + w.length + 40))) return false;
      named = true;
    }
  return named;
}
