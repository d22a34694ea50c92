/**
 * A span of days told by its two ends: "from November 14 to November 16, 2016", "between March 3 and March 5",
 * "March 3 through March 7". Neither end is the day of one event: the first end gets the relation `since`, the
 * second `until`, so comparers that judge a day of an event ("on", "in") leave them alone. Only two dates with
 * nothing between them but "to", "through", "until", "till", "thru" or a dash ("and" only after "between"), after a
 * year's comma too.
 * General English; nothing here knows a story.
 */
import type { Candidate } from './context.ts';
import type { Token } from './tokens.ts';

const JOINS = new Set(['to', 'through', 'thru', 'until', 'till', '-', '\u2013', '\u2014']);

export function markDateRanges(kept: Candidate[], tokens: readonly Token[]): Candidate[] {
  const dates = kept.flatMap((c, i) => (c.type === 'date' ? [i] : []));
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = kept[dates[k]!]!;
    const b = kept[dates[k + 1]!]!;
    if (a.type !== 'date' || b.type !== 'date') continue;
    // A year's comma may stand before the join ("November 13, 2016, to November 16").
    const comma = tokens[a.to]?.text === ',' && a.value.year !== undefined ? 1 : 0;
    if (b.from !== a.to + 1 + comma) continue;
    const join = tokens[a.to + comma]?.lower ?? '';
    const between =
      tokens[a.from - 1]?.lower === 'between' ||
      (tokens[a.from - 1]?.lower === 'from' && tokens[a.from - 2]?.lower === 'between');
    if (!JOINS.has(join) && !(join === 'and' && between)) continue;
    kept[dates[k]!] = { ...a, value: { ...a.value, relation: 'since' } };
    kept[dates[k + 1]!] = { ...b, value: { ...b.value, relation: 'until' } };
  }
  return kept;
}
