/**
 * A list of people where the record lists as many in one part of the linked
 * event ("Evans, Smith and Schumer all refused to meet him" where the record
 * has Evans, Smith and Morelle): when all but one of the page's names are the
 * record's, the odd one has taken the place of the record's missing one, and
 * is told wrong. Only a plain list (names, titles, commas and "and"), of three
 * or more; a name the record gives any part in the story is left to the other
 * comparisons (it may be of another event). Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

const JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/i;

/** Capitalised words or abbreviations right before a title ("U.S.", "State", "New York"): its jurisdiction. */
const TITLE_QUALIFIER = /\s(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}$/u;

export function substitutedInList(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
  events: readonly IndexedEvent[],
): { mention: Mention; comparison: Comparison; explanation: string } | null {
  const all = mentions.filter(
    (m): m is Mention & { type: 'person' } => m.type === 'person' && !m.negated,
  );
  // Runs of names in a plain list: between two names only a comma or "and", and the title of the next name.
  const runs: (Mention & { type: 'person' })[][] = [];
  for (let i = 0; i < all.length; i++) {
    const a = all[i - 1];
    const b = all[i]!;
    const title =
      a && mentions.find((t) => t.type === 'title' && t.start >= a.end && t.end <= b.start);
    // A title may carry its jurisdiction before it ("and U.S. Senator", "and State Senator"): capitalised words, not joiners.
    const lead = a ? sentence.slice(a.end, title ? title.start : b.start) : '';
    const between = a
      ? (title ? lead.replace(TITLE_QUALIFIER, ' ') : lead) +
        (title ? sentence.slice(title.end, b.start).trim() : '')
      : '';
    if (a && JOINER.test(between.replace(/\s+$/, ' '))) runs[runs.length - 1]!.push(b);
    else runs.push([b]);
  }
  const lists = runs.filter((r) => r.length >= 3);
  if (lists.length !== 1) return null;
  const people = lists[0]!;
  const canons = people.map((m) => new Set(personIds(record.gazetteer, m.value.name)));
  const found: { mention: Mention; missing: string; listed: string[] }[] = [];
  for (const e of events) {
    const roles = new Map<string, Set<string>>();
    for (const p of e.participants)
      roles.set(p.role, (roles.get(p.role) ?? new Set()).add(p.canon));
    for (const inRole of roles.values()) {
      if (inRole.size !== people.length) continue;
      const odd = people.flatMap((m, i) => ([...canons[i]!].some((c) => inRole.has(c)) ? [] : [m]));
      if (odd.length !== 1) continue;
      const taken = new Set(canons.flatMap((c) => [...c].filter((x) => inRole.has(x))));
      const missing = [...inRole].filter((c) => !taken.has(c));
      if (missing.length !== 1) continue;
      found.push({ mention: odd[0]!, missing: missing[0]!, listed: [...inRole] });
    }
  }
  if (found.length !== 1) return null;
  const { mention, missing, listed } = found[0]!;
  // Someone the story has elsewhere may have been there too: the other comparisons judge them.
  const oddCanons = record.gazetteer.lookup(mention.text).map((g) => g.id);
  if (oddCanons.some((c) => record.events.some((e) => e.participants.some((p) => p.canon === c))))
    return null;
  const names = listNames(listed.map(record.nameOf));
  const who = record.nameOf(missing);
  return {
    mention,
    comparison: { slot: 'person', page: mention.text, record: who },
    explanation: `The record names ${names}; ${mention.text} is not among them (the record has ${who}).`,
  };
}
