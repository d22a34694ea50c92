/**
 * A time fronted before an aside ("And this week, as most of you heard, Homan made his visit"; "On Tuesday, as you
 * know, …"): the reader cuts the aside off with the clause after it, leaving the time alone in a clause of its own.
 * A first clause that is only a time (a relative time, a date or a weekday, with "and", "but", "so", "then", "on",
 * "just", "last" or "this past" and a comma) gives it to the next clause that names who or what, within the next two
 * clauses. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';

const TIMES = new Set<Mention['type']>(['relative-time', 'date', 'weekday']);
const ONLY_TIME = /^\s*(?:(?:and|but|so|then|just|only|on|last|this|past|earlier|later)\s+)*,\s*$/i;
const NAMES = new Set<Mention['type']>(['person', 'title', 'agency', 'outcome', 'outlet']);

export function withFrontedTime(clauses: readonly Clause[], sentence: string): Clause[] {
  const [first, ...rest] = clauses;
  if (!first || !first.mentions.length || !first.mentions.every((m) => TIMES.has(m.type)))
    return [...clauses];
  const words = first.mentions.reduceRight(
    (t, m) => t.slice(0, m.start - first.start) + t.slice(m.end - first.start),
    sentence.slice(first.start, first.end),
  );
  if (!ONLY_TIME.test(words)) return [...clauses];
  const k = rest.slice(0, 2).findIndex((c) => c.mentions.some((m) => NAMES.has(m.type)));
  if (k < 0) return [...clauses];
  return rest.map((c, i) => (i === k ? { ...c, mentions: [...first.mentions, ...c.mentions] } : c));
}
