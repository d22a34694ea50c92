/**
 * "Beck made his remarks to the Los Angeles Times on Thursday", "Beck went first, in an interview with the LA Times,
 * on Thursday": an outlet named only as whom someone spoke to, in a clause with no verb of saying and no word of
 * printing or reporting, makes no report of the clause's own; its day is the day of the act the clause tells (the
 * interview), not perhaps the day a report of it ran. A clause where the outlet reports, prints or is credited
 * ("the Times reported on Thursday", "the Star's story ran Thursday", "according to the Times") keeps the outlet's
 * reading (compare-values.ts: a day in such a clause may be a report's).
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Mention } from '../read/types.ts';

/** Right before the outlet: it is spoken to ("to the", "with the", "interview with"). */
const ADDRESSED = /\b(?:to|with)\s+(?:the\s+)?$/i;
/** Words that make an outlet (or anyone) report, print or be credited in the clause. */
const PUBLISHING =
  /\b(?:report\w*|publish\w*|print\w*|ran|runs?|carr(?:y|ied|ies)|stor(?:y|ies)|articles?|pieces?|columns?|editorials?|headlines?|quot\w*|cit(?:e|ed|es|ing)|according|appear\w*|post\w*|air\w*|broadcast\w*|wr(?:ote|ite|itten|ites)|coverage|covered|picked)\b/i;

/** Whether every outlet of the clause is only spoken to, in a clause that neither says nor reports. */
export function outletsOnlyAddressed(
  sentence: string,
  clause: { start: number; end: number; mentions: readonly Mention[] },
): boolean {
  const outlets = clause.mentions.filter((m) => m.type === 'outlet');
  if (!outlets.length) return false;
  const text = sentence.slice(clause.start, clause.end);
  if (PUBLISHING.test(text)) return false;
  const folded = foldText(text);
  for (const w of folded.match(/\p{L}+/gu) ?? [])
    if (lexicon.speechVerbs.has(w) || lexicon.utteranceVerbs.has(w)) return false;
  return outlets.every((m) => ADDRESSED.test(sentence.slice(Math.max(0, m.start - 40), m.start)));
}
