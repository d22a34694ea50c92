/**
 * "Walt's story ends in late January of 2018, when the new president signed the orders": a "when" right after a time
 * is a relative of that time, so the clause it opens happened then too. Only a month or a year is carried (a day may be
 * near the other clause's and not its: "on 14 November, when the votes were still being counted"), only to a clause
 * with no time of its own, and only from a clause that names nothing else (the writer's own framing). Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';

/** The clauses with the month or year before ", when" carried into the clause "when" opens. */
export function withTimeOfWhen<C extends Clause>(clauses: readonly C[], sentence: string): C[] {
  return clauses.map((clause, i) => {
    const before = clauses[i - 1];
    if (!before || !/^\s*when\b/i.test(sentence.slice(clause.start, clause.end))) return clause;
    if (clause.mentions.some(isTime)) return clause;
    const last = before.mentions.filter((m) => m.end <= clause.start).at(-1);
    if (
      !last ||
      last.negated ||
      last.type !== 'date' ||
      last.value.day !== undefined ||
      !/^\s*,?\s*$/.test(sentence.slice(last.end, clause.start)) ||
      // Only where the clause before tells nothing of the story but that time ("Walt's piece ends in …"): one that
      // names a person or an act of its own ("Beck spoke in November 2016, when …") keeps its time.
      before.mentions.some((m) => m !== last && m.type !== 'date')
    )
      return clause;
    return { ...clause, mentions: [{ ...last }, ...clause.mentions] };
  });
}

const isTime = (m: Mention) =>
  m.type === 'date' ||
  m.type === 'weekday' ||
  m.type === 'relative-time' ||
  m.type === 'time-of-day';
