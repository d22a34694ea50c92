/**
 * A count set off in one clause whose people a later clause of the sentence goes on to give an outcome ("The men in that
 * van were a father and his two sons, three people, and they were taken to the detention facility"): the count may be
 * of those the outcome befell, not of everyone at the event. When it fits the outcome's recorded count, on a noun the
 * outcome counts, and the later clause's subject stands for them ("they", "who", "all of them"), the count is read
 * both ways, so it is not wrong: unconfirmed at worst. General English; nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';

type Outcome = Mention & { type: 'outcome' };

/** Between the count and the outcome: a subject standing for those counted, and no other count. */
const BACK =
  /\b(?:they|who|all\s+of\s+them|both\s+of\s+them|each\s+of\s+them|all|both|them|those|these)\b/i;

/** The outcomes of the sentence's clauses after `clause`, for the clause's context. */
export function laterOutcomes(
  clauses: readonly Clause[],
  clause: Clause,
): { laterOutcomes: Outcome[] } | Record<string, never> {
  const later = clauses
    .filter((c) => c.start >= clause.end)
    .flatMap((c) =>
      c.mentions.filter((m): m is Outcome => m.type === 'outcome' && !m.negated && !c.negated),
    );
  return later.length ? { laterOutcomes: later } : {};
}

/** Whether a count fits the recorded count of an outcome a later clause gives the people it counts. */
export function countOfLaterOutcome(
  sentence: string,
  m: Mention & { type: 'count' },
  noun: string,
  later: readonly Outcome[],
  events: readonly IndexedEvent[],
  fits: (n: number) => boolean,
): boolean {
  return later.some((o) => {
    const between = sentence.slice(m.end, o.start);
    if (!BACK.test(between) || /\d/.test(between)) return false;
    return events.some((e) => {
      const r = e.outcomes.get(o.value.kind);
      return r !== undefined && r.count !== undefined && r.nouns.has(noun) && fits(r.count);
    });
  });
}
