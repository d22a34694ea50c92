/**
 * What a personnel action left people doing, as a typed outcome: at work
 * (put on desk duty, reassigned, back on patrol, kept on duty), suspended
 * (off work), or gone (fired). A page's action on the people a recorded
 * action befell ("the mayor suspended all ten officers") is compared with
 * the record's: another status is a conflict naming both ("desk duty, not
 * suspended"); the same status agrees ("taken off the street", "reassigned"
 * for desk duty). Only where the record neither records nor excludes the
 * page's kind (those are compared as outcomes already), only on a noun the
 * recorded action befell ("officers"), and not when the action is wished,
 * demanded, denied or said of a duty only ("suspended from patrol" is desk
 * duty in other words). The tools of the job taken ("stripped of their
 * badges", read/find-divested.ts) leave them suspended or gone; against desk
 * duty, which may take them too, they are only unconfirmed.
 */
import type { Clause, Mention, OutcomeKind } from '../read/types.ts';
import { befellSomeone, NOT_DONE } from './befell.ts';
import { singular, type IndexedEvent, type StoryRecord } from './story-record.ts';
import { receivedOutcome } from './outcome-received.ts';
import { outcomeShown } from './outcome-shown.ts';

export type Status = 'working' | 'suspended' | 'gone';

/** Where each personnel outcome leaves someone: at work, suspended, or gone. */
export const STATUS: Partial<Record<OutcomeKind, Status>> = {
  'desk-duty': 'working',
  reassigned: 'working',
  'returned-to-duty': 'working',
  'kept-on-duty': 'working',
  suspended: 'suspended',
  fired: 'gone',
};

/** "suspended from patrol", "suspended from street duty": kept off one duty, still at work. */
const FROM_A_DUTY =
  /^\s+from\s+(?:(?:the|their|his|her|active|street|field|patrol|regular)\s+){0,2}(?:patrol|patrols|street|streets|duty|duties|field|the\s+road)\b/i;

export interface PersonnelResult {
  mention: Mention & { type: 'outcome' };
  events: IndexedEvent[];
  status: 'agrees' | 'conflict' | 'unconfirmed';
  comparison?: { slot: string; page: string; record: string };
  explanation?: string;
}

export function personnelResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): PersonnelResult[] {
  const out: PersonnelResult[] = [];
  for (const clause of clauses) {
    if (clause.negated) continue;
    // The clause's words, singular: read only for an outcome that gets this far (most clauses have none).
    let clauseWords: Set<string> | undefined;
    const words = () =>
      (clauseWords ??= new Set(
        (
          sentence
            .slice(clause.start, clause.end)
            .toLowerCase()
            .match(/\p{L}+/gu) ?? []
        ).map(singular),
      ));
    for (const m of clause.mentions) {
      if (m.type !== 'outcome' || m.negated) continue;
      const kind = m.value.kind;
      const status = STATUS[kind];
      if (
        !status ||
        NOT_DONE.test(sentence.slice(Math.max(0, m.start - 40), m.start)) ||
        !(befellSomeone(sentence, m) || receivedOutcome(sentence, m))
      )
        continue;
      if (kind === 'suspended' && FROM_A_DUTY.test(sentence.slice(m.end, m.end + 40))) continue;
      if (record.events.some((e) => e.outcomes.has(kind) || e.negatives.has(kind))) continue;
      // The record's personnel actions on what the clause names ("officers"), or on as many as a count with no noun
      // counts ("the ten were suspended": the group the record counts so).
      const bare = new Set(
        clause.mentions.flatMap((c) =>
          c.type === 'count' &&
          !c.value.noun &&
          c.value.min === c.value.max &&
          !c.value.approximate &&
          c.end <= m.start
            ? [c.value.min]
            : [],
        ),
      );
      // The tools of the job taken ("turned in their guns") are their subject's: the people are named before it, not after.
      const before = m.value.divested
        ? new Set(
            (
              sentence
                .slice(clause.start, m.start)
                .toLowerCase()
                .match(/\p{L}+/gu) ?? []
            ).map(singular),
          )
        : words();
      const recorded = record.events.flatMap((e) =>
        [...e.outcomes].flatMap(([k, o]) =>
          STATUS[k] &&
          ([...o.nouns].some((n) => before.has(n)) || (o.count !== undefined && bare.has(o.count)))
            ? [{ e, k }]
            : [],
        ),
      );
      if (!recorded.length) continue;
      const events = [...new Set(recorded.map((r) => r.e))];
      if (
        recorded.some((r) => STATUS[r.k] === status || (m.value.divested && STATUS[r.k] === 'gone'))
      ) {
        out.push({ mention: m, events, status: 'agrees' });
        continue;
      }
      const shown = [...new Set(recorded.map((r) => outcomeShown(r.k)))].join(' and ');
      // Desk duty may take the badge and gun too: the record neither says nor excludes it.
      if (m.value.divested && recorded.some((r) => r.k === 'desk-duty')) {
        out.push({
          mention: m,
          events,
          status: 'unconfirmed',
          comparison: { slot: 'personnel', page: m.text, record: shown },
          explanation: `The record has them ${shown}; it does not say they were ${m.text}.`,
        });
        continue;
      }
      out.push({
        mention: m,
        events,
        status: 'conflict',
        comparison: { slot: 'outcome', page: m.text, record: shown },
        explanation: `The record has them ${shown}, not ${m.text}.`,
      });
    }
  }
  return out;
}
