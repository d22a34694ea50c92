/**
 * A small index over the world file for the engine: who held an office on a
 * date, which offices a named person held, whether one agency is part of
 * another or one place within another, and lookups by name. Pure: no DOM, no
 * Node APIs. Names are looked up folded (see fold.ts).
 */
import { foldName } from './fold.ts';
import type {
  Agency,
  AgencyKind,
  Holder,
  Office,
  Outlet,
  Person,
  Place,
  State,
  World,
} from './schema.ts';
import { termStatus, type TermStatus } from './terms.ts';

/** One term of one office. */
export interface Term {
  office: Office;
  person: Person;
  holder: Holder;
}

/** A term and whether it covers the date asked about (`out` terms are never returned). */
interface TermOnDate extends Term {
  status: Exclude<TermStatus, 'out'>;
}

export interface WorldIndex {
  readonly world: World;
  /** The holder surely in the office on the date (a confirmed holder before an acting one), if the record says. */
  holderOn(officeId: string, date: string): Term | undefined;
  /** Every holder who surely (`in`) or perhaps (`unknown`) held the office on the date. */
  holdersOn(officeId: string, date: string): readonly TermOnDate[];
  /** The offices a person named so (full name or alias) surely or perhaps held on the date. */
  officesHeldBy(name: string, date: string): TermOnDate[];
  /** Every recorded term of everyone named so. */
  termsOf(name: string): Term[];
  /** Everyone recorded under that name or alias (a surname may name several). */
  peopleNamed(name: string): Person[];
  /** Whether agency `a` is part of agency `b`, directly or through others (HSI of DHS). Not of itself. */
  isPartOf(a: string, b: string): boolean;
  /** Whether place (or state) `a` is within `b`, directly or through others; everything is within the country. Not within itself. */
  within(a: string, b: string): boolean;
  /** The state a place is in; a state is its own. */
  stateOf(placeId: string): State | undefined;
  /** The agency named so; with a place, also by the local aliases of agencies there ("RPD" in Rochester). */
  agencyNamed(name: string, placeId?: string): Agency | undefined;
  /** The kind of local or state agency a name ends with ("Greece Police Department" → police department). */
  agencyKindOf(name: string): AgencyKind | undefined;
  /** Every place named so (Kansas City is in two states). */
  placesNamed(name: string): Place[];
  /** The state (or district, or territory) named so, by name, postal code or AP abbreviation. */
  stateNamed(name: string): State | undefined;
  outletNamed(name: string): Outlet | undefined;
  office(id: string): Office | undefined;
  agency(id: string): Agency | undefined;
  person(id: string): Person | undefined;
  place(id: string): Place | undefined;
  state(id: string): State | undefined;
  outlet(id: string): Outlet | undefined;
}

function multiMap<T>(items: readonly T[], names: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const name of new Set(names(item).map(foldName))) {
      const list = map.get(name);
      if (list) list.push(item);
      else map.set(name, [item]);
    }
  }
  return map;
}

function byName<T>(items: readonly T[], names: (item: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) for (const name of names(item)) map.set(foldName(name), item);
  return map;
}

/** Follows a chain of links (bounded, so a cycle in unvalidated data cannot hang). */
function reaches(
  from: string,
  to: string,
  link: (id: string) => string | undefined,
  limit: number,
): boolean {
  let next = link(from);
  for (let steps = 0; next !== undefined && steps <= limit; steps++, next = link(next))
    if (next === to) return true;
  return false;
}

/** Indexes a validated world (see parse-world.ts). */
export function indexWorld(world: World): WorldIndex {
  const offices = new Map(world.offices.map((o) => [o.id, o]));
  const agencies = new Map(world.agencies.map((a) => [a.id, a]));
  const places = new Map(world.places.map((p) => [p.id, p]));
  const states = new Map(world.states.map((s) => [s.id, s]));
  const outlets = new Map(world.outlets.map((o) => [o.id, o]));
  const people = new Map(world.people.map((p) => [p.id, p]));

  const peopleByName = multiMap(world.people, (p) => [p.name, ...(p.aliases ?? [])]);
  const placesByName = multiMap(world.places, (p) => [p.name, ...(p.aliases ?? [])]);
  const localAgencies = multiMap(world.agencies, (a) => a.localAliases ?? []);
  const agenciesByName = byName(world.agencies, (a) => [a.name, ...(a.aliases ?? [])]);
  const statesByName = byName(world.states, (s) => [
    s.name,
    s.postal,
    ...(s.ap ?? []),
    ...(s.aliases ?? []),
  ]);
  const outletsByName = byName(world.outlets, (o) => [o.name, ...(o.aliases ?? [])]);
  const kindTerms = world.agencyKinds
    .flatMap((kind) => kind.terms.map((term) => ({ kind, term: foldName(term) })))
    .sort((a, b) => b.term.length - a.term.length);

  const termsByPerson = new Map<string, Term[]>();
  for (const office of world.offices) {
    for (const holder of office.holders) {
      const person = people.get(holder.person);
      if (!person) continue;
      const list = termsByPerson.get(person.id) ?? [];
      list.push({ office, person, holder });
      termsByPerson.set(person.id, list);
    }
  }

  const onDate = (terms: readonly Term[], date: string): TermOnDate[] =>
    terms.flatMap((term) => {
      const status = termStatus(term.holder, date);
      return status === 'out' ? [] : [{ ...term, status }];
    });
  // The world file never changes: each office's terms are built once, and the holders on a day are kept (a page asks
  // the same few offices about the same few days for each of its sentences). Callers only read the arrays.
  const officeTerms = new Map<string, Term[]>();
  const held = new Map<string, readonly TermOnDate[]>();
  const holdersOn = (officeId: string, date: string): readonly TermOnDate[] => {
    const key = `${officeId}|${date}`;
    const known = held.get(key);
    if (known) return known;
    const office = offices.get(officeId);
    if (!office) return [];
    let terms = officeTerms.get(officeId);
    if (!terms) {
      terms = office.holders.flatMap((holder) => {
        const person = people.get(holder.person);
        return person ? [{ office, person, holder }] : [];
      });
      officeTerms.set(officeId, terms);
    }
    if (held.size >= 4096) held.clear();
    const out = onDate(terms, date);
    held.set(key, out);
    return out;
  };
  const peopleNamed = (name: string) => peopleByName.get(foldName(name)) ?? [];
  const termsOf = (name: string) => peopleNamed(name).flatMap((p) => termsByPerson.get(p.id) ?? []);
  const parentOf = (id: string) => places.get(id)?.within ?? places.get(id)?.state;

  const within = (a: string, b: string): boolean => {
    if (!(places.has(a) || states.has(a))) return false;
    if (b === world.country.id) return true;
    return reaches(a, b, parentOf, places.size);
  };

  return {
    world,
    holderOn: (officeId, date) => {
      const sure = holdersOn(officeId, date).filter((t) => t.status === 'in');
      const term = sure.find((t) => !t.holder.acting) ?? sure[0];
      return term && { office: term.office, person: term.person, holder: term.holder };
    },
    holdersOn,
    officesHeldBy: (name, date) => onDate(termsOf(name), date),
    termsOf,
    peopleNamed,
    isPartOf: (a, b) => a !== b && reaches(a, b, (id) => agencies.get(id)?.partOf, agencies.size),
    within,
    stateOf: (id) => states.get(id) ?? states.get(places.get(id)?.state ?? ''),
    agencyNamed: (name, placeId) => {
      const key = foldName(name);
      const agency = agenciesByName.get(key);
      if (agency || placeId === undefined) return agency;
      return localAgencies
        .get(key)
        ?.find((a) => a.place !== undefined && (a.place === placeId || within(placeId, a.place)));
    },
    agencyKindOf: (name) => {
      const key = foldName(name);
      return kindTerms.find(({ term }) => key === term || key.endsWith(` ${term}`))?.kind;
    },
    placesNamed: (name) => placesByName.get(foldName(name)) ?? [],
    stateNamed: (name) => statesByName.get(foldName(name)),
    outletNamed: (name) => outletsByName.get(foldName(name)),
    office: (id) => offices.get(id),
    agency: (id) => agencies.get(id),
    person: (id) => people.get(id),
    place: (id) => places.get(id),
    state: (id) => states.get(id),
    outlet: (id) => outlets.get(id),
  };
}
