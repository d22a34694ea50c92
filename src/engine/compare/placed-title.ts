/**
 * A bare title with the place it belongs to named in its clause ("For Denver, the chief signed …", "In Tucson the
 * mayor said …"): the words name the world office of that title whose jurisdiction is that place (or an agency of
 * it), and so its holder at the time of the story's central events. The title is read as that person, so the roles the
 * record gives its events are checked as they are for a name. Only when one place is named in the clause, the title
 * stands alone (no name beside it, no qualifier) and one person held the office on every central day. World knowledge; nothing
 * here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { StoryRecord } from './story-record.ts';

/** Right before the title: "the", or an owner ("Denver's", or "its" for the clause's one place: "Denver's message came from its chief"); "police" may come between. */
const BEFORE = /(?:\bthe|\bits|['\u2019]s)\s+(?:police\s+|city['\u2019]s\s+)?$/i;
/** The place as the title's modifier: "the Tucson chief", "the Tucson police chief" (the clause's start or "the" before the place). */
const PLACE_BETWEEN = /^\s+(?:police\s+)?$/i;
const BEFORE_PLACE = /(?:^\s*|\bthe\s+)$/i;
function placeBefore(clause: Clause, sentence: string, title: Mention): boolean {
  return clause.mentions.some(
    (p) =>
      p.type === 'place' &&
      !p.negated &&
      p.end <= title.start &&
      PLACE_BETWEEN.test(sentence.slice(p.end, title.start)) &&
      BEFORE_PLACE.test(sentence.slice(clause.start, p.start)),
  );
}
/** Between a name and a title in apposition that puts it at the time told: ", then the", ", at the time the". */
const APPOSED_THEN =
  /^\s*,\s*(?:then|at\s+the\s+time|at\s+that\s+time|back\s+then|by\s+then)\s*,?\s+(?:the\s+)?$/i;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A relative clause that gives its antecedent the title: "who was then Denver's …", "who is the …". */
const WHO_IS = /^\s*who\s+(?:is|was|had\s+been|became)\b/i;
const bare = (id: string) => id.replace(/^w:/, '');

function holderOf(
  record: StoryRecord,
  place: string,
  title: string,
): { name: string; id: string; holders: Set<string> } | null {
  const world = record.world;
  if (!world) return null;
  const offices = world.world.offices.filter((o) => {
    const agency = world.agency(o.jurisdiction);
    const where = agency ? agency.place : o.jurisdiction;
    // "police chief" names the office called "Denver police chief" in Denver.
    const here = world.place(place)?.name.toLowerCase();
    return (
      where === place &&
      [o.title, ...(o.aliases ?? [])].some(
        (f) =>
          f.toLowerCase() === title ||
          (here !== undefined && f.toLowerCase() === `${here} ${title}`),
      )
    );
  });
  if (offices.length !== 1) return null;
  const days = record.central.map((e) => e.event.date).filter((d) => FULL_DAY.test(d));
  if (!days.length) return null;
  const holders = new Set(days.map((d) => world.holderOn(offices[0]!.id, d)?.person));
  const [person] = [...holders];
  // Everyone who ever held the office, as canons.
  const ever = new Set((offices[0]!.holders ?? []).map((h) => `w:${h.person}`));
  return holders.size === 1 && person
    ? { name: person.name, id: `w:${person.id}`, holders: ever }
    : null;
}

/** The one town the clause's titles name as their world office's own ("tucson police chief": Tucson), if any. */
function ownPlace(record: StoryRecord, titles: readonly Mention[]): string | undefined {
  const world = record.world;
  const found = new Set<string>();
  for (const t of titles) {
    const office =
      t.type === 'title' && t.value.id?.startsWith('w:')
        ? world?.office(bare(t.value.id))
        : undefined;
    if (!office || !world) continue;
    const where = world.agency(office.jurisdiction)?.place ?? office.jurisdiction;
    const name = world.place(where)?.name.toLowerCase();
    if (name && t.type === 'title' && t.value.title.toLowerCase().startsWith(`${name} `))
      found.add(where);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The clauses, each bare title with its clause's one place read as the office's holder then. */
export function withPlacedTitles(
  clauses: readonly Clause[],
  sentence: string,
  record: StoryRecord,
): Clause[] {
  if (!record.world) return [...clauses];
  return clauses.map((clause) => {
    const titles = clause.mentions.filter((m) => m.type === 'title' && !m.negated);
    if (!titles.length) return clause;
    const places = new Set(
      clause.mentions.flatMap((m) =>
        m.type === 'place' && m.value.id && !m.negated ? [bare(m.value.id)] : [],
      ),
    );
    // No place of its own: a title that names its town ("the Tucson police chief") places itself.
    const place =
      places.size === 1 ? [...places][0] : places.size === 0 ? ownPlace(record, titles) : undefined;
    if (!place) return clause;
    const people = clause.mentions.filter((m) => m.type === 'person');
    let changed = false;
    const mentions = clause.mentions.map((m): Mention => {
      // A qualified title ("acting chief") is judged as it stands.
      if (m.type !== 'title' || m.negated || m.value.qualifier) return m;
      // A name beside the title ("Chief Jane Roe", "Roe, the chief", "Roe, then the chief") is who it is; so is the
      // name a relative clause giving the title is about ("Roe, who was then Denver's police chief,").
      if (
        WHO_IS.test(sentence.slice(clause.start, m.start)) ||
        people.some(
          (p) =>
            (p.start >= m.end && p.start - m.end <= 3) ||
            (p.end <= m.start &&
              (m.start - p.end <= 6 || APPOSED_THEN.test(sentence.slice(p.end, m.start)))),
        )
      )
        return m;
      if (
        !BEFORE.test(sentence.slice(Math.max(0, m.start - 20), m.start)) &&
        !placeBefore(clause, sentence, m)
      )
        return m;
      const holder = holderOf(record, place, m.value.title);
      if (!holder) return m;
      // Someone in the clause who held the office at some time ("Los Angeles's police chief is <a later chief>"): the
      // title may be theirs, told at another time.
      const canons = people.flatMap((p) =>
        record.gazetteer.lookup(p.value.name).map((g) => record.entityCanon.get(g.id) ?? g.id),
      );
      if (canons.some((c) => holder.holders.has(c))) return m;
      changed = true;
      return {
        type: 'person',
        text: m.text,
        start: m.start,
        end: m.end,
        negated: m.negated,
        value: { name: holder.name, id: holder.id, title: m.value.title },
      } as Mention;
    });
    return changed ? { ...clause, mentions } : clause;
  });
}
