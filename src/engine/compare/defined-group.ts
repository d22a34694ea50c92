/**
 * "One of the three men detained pleaded guilty", "the nine detained men", "the three men taken into custody":
 * a definite count whose noun the outcome's participle defines names the whole group the outcome befell, so its
 * number is that outcome's count wherever the story records it (the clause itself may be about a later event,
 * a plea or a hearing). Only a participle or adjective right at the noun ("the N men detained", "the N detained
 * men", "the N men who were detained"; an outcome done to them, not one they did), not a predicate ("the ten officers were retrained": a known group, judged
 * elsewhere); not a part of the group ("the other two", "the two men detained with the driver"). Another number
 * than every count the story records for that outcome on that noun is a conflict; nothing is said otherwise.
 */
import type { Mention } from '../read/types.ts';
import { listNames } from './record-values.ts';
import { singular, type IndexedEvent } from './story-record.ts';
import { outcomeShown } from './outcome-shown.ts';

/** Words before the count that make it definite: the whole of a known group. */
const DEFINITE = /\b(?:the|those|these|all)\s+$/i;
/** Words before the determiner that make the count a part or another group ("the other two", "two more"). */
const PART_BEFORE = /\b(?:other|remaining|rest|more|additional|further|another)\s+(?:the\s+)?$/i;
/** Words after the participle that set the group beside someone else ("detained with the driver", "along with"). */
const BESIDE_AFTER =
  /^\s*(?:,\s*)?(?:with|along|alongside|besides|beside|together|in addition|as well|plus|apart|other than|except)\b/i;
/** Outcomes done to the people counted, so their participle names them ("the men detained"); not what they did ("the officers returned"). */
const DONE_TO = new Set([
  'detained',
  'arrested',
  'deported',
  'charged',
  'handcuffed',
  'fired',
  'suspended',
  'injured',
  'killed',
  'hospitalized',
  'released',
]);
/** Between the noun and a participle after it: nothing, or a relative "who were", "that had been". */
const RELATIVE = /^\s+(?:(?:who|that|which)\s+(?:were|was|had\s+been|have\s+been|got)\s+)?$/i;

export interface GroupCount {
  status: 'conflict';
  record: string;
}

/**
 * The outcome a definite count's noun is defined by, and the story's counts of it; a conflict when the count fits
 * none, null when the count is no such group or fits.
 */
export function definedGroupCount(
  sentence: string,
  m: Mention & { type: 'count' },
  outcomes: readonly (Mention & { type: 'outcome' })[],
  allEvents: readonly IndexedEvent[],
): GroupCount | null {
  const noun = m.value.noun;
  if (!noun || m.value.max === undefined) return null;
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  if (!DEFINITE.test(before) || PART_BEFORE.test(before.replace(DEFINITE, ''))) return null;
  const after = sentence.slice(m.end);
  const nounAt = after.search(
    new RegExp(`\\b${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'),
  );
  if (nounAt === -1) return null;
  const nounEnd = m.end + nounAt + noun.length;
  const defining = outcomes.find((o) => {
    if (o.negated || !DONE_TO.has(o.value.kind)) return false;
    // "the nine detained men": the outcome between the count and its noun.
    if (o.start >= m.end && o.end <= m.end + nounAt)
      return (
        /^\s+$/.test(sentence.slice(m.end, o.start)) &&
        /^\s+$/.test(sentence.slice(o.end, nounEnd - noun.length))
      );
    // "the nine men detained", "the nine men who were taken into custody".
    return (
      o.start >= nounEnd &&
      RELATIVE.test(sentence.slice(nounEnd, o.start)) &&
      !BESIDE_AFTER.test(sentence.slice(o.end, o.end + 20))
    );
  });
  if (!defining) return null;
  const key = singular(noun);
  const counts = allEvents.flatMap((e) => {
    const r = e.outcomes.get(defining.value.kind);
    return r && r.count !== undefined && r.nouns.has(key) ? [r.count] : [];
  });
  if (!counts.length || new Set(counts).size > 1) return null;
  const lo = m.value.approximate
    ? m.value.min - Math.max(1, Math.round(m.value.min * 0.2))
    : m.value.min;
  const hi = m.value.approximate
    ? m.value.max + Math.max(1, Math.round(m.value.max * 0.2))
    : m.value.max;
  if (counts.some((c) => lo <= c && hi >= c)) return null;
  return {
    status: 'conflict',
    record: listNames([...new Set(counts)].map((c) => `${c} ${outcomeShown(defining.value.kind)}`)),
  };
}
