/**
 * "Only two police departments have spoken out": "only N" bounds the whole.
 * Where the record has more distinct agencies of that kind speaking in the
 * story by the page's date (its events' `spoke` participants: the Los Angeles,
 * Denver and Tucson police departments), the bound is wrong whatever else
 * spoke that the record does not list. Only for agencies ("departments",
 * "agencies"), only after "only / just / merely", only in a clause whose verb
 * says they spoke; without "only" a count may be a part ("two departments
 * spoke out") and says nothing here.
 */
import type { Clause, Mention } from '../read/types.ts';
import { verbRoles } from './clause-roles.ts';
import { listNames } from './record-values.ts';
import { singular, type StoryRecord } from './story-record.ts';

/** The counted noun and what an agency's name must hold to be one of them. */
const KINDS: Record<string, RegExp> = { department: /\bdepartment\b/i, agency: /./ };

export interface OnlyResult {
  mention: Mention & { type: 'count' };
  comparison: { slot: string; page: string; record: string };
  explanation: string;
}

export function onlyCountResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageDate: string | undefined,
): OnlyResult[] {
  const out: OnlyResult[] = [];
  for (const clause of clauses) {
    if (clause.negated) continue;
    for (const m of clause.mentions) {
      if (m.type !== 'count' || m.negated || m.value.max === undefined) continue;
      const kind = KINDS[singular(m.value.noun)];
      if (
        !kind ||
        !/\b(?:only|just|merely)\s+$/i.test(sentence.slice(Math.max(0, m.start - 10), m.start))
      )
        continue;
      if (!verbRoles(sentence, clause.start, clause.end, true).has('spoke')) continue;
      // The agencies the record has speaking by the page's date.
      const by = pageDate?.slice(0, 10) ?? '9999';
      const speakers = new Set(
        record.events
          .filter((e) => e.event.date.slice(0, by.length) <= by)
          .flatMap((e) => e.participants.filter((p) => p.role === 'spoke').map((p) => p.canon)),
      );
      const agencies = [...speakers].filter(
        (c) =>
          record.gazetteer
            .lookup(record.nameOf(c))
            .some((g) => g.kind === 'agency' && g.id === c) && kind.test(record.nameOf(c)),
      );
      const widen = m.value.approximate ? Math.max(1, Math.round(m.value.max * 0.2)) : 0;
      if (agencies.length <= m.value.max + widen) continue;
      const names = listNames(agencies.map(record.nameOf));
      out.push({
        mention: m,
        comparison: {
          slot: 'count',
          page: m.text,
          record: `${agencies.length} ${m.value.noun}: ${names}`,
        },
        explanation: `The record has ${agencies.length} ${m.value.noun} speaking (${names}), not only ${m.text}.`,
      });
    }
  }
  return out;
}
