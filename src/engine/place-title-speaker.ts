/**
 * A speaker given by a place and a post only, with no name: "Denver's chief
 * put it even more sharply: “…”", "said the Tucson chief", "the Eastport
 * mayor said". The place is one of the story's places (its name or an alias,
 * or the name before a comma: "Tucson" of "Tucson, Arizona"); the post is one
 * of the general titles (person-names.ts). Read with the same rules as a named
 * speaker (quote-speaker.ts), only when the sentence names no one of the story
 * as speaking.
 *
 * The holder is the story's one person whose role names that place and that
 * post. With no holder on record, the words of a recorded speaker whose role
 * names another of the story's places and not this one (or this place but
 * another post) are credited to someone else: the caller may call that
 * misattributed. Anything less certain is left alone.
 */
import type { Entity } from '../pack/schema.ts';
import { foldText } from './normalize.ts';
import { titleForms, titlesOf, TITLES } from './person-names.ts';
import { creditedSpeaker, type Speaker } from './quote-speaker.ts';

export interface PlaceTitle {
  /** The place as the record names it ("Denver"). */
  place: string;
  /** The post, a key of TITLES ("chief"). */
  post: string;
  /** The story's one person holding that post in that place, if any. */
  holder?: Entity;
}

interface Place {
  entity: Entity;
  names: string[];
}

/** The folded names of a place: its name, its aliases, and each one's part before a comma. */
function placeNames(e: Entity): string[] {
  const all = [e.name, ...(e.aliases ?? [])]
    .flatMap((n) => [n, n.split(',')[0] ?? ''])
    .map((n) => foldText(n).trim());
  return [...new Set(all.filter((n) => n.length >= 3))];
}

const roleText = (e: Entity) =>
  foldText([e.role ?? '', ...(e.roles ?? []).map((r) => r.title)].join(' ; '));
const hasWords = (text: string, words: string) =>
  new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(
    text,
  );

const placeCache = new WeakMap<readonly Entity[], Place[]>();

/** The story's places with their folded names, once per list of entities. */
function placesOf(entities: readonly Entity[]): Place[] {
  let places = placeCache.get(entities);
  if (!places) {
    places = entities
      .filter((e) => e.kind === 'place')
      .map((entity) => ({ entity, names: placeNames(entity) }))
      .filter((p) => p.names.length);
    placeCache.set(entities, places);
  }
  return places;
}

const cache = new WeakMap<
  readonly Entity[],
  { places: Place[]; speakers: Speaker[]; meaning: Map<string, { place: Place; post: string }> }
>();

/** Every place and post as a speaker (hundreds of names): built only for a page with a sentence that names a place. */
function indexOf(entities: readonly Entity[]) {
  let out = cache.get(entities);
  if (!out) {
    const places = placesOf(entities);
    const speakers: Speaker[] = [];
    const meaning = new Map<string, { place: Place; post: string }>();
    for (const place of places) {
      for (const post of Object.keys(TITLES)) {
        const id = `place-title:${place.entity.id}:${post}`;
        const names = place.names.flatMap((p) =>
          titleForms(post).flatMap((f) => [`${p}'s ${f}`, `${p} ${f}`]),
        );
        speakers.push({
          entity: { id, kind: 'person', name: `${place.entity.name} ${post}` },
          names,
        });
        meaning.set(id, { place, post });
      }
    }
    out = { places, speakers, meaning };
    cache.set(entities, out);
  }
  return out;
}

/** The places of the story a person's role names ("Chief of the Los Angeles Police Department": Los Angeles). */
function placesOfRole(e: Entity, entities: readonly Entity[]): Entity[] {
  const text = roleText(e);
  return placesOf(entities)
    .filter((p) => p.names.some((n) => hasWords(text, n)))
    .map((p) => p.entity);
}

/** Outside the quotes, what stands before the place and post: nothing but "the" (the subject; after a script's "ANNA:" too), a verb of speech or "as" ("said the", "as"), or a closing quote ("“…,” the Westmoor mayor said"). */
const LEAD =
  /(?:^(?:[\p{L}][\p{L}.' -]{0,30}:\s*)?|\uE000[\s,]*|\b(?:said|says|added|adds|wrote|writes|according to|as))\s*(?:the\s+)?$/u;
function subjectOrInverted(sentence: string, names: readonly string[]): boolean {
  const text = foldText(sentence).replace(/"[^"]*(?:"|$)/g, '\uE000');
  const at = Math.min(
    ...names
      .map((n) =>
        text.search(
          new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'),
        ),
      )
      .filter((i) => i >= 0),
  );
  return Number.isFinite(at) && LEAD.test(text.slice(0, at));
}

/** The place and post a sentence credits its quoted words to, with no name; undefined when it does not. */
export function placeTitledSpeaker(
  sentence: string,
  entities: readonly Entity[],
): PlaceTitle | undefined {
  // Every name of a place-and-post speaker opens with a place's name, which then stands in the folded sentence:
  // without one, no such speaker is credited.
  const places = placesOf(entities);
  const folded = foldText(sentence);
  if (!places.some((p) => p.names.some((n) => folded.includes(n)))) return undefined;
  const { speakers, meaning } = indexOf(entities);
  if (!speakers.length) return undefined;
  const found = creditedSpeaker(sentence, '', speakers);
  if (!found) return undefined;
  const m = meaning.get(found.entity.id);
  if (!m || !subjectOrInverted(sentence, found.names)) return undefined;
  const holders = entities.filter(
    (e) =>
      e.kind === 'person' &&
      titlesOf(e).includes(m.post) &&
      m.place.names.some((n) => hasWords(roleText(e), n)),
  );
  return {
    place: m.place.entity.name,
    post: m.post,
    ...(holders.length === 1 ? { holder: holders[0] } : {}),
  };
}

/**
 * Whether words a recorded speaker said are, by a place-and-post credit with no holder on record, credited
 * to someone else: the speaker's role names places of the story, not this one; or names this one, and
 * gives them posts, not this one.
 */
export function creditsSomeoneElse(
  credit: PlaceTitle,
  speaker: Entity,
  entities: readonly Entity[],
): boolean {
  if (credit.holder || speaker.kind !== 'person') return false;
  const places = placesOfRole(speaker, entities).map((p) => p.name);
  if (!places.length) return false;
  if (!places.includes(credit.place)) return true;
  const posts = titlesOf(speaker);
  return posts.length > 0 && !posts.includes(credit.post);
}
