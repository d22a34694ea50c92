/**
 * A count of where counted things came from ("statements from six agencies", "quotes by five police chiefs",
 * "remarks from a dozen cities"): each source gave at least one of them, so more sources than the record counts of
 * the things is wrong ("six agencies" where the record counts four statements). Fewer, or as many, says nothing (one
 * source may have given several). The things must be a noun the linked events count, right before "from" / "by";
 * the sources a noun of bodies, places or people who speak (general English). Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';
import { singular } from './story-record.ts';

/** Who or where counted things may come from. */
const SOURCES = new Set([
  'agency',
  'department',
  'police department',
  'force',
  'police force',
  'office',
  'city',
  'town',
  'county',
  'state',
  'chief',
  'police chief',
  'sheriff',
  'official',
  'leader',
  'police leader',
  'mayor',
  'outlet',
  'source',
  'organization',
  'group',
  'speaker',
  'person',
]);

/** The things counted, right before "from" / "by" and the count's own hedge ("statements from at least six"). */
const THINGS_BEFORE =
  /([\p{L}-]+)\s+(?:from|by)\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|roughly|as\s+many\s+as)\s+)?$/iu;

export function compareSourceCount(
  ctx: CompareContext,
  m: Mention & { type: 'count' },
): ValueResult | null {
  const noun = m.value.noun;
  if (!noun || ctx.negatedClause || !SOURCES.has(singular(noun.toLowerCase()))) return null;
  const before = THINGS_BEFORE.exec(ctx.sentence.slice(Math.max(0, m.start - 60), m.start));
  if (!before) return null;
  const things = singular((before[1] as string).toLowerCase());
  // What the events count, and how many of each a report of them quoted (the statements of a round-up).
  const counted = ctx.events.flatMap((e) =>
    [...e.quantities, ...(e.quoted ?? [])].filter((q) => q.nouns.has(things)),
  );
  if (!counted.length || counted.some((q) => m.value.min <= q.max)) return null;
  const most = Math.max(...counted.map((q) => q.max));
  const record = `${most} ${before[1]}`;
  return result(
    'conflict',
    'count',
    m.text,
    record,
    `The record counts ${record}; they cannot have come from ${m.text} ${noun}.`,
  );
}
