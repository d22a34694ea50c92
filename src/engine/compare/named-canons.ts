/**
 * Whom a clause names: the record's canons (gazetteer ids) of its mentions of the given kinds, negated mentions
 * ("not the FBI") left out, optionally only those ending before an offset (the subject before a verb). Many readers
 * ask this of a clause before they judge what it says of the named.
 */
import type { Mention } from '../read/types.ts';
import type { StoryRecord } from './story-record.ts';

/** Kinds of mention that carry a name the gazetteer can look up. */
export type NamedKind = 'person' | 'agency' | 'outlet' | 'place';

export function namedCanons(
  mentions: readonly Mention[],
  record: StoryRecord,
  kinds: readonly NamedKind[],
  before = Infinity,
): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.negated || m.end > before || !(kinds as readonly string[]).includes(m.type)) continue;
    for (const entry of record.gazetteer.lookup(
      (m as Extract<Mention, { type: NamedKind }>).value.name,
    ))
      out.add(entry.id);
  }
  return out;
}
