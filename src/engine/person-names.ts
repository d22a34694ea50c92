/**
 * The names a page may call a person of a story by, generated from the
 * entity rather than listed by hand: the surname alone, when no one else in
 * the story or the world file has it, and the surname or full name after a
 * title the entity's role gives ("Mayor Evans", "Police Chief Beck"). Used by
 * the speaker finder, the story's term lists and the typed reader's gazetteer,
 * so all three know the same names. General words of English news only.
 */
import type { Entity } from '../pack/schema.ts';
import { foldText } from './normalize.ts';

/** Titles a role may start with or contain, each with its short written forms. */
export const TITLES: Record<string, string[]> = {
  mayor: [],
  chief: ['police chief'],
  senator: ['sen.', 'state sen.', 'state senator'],
  governor: ['gov.'],
  captain: ['capt.'],
  sheriff: [],
  commissioner: [],
  president: [],
  ceo: ['chief executive', 'chief executive officer'],
  councilmember: ['council member', 'councilman', 'councilwoman'],
  representative: ['rep.'],
  judge: [],
};

/** Each title's written forms: itself, its short forms, and those without their full stop. */
export const titleForms = (title: string): string[] => [
  title,
  ...(TITLES[title] ?? []).flatMap((f) => (f.endsWith('.') ? [f, f.slice(0, -1)] : [f])),
];

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** A title's words, folded, without possessives, punctuation or dots ("Police Chief" → police, chief). */
export const wordsOf = (text: string) =>
  foldText(text)
    .replace(/['\u2019]s\b/g, ' ')
    .replace(/[^\p{L}\p{N}\s.-]/gu, ' ')
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter(Boolean);

/** The folded surname of a written name: its last word, leaving out "Jr." and the like; '' for a single word. */
export function surnameOf(name: string): string {
  let surname = surnames.get(name);
  if (surname === undefined) {
    const parts = foldText(name).split(/\s+/).filter(Boolean);
    while (parts.length > 1 && SUFFIX.test(parts[parts.length - 1] as string)) parts.pop();
    surname = parts.length > 1 ? (parts[parts.length - 1] as string) : '';
    if (surnames.size >= 4000) surnames.clear();
    surnames.set(name, surname);
  }
  return surname;
}

/** Surnames already found: the same few names are asked for hundreds of times while a story is indexed and read. */
const surnames = new Map<string, string>();

/** The shared surnames of one list of entities and one of world people, worked out once per pair of lists. */
const NO_PEOPLE: readonly { id: string; name: string }[] = [];
const sharedMemo = new WeakMap<
  readonly Entity[],
  WeakMap<readonly { id: string; name: string }[], ReadonlySet<string>>
>();

/**
 * Folded surnames more than one person has: the story's people and the world
 * file's (a story's person tied to a world person by `world` counts once).
 */
export function sharedSurnames(
  entities: readonly Entity[],
  worldPeople: readonly { id: string; name: string }[] = NO_PEOPLE,
): ReadonlySet<string> {
  let byPeople = sharedMemo.get(entities);
  if (!byPeople) sharedMemo.set(entities, (byPeople = new WeakMap()));
  let shared = byPeople.get(worldPeople);
  if (!shared) byPeople.set(worldPeople, (shared = sharedSurnamesOf(entities, worldPeople)));
  return shared;
}

function sharedSurnamesOf(
  entities: readonly Entity[],
  worldPeople: readonly { id: string; name: string }[],
): ReadonlySet<string> {
  const holders = new Map<string, Set<string>>();
  const add = (surname: string, who: string) => {
    if (!surname) return;
    const set = holders.get(surname) ?? new Set<string>();
    set.add(who);
    holders.set(surname, set);
  };
  for (const e of entities)
    if (e.kind === 'person') add(surnameOf(e.name), e.world ? `w:${e.world}` : `p:${e.id}`);
  for (const p of worldPeople) add(surnameOf(p.name), `w:${p.id}`);
  return new Set([...holders].filter(([, who]) => who.size > 1).map(([surname]) => surname));
}

const titlePatterns = new Map<string, RegExp>();
/** A title as a word of its own, not an owner ("the Mayor's Office"). */
function titlePattern(title: string): RegExp {
  let re = titlePatterns.get(title);
  if (!re) titlePatterns.set(title, (re = new RegExp(`\\b${title}\\b(?!['\u2019]s\\b)`)));
  return re;
}

/** The titles (keys of TITLES) the entity's role and roles give it. */
export function titlesOf(entity: Entity): string[] {
  const text = foldText(
    [entity.role ?? '', ...(entity.roles ?? []).map((r) => r.title)].join(' ; '),
  );
  // Not a title in an agency's name ("Los Angeles County Sheriff's Department", "the Mayor's Office").
  return Object.keys(TITLES).filter((t) => titlePattern(t).test(text));
}

/** A person's folded surname, when a page may use it alone: long enough, and no one else in the story or world has it. */
export function surnameAlone(entity: Entity, shared: ReadonlySet<string>): string | undefined {
  const surname = entity.kind === 'person' ? surnameOf(entity.name) : '';
  return surname.length >= 3 && !shared.has(surname) ? surname : undefined;
}

/** The folded names generated for a person (none for other kinds): surname when not shared, title + surname, title + full name. */
export function generatedNames(entity: Entity, shared: ReadonlySet<string>): string[] {
  if (entity.kind !== 'person') return [];
  const surname = surnameOf(entity.name);
  if (!surname) return [];
  const full = foldText(entity.name);
  const out: string[] = [];
  const alone = surnameAlone(entity, shared);
  if (alone) out.push(alone);
  for (const title of titlesOf(entity))
    for (const form of titleForms(title)) out.push(`${form} ${surname}`, `${form} ${full}`);
  return out;
}

/** The entity's folded name and aliases, with the names generated for a person. */
export function namesOf(entity: Entity, shared: ReadonlySet<string>): string[] {
  let byShared = namesMemo.get(entity);
  if (!byShared) namesMemo.set(entity, (byShared = new WeakMap()));
  let names = byShared.get(shared);
  if (!names)
    byShared.set(
      shared,
      (names = Object.freeze([
        ...new Set(
          [entity.name, ...(entity.aliases ?? [])]
            .map(foldText)
            .concat(generatedNames(entity, shared)),
        ),
      ])),
    );
  return names as string[];
}

/** An entity's names, once per entity and set of shared surnames (indexing a story asks for them again and again). */
const namesMemo = new WeakMap<Entity, WeakMap<ReadonlySet<string>, readonly string[]>>();
