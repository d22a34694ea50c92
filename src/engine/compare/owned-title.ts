/**
 * A title owned by a place ("Greece's police chief", "the Greece police chief", "the mayor of Greece") names that
 * place's holder. Where every person the record has under that post holds it for somewhere else (the record's police
 * chief is Rochester's), the title names no one the record has: the clause is not confirmed, and the place is the
 * title's, not where the event happened. A place that holds or lies within the post's (a state, a county) may be
 * a loose owner and is left alone. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { postOf } from './person-post.ts';
import type { StoryRecord } from './story-record.ts';
import type { Comparison } from './value-result.ts';

type Title = Mention & { type: 'title' };
type Place = Mention & { type: 'place' };

/** Between an owner place and its title: a possessive, or nothing after "the" ("the Greece police chief"). */
const POSSESSIVE = /^['\u2019]s\s+$/;
const ATTRIBUTIVE = /^\s+$/;
const THE_BEFORE = /\bthe\s+$/i;
/** Between a title and its place: "of" ("the mayor of Greece", "the police chief of the town of Greece"). */
const OF_PLACE = /^\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/i;

export interface OtherPlaceTitle {
  title: Title;
  place: Place;
  comparison: Comparison;
  explanation: string;
}

/** The place owning a title, by its words around it; null when none does, or a name follows the title ("Greece's chief, Jane Roe"). */
function ownerOf(sentence: string, mentions: readonly Mention[], t: Title): Place | null {
  if (
    mentions.some(
      (m) =>
        m.type === 'person' && m.start >= t.end && /^[\s,]*$/.test(sentence.slice(t.end, m.start)),
    )
  )
    return null;
  const place = ownerPlace(sentence, mentions, t);
  // "Magnus, Phoenix's police chief,", "Beck, the police chief of …": a named person's post, compared as theirs.
  const from = place ? Math.min(place.start, t.start) : 0;
  if (
    place &&
    mentions.some(
      (m) => m.type === 'person' && m.end <= from && APPOSED.test(sentence.slice(m.end, from)),
    )
  )
    return null;
  return place;
}

/** Between a name and the title apposed to it ("Magnus, Phoenix's …", "Beck, who was then the …"). */
const APPOSED =
  /^\s*(?:,|\(|\u2014|\u2013|--|\s(?:is|was))\s*(?:(?:who|is|was|then|now|the|a|an|at\s+the\s+time)\s+)*$/i;

/** A place right before the title (possessive, or attributive after "the") or after it with "of". */
function ownerPlace(sentence: string, mentions: readonly Mention[], t: Title): Place | null {
  for (const m of mentions) {
    if (m.type !== 'place' || m.negated) continue;
    if (m.end <= t.start) {
      const gap = sentence.slice(m.end, t.start);
      if (POSSESSIVE.test(gap)) return m;
      if (
        ATTRIBUTIVE.test(gap) &&
        THE_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start))
      )
        return m;
    } else if (m.start >= t.end && OF_PLACE.test(sentence.slice(t.end, m.start))) return m;
  }
  return null;
}

/** The world place a jurisdiction stands for: a place, or the place of an agency. */
function placeOfJurisdiction(record: StoryRecord, id: string): string | undefined {
  const world = record.world;
  if (!world) return undefined;
  if (world.place(id) || world.state(id)) return id;
  return world.agency(id)?.place;
}

/** Titles the clause gives a place of their own that no recorded holder of that post serves. */
export function otherPlaceTitles(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
): OtherPlaceTitle[] {
  const world = record.world;
  if (!world) return [];
  const out: OtherPlaceTitle[] = [];
  for (const t of mentions) {
    if (t.type !== 'title' || t.negated) continue;
    const place = ownerOf(sentence, mentions, t);
    if (!place) continue;
    const post = postOf(t.value.title);
    if (!post) continue;
    const owners = record.gazetteer
      .lookup(place.value.name)
      .filter((g) => g.id.startsWith('w:'))
      .map((g) => g.id.slice(2))
      .filter((id) => world.place(id) || world.state(id));
    // Only a place of the story's own ("Greece" where the record has a stop there): another place ("Buffalo's mayor") is
    // left to the place's own comparison, which finds it no place of the event.
    if (!owners.length || !owners.some((o) => record.storyCanons.has(`w:${o}`))) continue;
    // Everyone the record has under the post, with the place their post serves.
    const served: { name: string; at: string }[] = [];
    let unplaced = false;
    for (const person of record.people.values())
      for (const r of person.roles) {
        const p = postOf(r.title);
        if (!p || p.head !== post.head || p.rank !== post.rank) continue;
        // "fire chief" is not "police chief"; a bare "chief" is either.
        if (p.body.length && post.body.length && !p.body.some((w) => post.body.includes(w)))
          continue;
        const jurisdiction = r.office ? world.office(r.office)?.jurisdiction : undefined;
        const at = jurisdiction ? placeOfJurisdiction(record, jurisdiction) : undefined;
        if (at) served.push({ name: person.name, at });
        else unplaced = true;
      }
    if (!served.length || unplaced) continue;
    const near = (a: string, b: string) => a === b || world.within(a, b) || world.within(b, a);
    if (served.some((s) => owners.some((o) => near(o, s.at)))) continue;
    const where = (id: string) => world.place(id)?.name ?? world.state(id)?.name ?? id;
    // "Rochester's (Malik Evans, Lovely Warren)": the record's holders by the place they served.
    const byPlace = new Map<string, string[]>();
    for (const s of served) {
      const names = byPlace.get(s.at) ?? [];
      if (!names.includes(s.name)) names.push(s.name);
      byPlace.set(s.at, names);
    }
    const recorded = [...byPlace]
      .map(([at, names]) => `${where(at)}'s (${names.join(', ')})`)
      .join(' and ');
    out.push({
      title: t,
      place,
      comparison: {
        slot: 'person',
        page: `${place.value.name}'s ${t.value.title}`,
        record: recorded,
      },
      explanation: `The page's ${t.value.title} is ${place.value.name}'s; the ${t.value.title} this record has is ${recorded}, and it has no word of ${place.value.name}'s.`,
    });
  }
  return out;
}
