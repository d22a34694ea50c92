/**
 * A town the world file does not know, written the way towns are ("South Haven, Michigan": a name, a
 * comma, a state), where the record places the event in a town of that same state the world does know:
 * the page puts it in another town. Zero false alarms first: only when the clause names the event by its
 * own words (not linked by a place alone), only for a town of the record (not a county or a state), and
 * not when the page's name shares a word with the recorded town's ("Ft. Wayne, Indiana" for Fort Wayne),
 * which may be another spelling of it.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { listNames } from './record-values.ts';
import type { CompareContext, ValueResult } from './value-result.ts';

/** ", Indiana", ", Ind.": the state written right after the name. */
const STATE_AFTER = /^\s*,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;

const words = (name: string) =>
  foldText(name)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);

export function unknownTown(
  ctx: CompareContext,
  m: Mention & { type: 'place' | 'state' },
  places: readonly string[],
): ValueResult | null {
  if (m.type !== 'place' || ctx.linkedByPlace) return null;
  const { record } = ctx;
  const after = STATE_AFTER.exec(ctx.sentence.slice(m.end, m.end + 40));
  if (!after) return null;
  const state = record.gazetteer.lookup(after[1] as string).find((g) => g.kind === 'state')?.id;
  if (!state) return null;
  // The record's towns in that state: the world's towns (not a county, which may hold the page's) the event's places are or lie within.
  const town = (p: string) => {
    const known =
      p.startsWith('w:') && p !== state && record.ancestors(p).has(state)
        ? record.world?.place(p.slice(2))
        : undefined;
    return known && known.kind !== 'county' ? known : undefined;
  };
  const towns = [...new Set(places.flatMap((p) => [p, ...record.ancestors(p)]))].filter((p) =>
    town(p),
  );
  if (!towns.length) return null;
  const names = towns.map(record.nameOf);
  const pageWords = new Set(words(m.value.name));
  const spellings = towns.flatMap((p) => [record.nameOf(p), ...(town(p)?.aliases ?? [])]);
  if (spellings.some((n) => words(n).some((w) => pageWords.has(w)))) return null;
  const shown = listNames(names);
  return {
    status: 'conflict',
    comparison: { slot: 'place', page: m.text, record: shown },
    explanation: `The record places it in ${shown}, not ${m.text}.`,
  };
}
