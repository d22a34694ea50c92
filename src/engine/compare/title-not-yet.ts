/**
 * A title put before a name on a page of a day before the person ever held the office ("President Trump" on a page of
 * 29 November 2016, weeks before his first term began): the page speaks from its own day, and the world file has
 * someone else holding that office then and the person's first term of it starting later. Later pages may give a
 * person the title they went on to hold ("President Trump" of his 2016 campaign, written in 2019): only a page of a
 * day before the person's first term is judged. World knowledge; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { showDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';
import type { Comparison } from './value-result.ts';

/** Words in a title that place it in another time ("President-elect", "former", "future", "then-"). */
const OTHER_TIME = /\b(?:elect|former|future|incoming|then|next|ex|later|soon)\b/i;

export function titleNotYetHeld(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
  pageDate: string | undefined,
): { comparison: Comparison; explanation: string; mention: Mention } | null {
  const world = record.world;
  if (!world || !pageDate) return null;
  const day = pageDate.slice(0, 10);
  for (const t of mentions) {
    if (t.type !== 'title' || t.negated || OTHER_TIME.test(t.text)) continue;
    const p = mentions.find(
      (m) =>
        m.type === 'person' &&
        !m.negated &&
        m.start >= t.end &&
        /^\s*$/.test(sentence.slice(t.end, m.start)),
    );
    if (
      !p ||
      p.type !== 'person' ||
      OTHER_TIME.test(sentence.slice(Math.max(0, t.start - 6), t.start))
    )
      continue;
    const title = t.text.toLowerCase();
    const terms = world
      .termsOf(p.value.name)
      .filter((x) =>
        [x.office.title, ...(x.office.aliases ?? [])].some(
          (n) => n.toLowerCase().replace(/^the\s+/, '') === title,
        ),
      );
    const people = new Set(terms.map((x) => x.person.id));
    if (!terms.length || people.size !== 1) continue;
    const first = terms.map((x) => x.holder.start).sort()[0];
    if (!first || first <= day) continue;
    const office = terms[0]!.office;
    const holder = world.holderOn(office.id, day);
    if (!holder || holder.person.id === terms[0]!.person.id) continue;
    return {
      comparison: { slot: 'role', page: `${t.text} ${p.text}`, record: holder.person.name },
      explanation: `On ${showDate(day)}, the page's own day, ${holder.person.name} was ${office.title}; ${terms[0]!.person.name} took office on ${showDate(first)}.`,
      mention: t,
    };
  }
  return null;
}
