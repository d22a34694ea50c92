/**
 * Whom a report quoted, named body by body: "Its quotes come from the LAPD, the Tucson Police Department, the Denver
 * Police Department and the Orange County Sheriff's Department", "The roundup quotes the X and the Y", "All three
 * departments quoted (the X, the Y and the Z) said …". Where the record
 * lists every body and person a report quoted (pack role `quoted`; a person stands for the agency their post or role
 * names), an agency named after the verb of quoting that is
 * none of them (nor part of one, nor what one is part of) conflicts: another the world knows, or a proper name with an
 * agency's head word the story does not have; one of them agrees (and is judged here, not as a participant of the
 * report's event). Only one report of the story with such a list; asserted clauses only.
 * General English and the record's list; nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import { NOUN, VERB } from './report-quoted.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** "the departments quoted (…)", "the agencies it cites": the bodies quoted, as a noun with the participle after it. */
const QUOTED_BODIES = String.raw`(?:departments|agencies|police\s+forces|forces|bodies)\s+(?:(?:it|that\s+it|which\s+it|that\s+were|which\s+were)\s+)?(?:quoted|cited|quotes|cites)`;
/** "<report> (up to three words) <quoting verb>", "its (the report's) quotes come from", or the bodies "quoted". */
const QUOTING = new RegExp(
  `\\b(?:(?:${NOUN})s?\\b(?:\\s+[\\p{L}'\u2019-]+){0,3}?\\s+(?:${VERB})|(?:its|the\\s+(?:${NOUN})['\u2019]s|the)\\s+(?:quotes|quotations|voices|sources)\\s+(?:come|came)\\s+from|${QUOTED_BODIES})\\b`,
  'iu',
);

export interface QuotedBodyResult {
  status: 'conflict' | 'agrees';
  comparison: Comparison;
  explanation: string;
  events: IndexedEvent[];
  mention: Mention;
}

export function quotedBodyResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): QuotedBodyResult[] {
  const reports = record.events.filter((e) => e.quotedBodies?.length);
  if (reports.length !== 1) return [];
  const report = reports[0]!;
  // The quoted bodies, and the agencies of the quoted people (their posts, or the body their role names).
  const quoted = [
    ...new Set(report.quotedBodies!.flatMap((q) => [q, ...(record.people.get(q)?.agencies ?? [])])),
  ];
  const related = (id: string) =>
    quoted.some((q) => q === id || record.ancestors(id).has(q) || record.ancestors(q).has(id));
  const out: QuotedBodyResult[] = [];
  for (const clause of clauses) {
    if (clause.negated || clause.stance !== 'asserted') continue;
    const verb = QUOTING.exec(sentence.slice(clause.start, clause.end));
    if (!verb) continue;
    const after = clause.start + verb.index + verb[0].length;
    for (const m of clause.mentions) {
      if (m.type !== 'agency' || m.negated || m.start < after) continue;
      const ids = record.gazetteer
        .lookup(m.value.name)
        .filter((g) => g.kind === 'agency')
        .map((g) => g.id);
      // A proper name: a word of its own before the kind's head ("the Orange County Sheriff's Department"), not the
      // head alone ("the county Sheriff's Department": some body of that kind, perhaps the record's).
      const name = m.value.name.toLowerCase();
      const stranger =
        !ids.length &&
        /^\p{Lu}/u.test(m.text) &&
        (record.world
          ?.agencyKindOf(m.value.name)
          ?.terms.some((t) => name.endsWith(` ${t.toLowerCase()}`)) ??
          false);
      if (ids.some(related)) {
        out.push({
          status: 'agrees',
          comparison: { slot: 'agency', page: m.text, record: record.nameOf(ids.find(related)!) },
          explanation: '',
          events: [report],
          mention: m,
        });
        continue;
      }
      if (!ids.length && !stranger) continue;
      const names = listNames(
        quoted
          .filter((q) =>
            record.gazetteer
              .lookup(record.nameOf(q))
              .some((g) => g.id === q && g.kind === 'agency'),
          )
          .map((q) => record.nameOf(q)),
      );
      out.push({
        status: 'conflict',
        comparison: { slot: 'agency', page: m.text, record: `${names} quoted` },
        explanation: `The record has the report quoting ${names}, not ${m.text}.`,
        events: [report],
        mention: m,
      });
    }
  }
  return out;
}
