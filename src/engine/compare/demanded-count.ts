/**
 * The size of the group a demand is about: "they want all six cops fired", "protesters demanded the six officers be
 * suspended". A call for an outcome is no outcome, so the count is not that outcome's; but "all six", "the six" give
 * the whole group the demand is about, and the record counts that group where it counts those people elsewhere (the
 * nouns of a recorded demand: "officers", "cops"). A count that meets none of the record's sizes of the group (its
 * quantities and outcome counts on that noun) conflicts. Only the whole group ("all", "the", "those", "every one of
 * the": not "six cops", which may be some of them), only a firm outcome wished for (demanded-outcome.ts), and only on
 * a noun some recorded demand names. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { FIRM, WISH, demandsOf } from './demanded-outcome.ts';
import { singular, type StoryRecord } from './story-record.ts';

/** Right before the count: the whole group ("all", "all of the", "the", "those", "every one of the"). */
const WHOLE =
  /(?:^|[^\p{L}])(?:all(?:\s+of)?(?:\s+(?:the|these|those|their))?|the|those|these|(?:every|each)\s+one\s+of\s+(?:the|these|those|their))\s+$/iu;

export interface DemandedCountResult {
  mention: Mention & { type: 'count' };
  comparison: { slot: string; page: string; record: string };
  explanation: string;
}

export function demandedCountResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): DemandedCountResult[] {
  const demands = demandsOf(record);
  if (!demands.length) return [];
  const demanded = new Set(demands.flatMap((d) => (d.nouns ?? []).map(singular)));
  const out: DemandedCountResult[] = [];
  for (const clause of clauses) {
    if (clause.negated || clause.stance !== 'asserted') continue;
    for (const m of clause.mentions) {
      if (m.type !== 'outcome' || m.negated || !FIRM.has(m.value.kind)) continue;
      const from = Math.max(clause.start, m.start - 60);
      const lead = WISH.exec(sentence.slice(from, m.start));
      if (!lead) continue;
      const verbEnd = from + lead.index + (/^\S+(?:\s+for)?/i.exec(lead[0])?.[0].length ?? 0);
      // The count of the group wished on: between the verb of wishing and the outcome, with a noun a demand names.
      for (const c of clause.mentions) {
        if (
          c.type !== 'count' ||
          c.negated ||
          !c.value.noun ||
          c.value.approximate ||
          c.start < verbEnd ||
          c.end > m.start
        )
          continue;
        const noun = singular(c.value.noun);
        if (!demanded.has(noun) || !WHOLE.test(sentence.slice(Math.max(0, c.start - 20), c.start)))
          continue;
        const sizes = record.events.flatMap((e) => [
          ...e.quantities.filter((q) => q.nouns.has(noun)).map((q) => [q.min, q.max] as const),
          ...[...e.outcomes.values()]
            .filter((o) => o.count !== undefined && o.nouns.has(noun))
            .map((o) => [o.count as number, o.count as number] as const),
        ]);
        if (!sizes.length) continue;
        const lo = c.value.min;
        const hi = c.value.max ?? Infinity;
        if (sizes.some(([a, b]) => lo <= b && hi >= a)) continue;
        // Shown: the group's sizes the record gives as such (quantities), else the counts of what befell it.
        const whole = record.events.flatMap((e) =>
          e.quantities.filter((q) => q.nouns.has(noun)).map((q) => [q.min, q.max] as const),
        );
        const shown = [
          ...new Set(
            (whole.length ? whole : sizes).map(([a, b]) => (a === b ? `${a}` : `${a} to ${b}`)),
          ),
        ].join(' or ');
        out.push({
          mention: c,
          comparison: { slot: 'count', page: c.text, record: `${shown} ${c.value.noun}` },
          explanation: `The record counts the ${c.value.noun} the call was about as ${shown}, not ${c.text}.`,
        });
      }
    }
  }
  return out;
}
