/** Whether an outcome was done to someone, or only wished, demanded or threatened. */
import type { Mention } from '../read/types.ts';

/** Words before an outcome that make it wished, demanded or possible rather than done ("called for them to be fired"). */
export const NOT_DONE =
  /\b(to|be|(?:rather\s+than|instead\s+of)\s+being|should|must|would|could|might|may|will|wants?|wanted|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:es|ed|ing)|threaten(?:s|ed|ing)?|face|faces|facing|risk)\b[^.;,]{0,25}$/i;

/** "were fired", "fired them", "fired two officers": the outcome befell people, not a thing ("fired tear gas"). */
export function befellSomeone(sentence: string, m: Mention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 60), m.start);
  if (/\b(was|were|been|be|being|is|are|got|get|gets|getting)\s+(\w+\s+)?$/i.test(before))
    return true;
  // "were detained and later deported": a passive carried over by "and".
  if (/\b(was|were|been|is|are)\s+\w+ed\b[^.;]{0,30}\band\s+(\w+\s+)?$/i.test(before)) return true;
  if (m.text.includes(' ')) return true;
  // "One worker died": a verb with no object befalls its subject.
  if (/^(died|dies)$/i.test(m.text)) return true;
  return /^\s+(them|him|her|all|both|several|some|the\s+(officers?|cops?|men|agents?|police)|(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+)\b/i.test(
    sentence.slice(m.end, m.end + 30),
  );
}
