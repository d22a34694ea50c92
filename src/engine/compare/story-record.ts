/**
 * A story's record, ready for comparison: the gazetteer the typed reader
 * uses (the world file's names and the story's entities), the events with
 * their folded words, and the relations the comparer asks about (an agency
 * part of another, a place within another, who held which post when). Every
 * name and relation comes from the pack and the world file: nothing here
 * knows a story. Built once per story, on the first page that retells it.
 */
import { STREET_SUFFIXES } from '../street-suffixes.ts';
import type { Entity, OutcomeKind, Role, Story, StoryEvent } from '../../pack/schema.ts';
import type { CourtRecord, DispositionRecord } from './compare-legal.ts';
import type { WorldIndex } from '../../world/world-index.ts';
import { foldText } from '../normalize.ts';
import type { OutcomeNature } from '../read/types.ts';
import { sharedSurnames, surnameAlone } from '../person-names.ts';
import { reactionParties, type Party } from './reaction-turned.ts';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerKind,
} from '../read/gazetteer.ts';

/** A post held from `from` up to (not including) `to`; `office` lets the world file decide instead. */
export interface HeldRole extends Role {
  /** Folded title words. */
  titleWords: string[];
}

export interface RecordPerson {
  canon: string;
  name: string;
  roles: HeldRole[];
  /** The agencies the record has them working for: their offices' jurisdictions and those the pack's free-text role names. */
  agencies: string[];
  /** The pack's free-text role ("Denver Police Department spokesman"), if any. */
  role?: string;
  /** The party the record or the world file gives them. */
  party?: 'democratic' | 'republican';
}

/** A quantity's note that is only a rough count ("about 100", "roughly 1,500"): how the record says the range. */
const APPROXIMATE_NOTE =
  /^(?:about|around|roughly|approximately|some|nearly|almost|an estimated)\s+[\d,]+$/i;

export interface IndexedEvent {
  event: StoryEvent;
  words: string[];
  /** Canonical ids of participants, by role (not the outlets a report credited: `credited`). */
  participants: { role: string; canon: string; from?: string }[];
  /** The outlets a report of the event credited for it (pack role `credited`; report-credit.ts): no part in the event. */
  credited?: string[];
  /** The bodies and people a report quoted, when the record lists them all (pack role `quoted`; quoted-bodies.ts): no part in the event. */
  quotedBodies?: string[];
  /** Canonical ids of its places, most precise first. */
  places: string[];
  /** `said`: the record's own words for the range when they are a short approximate count ("about 100"). */
  quantities: { nouns: Set<string>; min: number; max: number; said?: string }[];
  /** How many of each a report of the event quoted (pack `quoted`: its statements, speakers, departments); kept apart from `quantities`. */
  quoted?: { nouns: Set<string>; min: number; max: number }[];
  outcomes: Map<
    OutcomeKind,
    { count?: number; nouns: Set<string>; places?: string[]; nature?: OutcomeNature; some?: true }
  >;
  negatives: Map<OutcomeKind, string>;
  /** What its holders said they do, will or will not do (canonical holder ids). */
  commitments: {
    action: string;
    does: boolean;
    times: ReadonlySet<string>;
    holders: ReadonlySet<string>;
    statement: string;
    outright?: true | readonly string[];
  }[];
  /** What a speaker said an act would do to something (pack 0.7.6; stance-turned.ts). */
  effects?: {
    of: readonly string[];
    on: readonly string[];
    direction: 'harms' | 'helps';
    holders: ReadonlySet<string>;
    statement: string;
  }[];
  /** Who took the lead and who stood back, as a speaker told it (pack 0.7.6; canonical ids). */
  leads?: {
    led: ReadonlySet<string>;
    stoodBack: ReadonlySet<string>;
    holders: ReadonlySet<string>;
    statement: string;
  }[];
  /** How an actor judged another (reaction-turned.ts): canonical ids, and each party's folded names and role nouns. */
  reactions?: {
    holders: ReadonlySet<string>;
    toward: ReadonlySet<string>;
    polarity: 'for' | 'against';
    statement: string;
    parties: ReadonlyMap<string, Party>;
    members?: readonly string[];
  }[];
  /** Negatives that what happened instead rules out, up to `through` (record-extent.ts). */
  ruledOut?: Map<OutcomeKind, { through?: string; instead?: OutcomeKind[] }>;
  /** Who the record says was not there or took no part: canonical id → what the record says. */
  absent?: Map<string, string>;
  /** The vote, when the event is one. */
  vote?: { for?: number; against: number; statement: string };
  /** Bodies only part of which took part: their folded names and the record's words for the part. */
  parts?: { names: string[]; part: string; canon: string }[];
  /** The court case it is a step of (compare-legal.ts); defendants as canonical ids. */
  legal?: {
    court?: CourtRecord;
    disposition?: DispositionRecord;
    defendants?: Set<string>;
    defendantsStatement?: string;
    /** The documents the suit challenges, as canonical ids (suit-targets.ts). */
    targets?: Set<string>;
    targetsStatement?: string;
  };
  /** Prior events of a person of the event, counted; `nouns` folded. */
  priors?: {
    kind: OutcomeKind;
    count: number;
    year?: number;
    nouns: string[];
    statement: string;
  }[];
  /** Vehicles of the event: folded nouns and colours, and the record's words. */
  vehicles?: { nouns: string[]; colours: string[]; statement: string }[];
}

export interface StoryRecord {
  gazetteer: Gazetteer;
  events: IndexedEvent[];
  world: WorldIndex | undefined;
  /** Display name of a canonical id. */
  nameOf(canon: string): string;
  /** Canonical ids of everything `canon` is part of or lies within (not itself). */
  ancestors(canon: string): ReadonlySet<string>;
  /** Canonical ids of the agencies, people and places the story's entities name. */
  storyCanons: ReadonlySet<string>;
  /** Folded, normalised names of the story's streets → canonical id. */
  streets: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, RecordPerson>;
  entityCanon: ReadonlyMap<string, string>;
  /** Canonical ids of the story's outlets (outlet entities, and the publishers of its sources the gazetteer knows). */
  outlets: ReadonlySet<string>;
  /** Lower-case names of the story's outlets and its sources' publishers. */
  outletNames: ReadonlySet<string>;
  /** Folded names of the story's organizations ("rochester police locust club"): words inside one are no agency or place of their own. */
  organizationNames: readonly string[];
  /** The story's names that end in a number ("General Order 502"): the words before it, the number, the name. */
  numbered: readonly { prefix: string; number: string; name: string }[];
  /** The story's documents (laws, policies, orders): canonical id, name, folded names, and what each renewed (suit-targets.ts). */
  documents: readonly { canon: string; name: string; names: string[]; supersedes: string[] }[];
  /** The story's central events (its recognition's `events`): the time a page means by "at the time" when it names none. */
  central: readonly IndexedEvent[];
  /** The publisher of each of the story's sources, by source id ("Police1 (re-posted by Gov1)"; report-credit.ts). */
  publishers?: ReadonlyMap<string, string>;
  /** The headlines of the story's reports, with their publishers (headline-outlet.ts). */
  headlines?: readonly { publisher: string; text: string; url?: string }[];
  /** The story's original reports with the dates the record gives them ("2016-11": the month only), when it gives one (original-published.ts). */
  originalDates?: readonly { id?: string; publisher: string; date: string }[];
  /** Organisations with the place they are based in (an organisation's `within`; seat.ts): folded names, the seat's canonical id. */
  seats?: readonly { names: string[]; name: string; seat: string }[];
}

const GAZETTEER_KIND: Partial<Record<Entity['kind'], GazetteerKind>> = {
  person: 'person',
  agency: 'agency',
  place: 'place',
  outlet: 'outlet',
};

/** "officers" and "officer" compare equal; so do "men" and "man" is not attempted (irregular plurals are listed by authors). */
export const singular = (noun: string): string => {
  const w = foldText(noun.trim());
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
};

/** Whether two canonical ids are the same, or one lies within (or is part of) the other. */
export function sameOrNested(record: StoryRecord, a: string, b: string): boolean {
  return a === b || record.ancestors(a).has(b) || record.ancestors(b).has(a);
}

/** A street's name folded with its suffix spelled out ("Whitney St." → "whitney street"). */
export function streetKey(name: string): string {
  const words = foldText(name).replace(/\./g, '').split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (last && STREET_SUFFIXES[last]) words[words.length - 1] = STREET_SUFFIXES[last] as string;
  return words.join(' ');
}

/** A name with its aliases, the aliases array not copied through an iterator when there are none (most). */
const withAliases = (name: string, aliases: readonly string[] | undefined): string[] =>
  aliases?.length ? [name, ...aliases] : [name];

function worldEntries(world: WorldIndex): GazetteerEntry[] {
  const w = world.world;
  const out: GazetteerEntry[] = [];
  for (const a of w.agencies)
    out.push({ kind: 'agency', id: `w:${a.id}`, names: withAliases(a.name, a.aliases) });
  // Postal codes are left out: "IN", "OR" and "ME" are words in a headline in capitals.
  for (const s of w.states)
    out.push({
      kind: 'state',
      id: `w:${s.id}`,
      names: [s.name, ...(s.ap ?? []), ...(s.aliases ?? [])],
    });
  for (const p of w.places)
    out.push({ kind: 'place', id: `w:${p.id}`, names: withAliases(p.name, p.aliases) });
  for (const p of w.people)
    out.push({ kind: 'person', id: `w:${p.id}`, names: withAliases(p.name, p.aliases) });
  for (const o of w.outlets)
    out.push({ kind: 'outlet', id: `w:${o.id}`, names: withAliases(o.name, o.aliases) });
  for (const o of w.offices)
    out.push({ kind: 'office', id: `w:${o.id}`, names: withAliases(o.title, o.aliases) });
  return out;
}

/** Builds the record of one story; `world` is optional (without it only the pack's entities are known). */
export function buildStoryRecord(story: Story, world: WorldIndex | undefined): StoryRecord {
  const entities = new Map((story.entities ?? []).map((e) => [e.id, e]));
  const canonOf = (e: Entity) => (e.world && world ? `w:${e.world}` : `p:${e.id}`);
  const entityCanon = new Map([...entities.values()].map((e) => [e.id, canonOf(e)]));
  const names = new Map<string, string>();
  const parents = new Map<string, Set<string>>();
  const addParent = (child: string, parent: string) => {
    const set = parents.get(child) ?? new Set<string>();
    set.add(parent);
    parents.set(child, set);
  };

  const entries: GazetteerEntry[] = world ? worldEntries(world) : [];
  const shared = sharedSurnames(story.entities ?? [], world?.world.people);
  const packEntries = new Map<string, GazetteerEntry>();
  const people = new Map<string, RecordPerson>();
  const streets = new Map<string, string>();
  for (const e of entities.values()) {
    const canon = canonOf(e);
    names.set(canon, e.name);
    if (e.kind === 'street') {
      for (const n of [e.name, ...(e.aliases ?? [])]) streets.set(streetKey(n), canon);
    }
    const kind = GAZETTEER_KIND[e.kind];
    if (kind) {
      const entry = packEntries.get(canon) ?? { kind, id: canon, names: [] as string[] };
      // A person's surname, when no one else in the story or world has it (person-names.ts); the reader finds a title before it itself.
      const surname = surnameAlone(e, shared);
      (entry.names as string[]).push(e.name, ...(e.aliases ?? []), ...(surname ? [surname] : []));
      packEntries.set(canon, entry);
    }
    if (e.partOf && entities.has(e.partOf))
      addParent(canon, canonOf(entities.get(e.partOf) as Entity));
    if (e.within && entities.has(e.within))
      addParent(canon, canonOf(entities.get(e.within) as Entity));
    if (e.kind === 'person') {
      const roles: HeldRole[] = (e.roles ?? []).map((r) => ({
        ...r,
        titleWords: foldText(r.title).split(/\s+/),
      }));
      const party = e.party ?? (e.world && world ? world.person(e.world)?.party : undefined);
      people.set(canon, {
        canon,
        name: e.name,
        roles,
        agencies: [],
        ...(e.role ? { role: e.role } : {}),
        ...(party ? { party } : {}),
      });
    }
  }
  entries.push(...packEntries.values());

  // The world's names and links (an agency part of another, a place within another and its state) are looked up
  // when asked, not copied into these maps for every agency and place of the world: a page asks about a few. A
  // validated world's agency, place and state ids are distinct (check-world.ts), so at most one of them answers.
  const worldId = (canon: string) => (world && canon.startsWith('w:') ? canon.slice(2) : undefined);
  const nameOf = (canon: string): string => {
    const own = names.get(canon);
    if (own !== undefined) return own;
    const id = worldId(canon);
    const known =
      id === undefined
        ? undefined
        : (world?.agency(id) ?? world?.place(id) ?? world?.state(id))?.name;
    return known ?? canon.replace(/^[wp]:/, '');
  };
  const parentsOf = (canon: string): Iterable<string> => {
    const own = parents.get(canon);
    const id = worldId(canon);
    if (id === undefined) return own ?? [];
    const agency = world?.agency(id);
    const place = world?.place(id);
    if (!agency?.partOf && !place) return own ?? [];
    const out = new Set(own);
    if (agency?.partOf) out.add(`w:${agency.partOf}`);
    if (place) {
      out.add(`w:${place.within ?? place.state}`);
      out.add(`w:${place.state}`);
    }
    return out;
  };

  const ancestorCache = new Map<string, Set<string>>();
  const ancestors = (canon: string): Set<string> => {
    const cached = ancestorCache.get(canon);
    if (cached) return cached;
    const out = new Set<string>();
    const queue = [...parentsOf(canon)];
    // Bounded: validated data has no cycles, and the bound keeps unvalidated data from hanging.
    for (let i = 0; i < queue.length && i < 200; i++) {
      const next = queue[i] as string;
      if (out.has(next) || next === canon) continue;
      out.add(next);
      queue.push(...parentsOf(next));
    }
    ancestorCache.set(canon, out);
    return out;
  };

  // Canonical ids of entity ids, unknown ones dropped; loops, not nested flatMaps with spreads (slow, and run for
  // every event of the story on its first page).
  const canons = (ids: readonly string[]): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      const canon = entityCanon.get(id);
      if (canon !== undefined) out.push(canon);
    }
    return out;
  };
  const participantsOf = (event: StoryEvent): IndexedEvent['participants'] => {
    const out: IndexedEvent['participants'] = [];
    for (const p of event.participants ?? []) {
      if (p.role === 'credited' || p.role === 'quoted') continue;
      for (const id of p.entities) {
        const canon = entityCanon.get(id);
        if (canon !== undefined)
          out.push(p.from ? { role: p.role, canon, from: p.from } : { role: p.role, canon });
      }
    }
    return out;
  };
  const creditedOf = (event: StoryEvent): string[] => {
    const out: string[] = [];
    for (const p of event.participants ?? [])
      if (p.role === 'credited') out.push(...canons(p.entities));
    return out;
  };
  const absentOf = (event: StoryEvent): Map<string, string> => {
    const out = new Map<string, string>();
    for (const a of event.absent ?? []) {
      for (const id of a.entities) {
        const canon = entityCanon.get(id);
        if (canon !== undefined) out.set(canon, a.explanation);
      }
    }
    return out;
  };
  // The story's own shared surnames (no world people), as reactionParties reads them: once, not once per reaction.
  let storyShared: ReadonlySet<string> | undefined;
  const events = (story.events ?? []).map((event): IndexedEvent => ({
    event,
    words: event.words.map(foldText),
    participants: participantsOf(event),
    credited: creditedOf(event),
    ...((event.participants ?? []).some((p) => p.role === 'quoted')
      ? {
          quotedBodies: (event.participants ?? []).flatMap((p) =>
            p.role === 'quoted' ? canons(p.entities) : [],
          ),
        }
      : {}),
    places: canons(event.places ?? []),
    quantities: (event.quantities ?? [])
      .filter((q) => !q.quoted)
      .map((q) => ({
        nouns: new Set(q.nouns.map(singular)),
        min: q.min,
        max: q.max,
        ...(q.note && APPROXIMATE_NOTE.test(q.note) ? { said: q.note } : {}),
      })),
    quoted: (event.quantities ?? [])
      .filter((q) => q.quoted)
      .map((q) => ({ nouns: new Set(q.nouns.map(singular)), min: q.min, max: q.max })),
    outcomes: new Map(
      (event.outcomes ?? []).map((o) => [
        o.kind,
        {
          ...(o.count === undefined ? {} : { count: o.count }),
          nouns: new Set((o.nouns ?? []).map(singular)),
          ...(o.places ? { places: canons(o.places) } : {}),
          ...(o.nature ? { nature: o.nature } : {}),
          ...(o.some ? { some: true as const } : {}),
        },
      ]),
    ),
    negatives: new Map((event.negatives ?? []).map((n) => [n.kind, n.explanation])),
    commitments: (event.commitments ?? []).map((c) => ({
      action: c.action,
      does: c.does,
      times: new Set(c.times),
      statement: c.statement,
      holders: new Set(canons(c.holders)),
      ...(c.outright === undefined
        ? {}
        : { outright: c.outright === true ? (true as const) : c.outright.map(foldText) }),
    })),
    ...(event.effects
      ? {
          effects: event.effects.map((x) => ({
            of: x.of.map(foldText),
            on: x.on.map(foldText),
            direction: x.direction,
            statement: x.statement,
            holders: new Set(canons(x.holders)),
          })),
        }
      : {}),
    ...(event.leads
      ? {
          leads: event.leads.map(
            (x) =>
              ({
                statement: x.statement,
                ...Object.fromEntries(
                  (['led', 'stoodBack', 'holders'] as const).map((k) => [k, new Set(canons(x[k]))]),
                ),
              }) as {
                led: Set<string>;
                stoodBack: Set<string>;
                holders: Set<string>;
                statement: string;
              },
          ),
        }
      : {}),
    ...(event.reactions
      ? {
          reactions: event.reactions.map((x) => ({
            polarity: x.polarity,
            statement: x.statement,
            ...(x.members ? { members: x.members.map(foldText) } : {}),
            holders: new Set(canons(x.holders)),
            toward: new Set(canons(x.toward)),
            parties: reactionParties(
              [...x.holders, ...x.toward],
              entities,
              canonOf,
              (storyShared ??= sharedSurnames([...entities.values()])),
            ),
          })),
        }
      : {}),
    ruledOut: new Map(
      (event.negatives ?? []).flatMap((n) =>
        n.through || n.instead
          ? [
              [
                n.kind,
                {
                  ...(n.through ? { through: n.through } : {}),
                  ...(n.instead ? { instead: n.instead } : {}),
                },
              ] as const,
            ]
          : [],
      ),
    ),
    absent: absentOf(event),
    ...(event.vote ? { vote: event.vote } : {}),
    parts: (event.participants ?? []).flatMap((p) =>
      p.part
        ? p.entities.flatMap((id) => {
            const e = entities.get(id);
            return e
              ? [
                  {
                    names: [e.name, ...(e.aliases ?? [])].map(foldText),
                    part: p.part as string,
                    canon: canonOf(e),
                  },
                ]
              : [];
          })
        : [],
    ),
    priors: (event.priors ?? []).map((p) => ({
      kind: p.kind,
      count: p.count,
      ...(p.year === undefined ? {} : { year: p.year }),
      nouns: p.nouns.map(foldText),
      statement: p.statement,
    })),
    ...(event.vehicles
      ? {
          vehicles: event.vehicles.map((x) => ({
            nouns: x.nouns.map(foldText),
            colours: x.colours.map(foldText),
            statement: x.statement,
          })),
        }
      : {}),
    ...(event.legal
      ? {
          legal: {
            ...(event.legal.court ? { court: event.legal.court } : {}),
            ...(event.legal.disposition ? { disposition: event.legal.disposition } : {}),
            ...(event.legal.defendants
              ? {
                  defendants: new Set(canons(event.legal.defendants)),
                  defendantsStatement: event.legal.defendantsStatement ?? '',
                }
              : {}),
            ...(event.legal.targets
              ? {
                  targets: new Set(canons(event.legal.targets)),
                  targetsStatement: event.legal.targetsStatement ?? '',
                }
              : {}),
          },
        }
      : {}),
  }));

  const gazetteer = buildGazetteer(entries);
  for (const person of people.values()) {
    const found = new Set<string>();
    for (const r of person.roles) {
      const j = r.office && world ? world.office(r.office)?.jurisdiction : undefined;
      if (j && world?.agency(j)) found.add(`w:${j}`);
    }
    for (const hit of gazetteer.find(person.role ?? ''))
      for (const g of hit.entries) if (g.kind === 'agency') found.add(g.id);
    person.agencies = [...found];
  }
  const outletNames = new Set(
    [
      ...[...entities.values()]
        .filter((e) => e.kind === 'outlet')
        .flatMap((e) => [e.name, ...(e.aliases ?? [])]),
      ...[...story.originals, ...(story.corroborating ?? [])].map((s) => s.publisher),
    ].map((n) => n.toLowerCase()),
  );
  const outlets = new Set(
    [...outletNames].flatMap((n) =>
      gazetteer
        .lookup(n)
        .filter((g) => g.kind === 'outlet')
        .map((g) => g.id),
    ),
  );
  const numbered = [...entities.values()].flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].flatMap((n) => {
      const m = /^(.*[^\d\s])\s+(?:No\.\s*)?(\d+)$/.exec(n.trim());
      // Two words at least before the number, so "Route 9" or "Unit 4" alone does not make every number a document's; or an
      // abbreviation of the name in capitals ("GO 502" for General Order 502), matched as written.
      const prefix = m ? (m[1] as string).trim() : '';
      return m && (prefix.split(/\s+/).length >= 2 || /^\p{Lu}{2,}$/u.test(prefix))
        ? [{ prefix, number: m[2] as string, name: e.name }]
        : [];
    }),
  );
  const organizationNames = [...entities.values()]
    .filter((e) => e.kind === 'organization')
    .flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .map(foldText);
  const centralIds = new Set(story.recognition.events ?? []);
  const seats = [...entities.values()].flatMap((e) => {
    const seat = e.kind === 'organization' && e.within ? entityCanon.get(e.within) : undefined;
    return seat
      ? [{ names: [e.name, ...(e.aliases ?? [])].map(foldText), name: e.name, seat }]
      : [];
  });
  return {
    seats,
    gazetteer,
    numbered,
    documents: [...entities.values()]
      .filter((e) => e.kind === 'document')
      .map((e) => ({
        canon: entityCanon.get(e.id) ?? e.id,
        name: e.name,
        names: [e.name, ...(e.aliases ?? [])].map(foldText),
        supersedes: canons(e.supersedes ?? []),
      })),
    central: events.filter((e) => centralIds.has(e.event.id)),
    publishers: new Map(
      [...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s.publisher]),
    ),
    headlines: [...story.originals, ...(story.corroborating ?? [])].flatMap((s) =>
      s.headline
        ? [{ publisher: s.publisher, text: s.headline, ...(s.url ? { url: s.url } : {}) }]
        : [],
    ),
    originalDates: story.originals.flatMap((s) =>
      s.date && /^\d{4}(?:-\d{2}){0,2}$/.test(s.date)
        ? [{ id: s.id, publisher: s.publisher, date: s.date }]
        : [],
    ),
    organizationNames,
    outlets,
    outletNames,
    events,
    world,
    nameOf,
    ancestors,
    storyCanons: new Set(entityCanon.values()),
    streets,
    people,
    entityCanon,
  };
}
