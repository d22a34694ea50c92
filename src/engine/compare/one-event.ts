/**
 * A clause linked to several events whose values each agree with one of
 * them, but not all with the same one ("About 100 protesters gathered at City
 * Hall that Tuesday", where the hundred are one protest's and the Tuesday
 * another's): the record confirms no event as the page tells it, so the
 * clause is not green. Only values an event has of its own (a day, a time, a
 * count, a street) are weighed; nothing is called wrong here.
 */
import type { Mention } from '../read/types.ts';
import { compareMention } from './compare-values.ts';
import type { CompareContext } from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';

const OWN = new Set<Mention['type']>(['weekday', 'date', 'time-of-day', 'count', 'street']);

/** The agreeing value that no event shares with the ones before it, or null when one event has them all. */
export function splitAcrossEvents(
  ctx: CompareContext,
  agreed: readonly Mention[],
  outcomes: readonly (Mention & { type: 'outcome' })[],
): Mention | null {
  if (ctx.events.length < 2) return null;
  let common: readonly IndexedEvent[] = ctx.events;
  for (const m of agreed) {
    if (!OWN.has(m.type)) continue;
    const fits = ctx.events.filter(
      (e) => compareMention({ ...ctx, events: [e] }, m, outcomes)?.status === 'agrees',
    );
    if (!fits.length) continue;
    const next = common.filter((e) => fits.includes(e));
    if (!next.length) return m;
    common = next;
  }
  return null;
}
