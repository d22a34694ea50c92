/**
 * The span of days a clause tells by its two ends ("from November 14 to November 16, 2016"; read/date-range.ts
 * marks the ends `since` and `until`), against events' days: the span fits when it overlaps one of them. A year
 * written on one end only serves both. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { dayRange, partialDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

type DateMention = Mention & { type: 'date' };

/** The span `m` is an end of, in days, or null when it is none or no year is known. */
export function spanOf(
  mentions: readonly Mention[],
  m: DateMention,
  years: readonly number[],
): [number, number] | null {
  const dates = mentions.filter((x): x is DateMention => x.type === 'date');
  const i = dates.indexOf(m);
  const pair =
    m.value.relation === 'since'
      ? [m, dates[i + 1]]
      : m.value.relation === 'until'
        ? [dates[i - 1], m]
        : null;
  if (!pair) return null;
  const [a, b] = pair;
  if (!a || !b || a.value.relation !== 'since' || b.value.relation !== 'until') return null;
  const year = a.value.year ?? b.value.year;
  const candidates = year !== undefined ? [year] : years;
  for (const y of candidates) {
    const from = dayRange(partialDate(y, a.value.month ?? b.value.month, a.value.day))[0];
    const to = dayRange(
      partialDate(b.value.year ?? y, b.value.month ?? a.value.month, b.value.day),
    )[1];
    if (from <= to) return [from, to];
  }
  return null;
}

/** Whether the span overlaps one of the events' days. */
export function spanMeets(span: [number, number], events: readonly IndexedEvent[]): boolean {
  return events.some((e) => {
    const [from] = dayRange(e.event.date);
    const [, to] = dayRange(e.event.dateEnd ?? e.event.date);
    return span[0] <= to && span[1] >= from;
  });
}
