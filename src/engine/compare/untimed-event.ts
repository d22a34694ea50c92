/**
 * A clock time is compared only with the time of the event the clause tells of. When the clause is linked to
 * several events and the one on its own day (or, with no day given, any of them) records no time, the time may
 * be that event's: no other event's time window makes it wrong ("on Friday the union posted at 2:40 p.m. about
 * a meeting", where the post records no time and a later meeting does). General; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the event falls on every day the clause names (a date's month and day, its year when given; a weekday). */
function onClauseDays(e: IndexedEvent, days: readonly Mention[]): boolean {
  const date = e.event.date;
  if (!DAY.test(date)) return false;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return days.every((m) => {
    if (m.type === 'weekday') return new Date(`${date}T12:00:00Z`).getUTCDay() === m.value.day;
    if (m.type !== 'date' || m.value.day === undefined || m.value.month === undefined) return false;
    return (
      m.value.month === mo &&
      m.value.day === d &&
      (m.value.year === undefined || m.value.year === y)
    );
  });
}

/** Whether an event the clause is linked to, on the clause's own day when it names one, records no clock time. */
export function untimedOwnEvent(
  events: readonly IndexedEvent[],
  mentions: readonly Mention[],
): boolean {
  if (!events.some((e) => e.event.time)) return false;
  const days = mentions.filter(
    (m) => !m.negated && (m.type === 'weekday' || (m.type === 'date' && m.value.day !== undefined)),
  );
  const own = days.length ? events.filter((e) => onClauseDays(e, days)) : events;
  return own.some((e) => !e.event.time && !e.event.dayPart);
}
