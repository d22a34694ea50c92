/**
 * A person told as having been in office at the time of an event the sentence told of before: "…, aimed at X, who had
 * by then been in office for several weeks", "X had already been in power for a month at the time". The time is the
 * day of the events the sentence's clauses before it are linked to; the person is the one the clause names (a relative
 * clause's antecedent). Wrong when the world file has that person taking an office only after every one of those days
 * and holding none on any of them: not yet in office then. Only the pluperfect ("had been"), which sets the state at
 * the narrative's time, not the present perfect, which sets it at the page's. Nothing when denied ("had not yet been
 * in office"), nor when the person held any office of the world's on those days (the length of a term is not judged).
 * Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { dayRange, showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** "had (by then / already / at that point) been in office / in power". */
const HAD_BEEN_IN_OFFICE =
  /\b(?:had|['\u2019]d)\s+(?:(?:by\s+then|by\s+that\s+time|already|at\s+that\s+point|at\s+the\s+time|then|just|only)\s+)*been\s+in\s+(?:office|power)\b/i;
const DENIED = /\b(?:not|never|yet|hardly|barely)\b/i;

export interface InOfficeThen {
  mention: Mention;
  comparison: Comparison;
  explanation: string;
}

export function inOfficeThen(
  sentence: string,
  clause: Clause,
  before: readonly IndexedEvent[],
  record: StoryRecord,
): InOfficeThen | null {
  const world = record.world;
  if (!world || clause.negated || !before.length) return null;
  const text = sentence.slice(clause.start, clause.end);
  const said = HAD_BEEN_IN_OFFICE.exec(text);
  if (
    !said ||
    DENIED.test(said[0]) ||
    DENIED.test(text.slice(0, said.index).split(/[,;]/).pop() ?? '')
  )
    return null;
  // The events' days, each a whole day.
  if (
    !before.every(
      (e) =>
        /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) &&
        (!e.event.dateEnd || /^\d{4}-\d{2}-\d{2}$/.test(e.event.dateEnd)),
    )
  )
    return null;
  const days = [
    ...new Set(
      before.flatMap((e) => [e.event.date, ...(e.event.dateEnd ? [e.event.dateEnd] : [])]),
    ),
  ].sort();
  const last = dayRange(days[days.length - 1] as string)[1];
  const people = clause.mentions.filter(
    (m): m is Mention & { type: 'person' } => m.type === 'person' && !m.negated,
  );
  // A relative clause is about the name right before it ("…, aimed at X, who had …"), of those it was given.
  const antecedent = /^\s*who\b/i.test(text)
    ? people.filter(
        (m) => m.end <= clause.start && /^\s*,?\s*$/.test(sentence.slice(m.end, clause.start)),
      )
    : people;
  if (antecedent.length !== 1) return null;
  const person = antecedent[0]!;
  const terms = world.termsOf(person.value.name);
  if (!terms.length || days.some((d) => world.officesHeldBy(person.value.name, d).length > 0))
    return null;
  // A term begun after every day, and none begun before (then an earlier term, or the record's gap, might be meant).
  const starts = terms.map((t) => t.holder.start).filter((s): s is string => s !== undefined);
  if (starts.length !== terms.length || starts.some((s) => dayRange(s)[0] <= last)) return null;
  const first = terms.reduce((a, t) =>
    dayRange(t.holder.start as string)[0] < dayRange(a.holder.start as string)[0] ? t : a,
  );
  const told = before
    .map((e) => `\u201C${e.event.label}\u201D (${showDate(e.event.date)})`)
    .join('; ');
  return {
    mention: person,
    comparison: {
      slot: 'when',
      page: said[0],
      record: `${person.value.name} took office as ${first.office.title} on ${showDate(first.holder.start as string)}`,
    },
    explanation: `At the time of the record's ${told}, ${person.value.name} was not yet in office: the world file has that person taking office as ${first.office.title} on ${showDate(first.holder.start as string)}.`,
  };
}
