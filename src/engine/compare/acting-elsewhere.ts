/**
 * "Acting <title> X" (or "interim") for a person of the story whom the world
 * file has in that office only at other times: unlike a full title, an acting
 * one is not kept as a courtesy, so where the clause gives no year and the
 * page's date and every day of X's own events in the story fall outside all of
 * X's terms in that office, it is a conflict ("Acting ICE Director X" on a page
 * about X's acts years after X left ICE). A year in the clause puts the title
 * at that time: nothing. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { postOf } from './person-post.ts';
import type { StoryRecord } from './story-record.ts';

export function actingElsewhere(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
): { mention: Mention; comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world || !pageDate || clause.mentions.some((m) => m.type === 'date')) return [];
  if (/\b(?:19|20)\d\d\b/.test(sentence.slice(clause.start, clause.end))) return [];
  const out: { mention: Mention; comparison: Comparison; explanation: string }[] = [];
  for (const m of clause.mentions) {
    const q = m.type === 'person' ? m.value.qualifier : undefined;
    if (m.type !== 'person' || m.negated || (q !== 'acting' && q !== 'interim') || !m.value.title)
      continue;
    // "former acting chief", "then-acting chief": the title is put at another time.
    if (
      /\b(?:former|ex|then|onetime|once|previously)\b[^,;]*$/i.test(
        sentence.slice(Math.max(clause.start, m.start - 40), m.start),
      )
    )
      continue;
    const head = postOf(m.value.title)?.head;
    const ids = [
      ...new Set(
        record.gazetteer
          .lookup(m.value.name)
          .filter((g) => g.kind === 'person' && g.id.startsWith('w:') && record.people.has(g.id))
          .map((g) => g.id),
      ),
    ];
    if (!head || ids.length !== 1) continue;
    const id = ids[0] as string;
    const terms = world
      .termsOf(m.value.name)
      .filter(
        (t) =>
          t.person.id === id.slice(2) &&
          [t.office.title, ...(t.office.aliases ?? [])].some((n) => postOf(n)?.head === head),
      );
    const offices = [...new Set(terms.map((t) => t.office.id))];
    if (offices.length !== 1) continue;
    const office = offices[0] as string;
    const days = [
      pageDate.slice(0, 10),
      ...record.events
        .filter((e) => e.participants.some((p) => p.canon === id))
        .map((e) => e.event.date),
    ];
    if (days.some((d) => world.holdersOn(office, d).some((h) => h.person.id === id.slice(2))))
      continue;
    const title = terms[0]!.office.title;
    const span = terms.map((t) => `${t.holder.start ?? '?'} to ${t.holder.end ?? '?'}`).join(', ');
    out.push({
      mention: m,
      comparison: { slot: 'role', page: `${q} ${m.value.title}`, record: `${title}, ${span}` },
      explanation: `The world file has ${m.value.name} as ${title} only from ${span}, not at the time told; an ${q} title is not kept afterwards.`,
    });
  }
  return out;
}
