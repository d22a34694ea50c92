/**
 * Whether a corroborating report tells of the original's story by the numbers it shares (issue 17), for
 * events of any kind: the same count of the same thing ("312 members"), or the same uncommon number
 * (100 or more, "about 480") whatever it counts ("480 jobs", "480 people out of work").
 */
import type { Mention } from '../../engine/drafting.ts';
import type { ReadReport } from './read-report.ts';

const singular = (noun: string) => noun.replace(/s$/, '');

/** The report's counts outside quotes, in every clause not denied: "480", and "312|member" where a noun is counted. */
function countKeys(report: ReadReport): Set<string> {
  const keys = new Set<string>();
  for (const s of report.sentences) {
    for (const m of s.clauses.filter((c) => !c.negated).flatMap((c) => c.mentions)) {
      if (m.type !== 'count' || s.unquoted.slice(m.start, m.end).trim() === '') continue;
      const v = (m as Extract<Mention, { type: 'count' }>).value;
      if (v.max === undefined || v.min !== v.max || v.min < 10) continue;
      if (v.min >= 100) keys.add(String(v.min));
      if (v.noun) keys.add(`${v.min}|${singular(v.noun.toLowerCase())}`);
    }
  }
  return keys;
}

/** How many of the original's counts the other report gives too (a number of 100 or more, or a number with its noun). */
export function sharedCounts(original: ReadReport, other: ReadReport): number {
  const mine = countKeys(original);
  const numbers = new Set<string>();
  for (const k of countKeys(other)) if (mine.has(k)) numbers.add(k.split('|')[0] as string);
  return numbers.size;
}
