/**
 * "The department said it would …" after a sentence that names the department's spokesman, or the department beside
 * the outlet that printed its words: the agency the definite noun stands for. Of the parties the sentence before
 * names, those that hold no recorded commitment (an outlet that printed the words, an agency only spoken of) are set
 * aside, unless the noun could name them too ("the department" beside a "Department of …" that holds none: nothing
 * is said); a person named alone stands for the one agency that holds a recorded commitment with them (a spokesman
 * and the department he speaks for). One agency, or nothing. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { StoryRecord } from './story-record.ts';

export function carriedAgency(
  named: ReadonlySet<string>,
  record: StoryRecord,
  noun: string,
): Set<string> {
  const all = record.events.flatMap((e) => e.commitments);
  const holds = (n: string) => all.some((c) => c.holders.has(n));
  const others = [...named].filter(
    (n) => !holds(n) && !record.people.has(n) && !record.outlets.has(n),
  );
  if (
    others.some((n) =>
      new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'u').test(foldText(record.nameOf(n))),
    )
  )
    return new Set();
  const parties = [...named].filter(holds);
  if (!parties.length) return new Set();
  const agencies = parties.filter((n) => !record.people.has(n));
  if (agencies.length) return agencies.length === 1 ? new Set(agencies) : new Set();
  // People only: the agency that holds a commitment with all of them.
  const withThem = new Set(
    all
      .filter((c) => parties.every((p) => c.holders.has(p)))
      .flatMap((c) => [...c.holders].filter((h) => !record.people.has(h))),
  );
  return withThem.size === 1 ? withThem : new Set();
}

/** A preposition right before a name: the name is an object of the sentence before ("work with Homeland Security"). */
const OBJECT_BEFORE =
  /(?:^|[^\p{L}])(?:with|to|against|from|alongside|for|on|at|by|of|about|into|toward|towards)\s+(?:the\s+)?$/iu;

/** The mentions of the sentence before that are no object of a preposition. */
export function notObjects<M extends { start: number }>(
  mentions: readonly M[],
  before: string,
): M[] {
  return mentions.filter((m) => !OBJECT_BEFORE.test(before.slice(0, m.start)));
}
