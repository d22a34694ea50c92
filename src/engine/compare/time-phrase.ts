/**
 * Two times written as one ("a Wednesday evening in March 2025", "on Monday,
 * in November 2025"): a day inside the month or year beside it, with only
 * parts of the day and small words between them. They name one time, not the
 * times of two events, so one agreeing with an event does not make the other
 * another event's. General English only.
 */
import type { Mention } from '../read/types.ts';

const TIME_TYPES = new Set<Mention['type']>(['weekday', 'date', 'time-of-day']);
/** What may stand between the parts of one time: commas and small words. */
const GLUE = /^[\s,]*(?:(?:in|of|on|at|the|that|this|same|early|late|mid)[\s,-]*)*$/i;

/** Whether the times `a` and `b` of a sentence are written as one phrase (`mentions`: the clause's, for times between them). */
export function onePhrase(
  a: Mention,
  b: Mention,
  sentence: string,
  mentions: readonly Mention[],
): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return true;
  let between = '';
  let at = first.end;
  for (const m of mentions) {
    if (!TIME_TYPES.has(m.type) || m.start < at || m.end > second.start) continue;
    between += sentence.slice(at, m.start);
    at = m.end;
  }
  between += sentence.slice(at, second.start);
  return GLUE.test(between);
}
