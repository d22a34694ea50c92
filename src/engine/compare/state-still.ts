/**
 * A lasting outcome told as still holding on the page's date ("As of this writing, the officers remain on desk duty",
 * "they are still on leave"): the present puts it at the page's own time. When every linked event that records the
 * outcome also records how long it lasted (a duration whose `of` words name it), and the page's date falls after its
 * latest end (the event's day plus the longest duration, a quarter wider, or the event's last day when later), the
 * record has it over: a conflict. Only an asserted clause, not denied; a page with no full date says nothing. General
 * English; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { result, type ValueResult } from './value-result.ts';
import { showDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';
import { MINUTES, RECORD_SLACK } from './duration-scale.ts';

/** Words that put a state at the time of writing: a present verb of lasting, "still" after a present copula, "as of now". */
const STILL =
  /\b(?:remains?|(?:is|are)\s+(?:still|currently)|(?:still|currently)\s+(?:remains?|sits?|stays?)|stays?|continues?\s+to\s+be|as\s+of\s+(?:this\s+writing|now|today|press\s+time|publication|this\s+week)|to\s+this\s+day)\b/;

const DAY_MS = 86_400_000;

const dayOf = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last day the event's record lets the outcome (named by `words`) last, or undefined when it records no duration of it. */
function lastDay(e: IndexedEvent, words: string): number | undefined {
  const ds = [...(e.event.duration ? [e.event.duration] : []), ...(e.event.durations ?? [])].filter(
    (d) => (d.of ?? []).some((w) => foldText(w) === words),
  );
  if (!ds.length || !/^\d{4}-\d{2}-\d{2}$/.test(e.event.date)) return undefined;
  const longest = Math.max(...ds.map((d) => d.max * MINUTES[d.unit] * RECORD_SLACK));
  const end = dayOf(e.event.date) + Math.ceil((longest * 60_000) / DAY_MS) * DAY_MS;
  const last =
    e.event.dateEnd && /^\d{4}-\d{2}-\d{2}$/.test(e.event.dateEnd) ? dayOf(e.event.dateEnd) : 0;
  return Math.max(end, last);
}

export function stateStill(
  clause: Clause,
  sentence: string,
  events: readonly IndexedEvent[],
  pageDate: string | undefined,
): ValueResult | null {
  const day = pageDate?.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || clause.negated || clause.stance !== 'asserted')
    return null;
  if (!STILL.test(foldText(sentence.slice(clause.start, clause.end)))) return null;
  for (const o of clause.mentions) {
    if (o.type !== 'outcome' || o.negated) continue;
    const words = foldText(o.text);
    const holding = events.filter((e) =>
      e.outcomes.has((o as Mention & { type: 'outcome' }).value.kind),
    );
    const ends = holding.map((e) => lastDay(e, words));
    if (!ends.length || ends.some((x) => x === undefined)) continue;
    const end = Math.max(...(ends as number[]));
    if (dayOf(day) <= end) continue;
    const over = showDate(isoOf(end));
    return result(
      'conflict',
      'outcome',
      o.text,
      `over by ${over}`,
      `The record has the ${o.text} over by ${over}; the page has it still holding on its date, ${showDate(day)}.`,
    );
  }
  return null;
}
