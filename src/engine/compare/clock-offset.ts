/**
 * An offset in hours between two recorded events ("about two hours after the stop", "an hour later"), weighed against
 * the clock times the record gives them on the same day. A recorded time is a reporter's ("by about 5:30 p.m."), so the
 * record's gap is widened by a margin before the page's is called wrong; a page's gap that fits the widened gap but
 * not the recorded one is left unsaid. Events without a time, or on other days, are not weighed here.
 */
import type { ValueResult } from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';

/** Minutes either side of the record's gap before the page's is called wrong: recorded times are approximate. */
const MARGIN = 15;

/**
 * The minutes an offset in hours allows: a fifth either way, a quarter when hedged ("about two hours"), at least a
 * quarter of an hour. "Roughly an hour" is 45 to 75 minutes: a gap of twenty minutes is no hour, hedged or not.
 */
export function offsetMinutes(hours: number, approximate: boolean): [number, number] {
  const minutes = hours * 60;
  const slack = Math.max(15, Math.round(minutes * (approximate ? 0.25 : 0.2)));
  return [minutes - slack, minutes + slack];
}

const clock = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

function showClock(t: string): string {
  const m = clock(t);
  const h = Math.floor(m / 60) % 12 || 12;
  return `${h}:${String(m % 60).padStart(2, '0')} ${m >= 720 ? 'p.m.' : 'a.m.'}`;
}

const showTimes = (e: IndexedEvent) =>
  e.event.timeEnd
    ? `${showClock(e.event.time as string)} to ${showClock(e.event.timeEnd)}`
    : `about ${showClock(e.event.time as string)}`;

function gapWords(min: number, max: number): string {
  const one = (n: number) => `${Math.abs(n)} minute${Math.abs(n) === 1 ? '' : 's'}`;
  if (min === max) return `${one(min)} ${min < 0 ? 'earlier' : 'later'}`;
  if (min < 0 && max > 0) return `at most ${one(Math.max(-min, max))} apart`;
  return min < 0 ? `${-max} to ${one(-min)} earlier` : `${min} to ${one(max)} later`;
}

/** The page's offset (`range`: signed minutes allowed) against the minutes between the two events' recorded times, or null when the record cannot say. */
export function clockOffsetBetween(
  anchor: IndexedEvent,
  subject: IndexedEvent,
  [lo, hi]: [number, number],
  page: string,
): ValueResult | null {
  const a = anchor.event;
  const s = subject.event;
  if (!a.time || !s.time || a.dateEnd || s.dateEnd || a.date.length !== 10 || a.date !== s.date)
    return null;
  // "An hour later, dispatchers called 911": the offset counts to when the later event began, its recorded time; from
  // either end of the one it counts from ("an hour after the meeting" may count from its close).
  const min = clock(s.time) - clock(a.timeEnd ?? a.time);
  const max = clock(s.time) - clock(a.time);
  if (lo <= max && hi >= min) return { status: 'agrees' };
  if (lo <= max + MARGIN && hi >= min - MARGIN) return null;
  const gap = gapWords(min, max);
  return {
    status: 'conflict',
    comparison: { slot: 'time', page, record: gap },
    explanation: `The record times \u201C${a.label}\u201D ${showTimes(anchor)} and \u201C${s.label}\u201D ${showTimes(subject)} (${gap}), not \u201C${page}\u201D.`,
  };
}
