/**
 * A post said of a person in the present ("X, who is now the acting director of Y,", "X, currently the Y chief,", "X is
 * now the mayor"): the page puts it on its own date, not at the time of the events it tells. When the world file has
 * X in that office (the title's office) only in terms that surely do not cover the page's date, it is a conflict. A
 * person the world never has in the office, a term that may cover the date, or a page with no date: nothing. Nothing
 * here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { showDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';

type Found = { mention: Mention; comparison: Comparison; explanation: string };

/** Present-time words before a post ("now", "currently"); "serving as" before it. */
const NOW = String.raw`(?:(?:now|currently|presently|today|also|still)\s+)`;
const SERVING = String.raw`(?:serving\s+as\s+)`;
/** Between the person and the title: a present copula, in a relative clause, an apposition with "now", or a predicate. */
const PRESENT = new RegExp(
  String.raw`^(?:,\s*(?:who\s+is|who['\u2019]s)\s+${NOW}*${SERVING}?|,\s*who\s+${NOW}*serves\s+as\s+|,\s*(?:now|currently|presently)\s+${SERVING}?|\s+(?:is|['\u2019]s)\s+${NOW}*${SERVING}?|\s+${NOW}*serves\s+as\s+)(?:(?:the|an?)\s+)?(?:(?:acting|interim)\s+)?$`,
  'i',
);

export function presentPostConflicts(
  clauses: readonly Clause[],
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  pageDate: string | undefined,
): Found[] {
  const world = record.world;
  const day = pageDate?.slice(0, 10);
  if (!world || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return [];
  const out: Found[] = [];
  for (const t of clause.mentions) {
    if (t.type !== 'title' || t.negated || !t.value.id?.startsWith('w:')) continue;
    // The person named last before the title, in this clause or one before it.
    const person = clauses
      .flatMap((c) => c.mentions)
      .filter(
        (m): m is Mention & { type: 'person' } =>
          m.type === 'person' && !m.negated && m.end <= t.start,
      )
      .sort((a, b) => b.end - a.end)[0];
    if (!person || !PRESENT.test(sentence.slice(person.end, t.start))) continue;
    // Inside quoted words the present is the speaker's, not the page's.
    if ((sentence.slice(0, t.start).match(/["\u201C\u201D]/g) ?? []).length % 2 === 1) continue;
    const ids = [
      ...new Set(
        record.gazetteer
          .lookup(person.value.name)
          .filter((g) => g.kind === 'person' && g.id.startsWith('w:'))
          .map((g) => g.id.slice(2)),
      ),
    ];
    if (ids.length !== 1) continue;
    const office = t.value.id.slice(2);
    const terms = world
      .termsOf(person.value.name)
      .filter((x) => x.person.id === ids[0] && x.office.id === office);
    if (!terms.length || world.holdersOn(office, day).some((h) => h.person.id === ids[0])) continue;
    const title = terms[0]!.office.title;
    const span = terms.map((x) => `${x.holder.start ?? '?'} to ${x.holder.end ?? '?'}`).join(', ');
    out.push({
      mention: t,
      comparison: {
        slot: 'role',
        page: sentence.slice(person.end, t.end).replace(/^[\s,]+/, ''),
        record: `${title}, ${span}`,
      },
      explanation: `The page says ${person.value.name} holds the post now; the world file has ${person.value.name} as ${title} only from ${span}, not on the page's date (${showDate(day)}).`,
    });
  }
  return out;
}
