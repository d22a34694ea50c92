/**
 * What a clause shares with the clause before when it goes on from it with
 * "and" and a verb, no subject or day of its own ("X came to the town on
 * Tuesday, April 29, and met Y"): the day written last before "and" is the
 * act's day too, and the people and bodies named there are of the same scene.
 */
import type { Clause, Mention } from '../read/types.ts';

const isDay = (m: Mention) => (m.type === 'date' || m.type === 'weekday') && !m.negated;
const isDoer = (m: Mention) =>
  (m.type === 'person' || m.type === 'agency' || m.type === 'outlet') && !m.negated;
/** Only ", and" (or "and then", "and later") between the day and the act. */
const AND_THEN = /^\s*,?\s*and\s+(?:then\s+|later\s+|also\s+)?$/i;

export function sharedDaysOf(
  sentence: string,
  clauses: readonly Clause[],
  clause: Clause,
): { shared: { days: Mention[]; doers: Mention[] } } | Record<string, never> {
  const act = clause.mentions[0];
  if (act?.type !== 'outcome' || clause.mentions.some(isDay)) return {};
  const prev = clauses
    .filter((c) => c.start < clause.start && !c.negated && c.mentions.some(isDay))
    .at(-1);
  const last = prev?.mentions.filter((m) => m.end <= act.start).at(-1);
  if (!prev || !last || !isDay(last) || !AND_THEN.test(sentence.slice(last.end, act.start)))
    return {};
  return { shared: { days: prev.mentions.filter(isDay), doers: prev.mentions.filter(isDoer) } };
}
