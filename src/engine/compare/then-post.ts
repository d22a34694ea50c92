/**
 * "then-Mayor X" with a year of its own in the clause ("The 2018 ordinance was
 * put forward by then-Mayor X"): "then-" puts the post at the time told, so no
 * courtesy title. When the world file has X holding that office (one X held
 * at some time, of the title's head) on no day of that year, and one other
 * person holding it all year, it is a conflict. Without one year, or with a
 * later time in the clause ("later", "years after"), nothing. Nothing here
 * knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { postOf } from './person-post.ts';
import type { StoryRecord } from './story-record.ts';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

export function thenPostConflicts(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): { mention: Mention; comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world || clause.mentions.some((m) => m.type === 'relative-time')) return [];
  const text = sentence.slice(clause.start, clause.end);
  const years = [
    ...new Set(
      [...text.matchAll(/(?<![\d,.$-])(19\d\d|20\d\d)(?![\d-]|s\b)/g)].map((y) => y[1] as string),
    ),
  ];
  if (years.length !== 1) return [];
  const year = years[0] as string;
  const out: { mention: Mention; comparison: Comparison; explanation: string }[] = [];
  for (const m of clause.mentions) {
    if (m.type !== 'person' || m.negated || m.value.qualifier !== 'then' || !m.value.title)
      continue;
    const head = postOf(m.value.title)?.head;
    if (!head) continue;
    const terms = world.termsOf(m.value.name);
    const persons = new Set(terms.map((t) => t.person.id));
    if (persons.size !== 1) continue;
    const offices = [
      ...new Set(
        terms
          .filter((t) =>
            [t.office.title, ...(t.office.aliases ?? [])].some((n) => postOf(n)?.head === head),
          )
          .map((t) => t.office.id),
      ),
    ];
    if (offices.length !== 1) continue;
    const office = offices[0] as string;
    const on = MONTHS.map((mm) => world.holdersOn(office, `${year}-${mm}-15`));
    // They held it (or may have) some time that year: nothing to say.
    if (on.some((hs) => hs.some((h) => persons.has(h.person.id)))) continue;
    const others = new Set(
      on.flatMap((hs) => hs.filter((h) => h.status === 'in').map((h) => h.person.id)),
    );
    if (others.size !== 1 || on.some((hs) => !hs.some((h) => h.status === 'in'))) continue;
    const other = world.person([...others][0] as string);
    if (!other) continue;
    const title = on[0]![0]!.office.title;
    out.push({
      mention: m,
      comparison: { slot: 'person', page: m.text, record: `${other.name} (${title}, ${year})` },
      explanation: `The world file has ${other.name} as ${title} in ${year}; ${m.value.name} did not hold the post then.`,
    });
  }
  return out;
}
