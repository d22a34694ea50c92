/**
 * A count told as an addition to others ("two passengers were also taken into custody", "two more men were detained",
 * "two others were arrested as well"): a part of the recorded total, the rest told elsewhere (the driver in the
 * sentence before). Fewer than the record counts is then no conflict, only unconfirmed; as many or more still is
 * one (the part alone would reach the whole). The marker must be the count's: right before or after it ("two more",
 * "two other men", "another two", "an additional two"), or "also", "too", "as well", "in addition" in the clause.
 * A count of the whole ("all seven members also signed") is never a part, whatever the clause adds it to.
 */
import type { Mention } from '../read/types.ts';

const BEFORE = /\b(?:another|an\s+additional|a\s+further|also|further)\s+$/i;
const AFTER = /^\s+(?:more|other|others|additional|further)\b/i;
const CLAUSE = /\b(?:also|too|as\s+well|in\s+addition|besides)\b/i;
/** A quantifier of the whole right before the count: "all seven", "all of the nine", "every one of the ten". */
const WHOLE_BEFORE = /\b(?:all|all\s+of\s+the|every\s+one\s+of\s+the|each\s+of\s+the)\s+$/i;

/** Whether `m` (a count) is told as an addition to others, in the clause `[start, end)` of `sentence`. */
export function additiveCount(sentence: string, m: Mention, start: number, end: number): boolean {
  if (m.type !== 'count') return false;
  // "all seven members", "all of the nine": the whole group, whatever else the clause adds it to.
  if (WHOLE_BEFORE.test(sentence.slice(Math.max(start, m.start - 16), m.start))) return false;
  return (
    BEFORE.test(sentence.slice(Math.max(start, m.start - 20), m.start)) ||
    AFTER.test(sentence.slice(m.end, m.end + 16)) ||
    CLAUSE.test(sentence.slice(start, end))
  );
}

/** A recorded number the page's count stays below ("3 detained" against "two"): a part of it. */
export function belowRecorded(m: Mention, record: string): boolean {
  const n = /^(\d+)\b/.exec(record);
  return m.type === 'count' && !!n && (m.value.max ?? m.value.min) < Number(n[1]);
}
