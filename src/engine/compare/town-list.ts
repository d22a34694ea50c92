/**
 * A list of towns where the record has as many towns speaking ("police in Utica, Tucson and Denver said …" where the
 * record has statements from Los Angeles, Tucson and Denver): when all but one of the listed towns are the towns of
 * the story's statements and the list is as long as theirs, the odd one has taken the place of the missing one and
 * is told wrong, the way a substituted name in a list is (participant-list.ts). Only a plain list (commas and "and")
 * of three or more in a clause with a verb of speaking, not denied, not set beside others ("like", "also",
 * "including", "other"); a town the story has in any part (a place of its events, a body's town) is left alone.
 * Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';

const JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/i;
const BESIDE =
  /\b(?:like|unlike|also|too|other|others|as well|including|such as|among|besides|beyond|plus|not|never|rather than|instead of|except)\b|n['\u2019]t\b/i;

/** Right before the list: the police of the towns ("police in", "police chiefs of", "the departments in"). */
const POLICE_BEFORE =
  /\b(?:police|chiefs?|departments?)(?:\s+(?:chiefs?|leaders|officials|departments?|brass|commanders))?\s+(?:in|of|from)\s+$/i;
/** Right after it: "… and Denver police (departments, chiefs)". */
const POLICE_AFTER = /^\s+(?:police|police\s+departments|police\s+chiefs)\b/i;

export interface TownSubstituted {
  mention: Mention;
  comparison: Comparison;
  explanation: string;
}

/** World towns (not states) among canons. */
function towns(record: StoryRecord, canons: Iterable<string>): string[] {
  return [...canons].filter((c) => c.startsWith('w:') && !!record.world?.place(c.slice(2)));
}

export function townListConflicts(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): TownSubstituted[] {
  if (clause.negated || !record.world) return [];
  const text = sentence.slice(clause.start, clause.end);
  if (
    BESIDE.test(text) ||
    !(text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => lexicon.speechVerbs.has(w))
  )
    return [];
  const places = clause.mentions.filter(
    (m): m is Mention & { type: 'place' } => m.type === 'place' && !m.negated,
  );
  const runs: (Mention & { type: 'place' })[][] = [];
  for (let i = 0; i < places.length; i++) {
    const a = places[i - 1];
    const b = places[i]!;
    if (a && JOINER.test(sentence.slice(a.end, b.start))) runs[runs.length - 1]!.push(b);
    else runs.push([b]);
  }
  const lists = runs.filter((r) => r.length >= 3);
  if (lists.length !== 1) return [];
  const list = lists[0]!;
  // The towns' police as the speakers: "police (chiefs, leaders) in A, B and C", "the A, B and C police departments".
  const before = sentence.slice(Math.max(clause.start, list[0]!.start - 40), list[0]!.start);
  const after = sentence.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 30);
  if (!POLICE_BEFORE.test(before) && !POLICE_AFTER.test(after)) return [];
  // The towns of the story's statements: the places of its events where someone spoke.
  const spoken = new Set(
    towns(
      record,
      record.events
        .filter((e) => e.participants.some((p) => p.role === 'spoke'))
        .flatMap((e) => e.places),
    ),
  );
  if (spoken.size !== list.length) return [];
  const canons = list.map((m) =>
    towns(
      record,
      record.gazetteer
        .lookup(m.value.name)
        .filter((g) => g.kind === 'place')
        .map((g) => g.id),
    ),
  );
  const inSpoken = (cs: string[]) =>
    cs.some((c) => spoken.has(c) || [...spoken].some((s) => record.ancestors(c).has(s)));
  const odd = list.flatMap((m, i) => (inSpoken(canons[i]!) ? [] : [{ m, cs: canons[i]! }]));
  if (odd.length !== 1 || !odd[0]!.cs.length) return [];
  const taken = new Set(canons.flatMap((cs) => cs.filter((c) => spoken.has(c))));
  const missing = [...spoken].filter((s) => !taken.has(s));
  if (missing.length !== 1) return [];
  // A town of the story's own (a place of its events, the town of one of its bodies) may have spoken too.
  const storyTowns = new Set([
    ...towns(
      record,
      record.events.flatMap((e) => e.places),
    ),
    ...towns(record, record.storyCanons),
    ...[...record.storyCanons].flatMap((c) => {
      const agency = c.startsWith('w:') ? record.world?.agency(c.slice(2)) : undefined;
      if (agency?.place) return [`w:${agency.place}`];
      // A body of the story the world does not list, named for its town ("Aurora Police Department").
      const name = record.nameOf(c);
      const term = record.world
        ?.agencyKindOf(name)
        ?.terms.find((t) => name.toLowerCase().endsWith(` ${t.toLowerCase()}`));
      return term
        ? towns(
            record,
            record.gazetteer
              .lookup(name.slice(0, name.length - term.length).trim())
              .filter((g) => g.kind === 'place')
              .map((g) => g.id),
          )
        : [];
    }),
  ]);
  const { m, cs } = odd[0]!;
  if (
    cs.some(
      (c) =>
        storyTowns.has(c) ||
        [...storyTowns].some((s) => record.ancestors(c).has(s) || record.ancestors(s).has(c)),
    )
  )
    return [];
  const names = listNames([...spoken].map(record.nameOf));
  const who = record.nameOf(missing[0]!);
  return [
    {
      mention: m,
      comparison: { slot: 'place', page: m.text, record: who },
      explanation: `The record has statements from ${names}; ${m.text} is not among them (the record has ${who}).`,
    },
  ];
}
