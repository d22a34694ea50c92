/**
 * A day of the month given alone ("on the 7th", "the 24th"): no month, no year, so it is read in the month of the
 * event the clause is linked to. It agrees when a day of a linked event (every day of a span) has that number; it
 * says nothing when a linked event is dated only by its month or year (any day may be meant). Otherwise, as for a
 * full date: a day of the speaking that is one of the speaker's own days, or any day in a clause of speaking or
 * printing with no speaker of the record, is only unconfirmed; a day of the speaking that is none of the speaker's
 * days, or the day of a deed, is wrong.
 */
import type { Mention } from '../read/types.ts';
import {
  agrees,
  result,
  unconfirmed,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { dayRange, listNames, showDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

/** Every day of an event dated to the day, as day-of-month numbers; null when it is dated only by month or year. */
function daysOfMonth(e: IndexedEvent): number[] | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.event.date)) return null;
  const end =
    e.event.dateEnd && /^\d{4}-\d{2}-\d{2}$/.test(e.event.dateEnd) ? e.event.dateEnd : e.event.date;
  const [from] = dayRange(e.event.date);
  const [to] = dayRange(end);
  const out: number[] = [];
  for (let d = from; d <= to && out.length < 62; d++)
    out.push(new Date(d * 86_400_000).getUTCDate());
  return out;
}

/** `framed`: the clause names its event before the speaking, so the day is the event's ("held a press conference on the 7th and said"). */
export function compareDayOfMonth(
  ctx: CompareContext,
  m: Mention & { type: 'date' },
  framed: boolean,
): ValueResult | null {
  const day = m.value.day;
  if (day === undefined || m.value.month !== undefined || m.value.year !== undefined) return null;
  const fits = (events: readonly IndexedEvent[]) =>
    events.some((e) => daysOfMonth(e)?.includes(day));
  if (!ctx.events.length || ctx.events.some((e) => daysOfMonth(e) === null)) return null;
  if (fits(ctx.events)) return agrees;
  const shown = listNames([...new Set(ctx.events.map((e) => showDate(e.event.date)))]);
  const own = ctx.utterance?.covers(m) && !framed ? ctx.utterance : null;
  if (own) {
    if (own.events.some((e) => daysOfMonth(e) === null) || fits(own.events))
      return unconfirmed('date', m.text, shown);
  } else if (ctx.speech && !framed) return unconfirmed('date', m.text, shown);
  return result('conflict', 'date', m.text, shown, `The record dates it ${shown}, not ${m.text}.`);
}
