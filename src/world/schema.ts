/**
 * The world-knowledge format (data/world.json), as a valibot schema: facts that
 * belong to no story and that every story uses — US states and places, agencies
 * and their hierarchy, offices with their holders and terms, elections, outlets.
 * It gives the TypeScript types (inferred below), run-time validation and the
 * JSON Schema in schema/world.schema.json (generated from this file).
 *
 * Like packs, the file is data: every object is strict (unknown fields are
 * errors), every string has a length cap and every list a size cap. What the
 * schema cannot say (references to ids that exist, no cycles, terms that do not
 * overlap) is checked by parse-world.ts.
 *
 * Accuracy rule: the engine calls pages false on the basis of this file, so it
 * holds only what its maintainers are sure of. A date known to the month or the
 * year is written YYYY-MM or YYYY; a term whose start is not known leaves it out
 * and says when the holder was surely in office instead (`confirmedFrom`).
 */
import * as v from 'valibot';
import { DATE_PATTERN, isCalendarDate } from './partial-dates.ts';
import { Id, list, Text } from '../pack/schema-basics.ts';

/** A name or alias: matched case-insensitively, with diacritics, periods and typographic apostrophes folded. */
const Name = v.pipe(
  v.string(),
  v.maxLength(120, 'must be at most 120 characters'),
  v.regex(/[\p{L}\p{N}]/u, 'a name needs at least one letter or digit'),
);
const Names = (max: number) =>
  v.pipe(
    v.array(Name),
    v.minLength(1, 'needs at least one name'),
    v.maxLength(max, `has more than ${max} names`),
  );
const PartialDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(
    (date) => !DATE_PATTERN.test(date) || isCalendarDate(date),
    'must be a date on the calendar',
  ),
);
const FullDate = v.pipe(
  PartialDate,
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date: YYYY-MM-DD'),
);
/** Where the facts of an entry are documented (an official site, an encyclopedia article's title): text, never fetched. */
const Sources = Text(500);

/** The country the world file describes; every state is within it. */
const CountrySchema = v.strictObject({
  id: Id,
  name: Text(120),
  aliases: v.optional(Names(20)),
});

/** A US state, the District of Columbia or a territory. */
const StateSchema = v.strictObject({
  id: Id,
  name: Text(120),
  kind: v.picklist(['state', 'district', 'territory']),
  /** The two-letter USPS code. */
  postal: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter postal code in capitals')),
  /** AP-style abbreviations ("N.Y.", "Calif."); left out for the states AP spells in full. */
  ap: v.optional(Names(5)),
  aliases: v.optional(Names(10)),
  /** The place id of its capital. */
  capital: v.optional(Id),
});

/** A city, town, village or county. */
const PlaceSchema = v.strictObject({
  id: Id,
  name: Text(120),
  /** Left out for a city. */
  kind: v.optional(v.picklist(['town', 'village', 'county', 'city-county'])),
  /** The state (or district, or territory) it is in. */
  state: Id,
  /** The place it is part of (a city's county), itself in the same state; left out when only the state is recorded. */
  within: v.optional(Id),
  /** The federal judicial district it lies in, in a state of several ("northern" of New York); a place within it has the same. Left out when not recorded. */
  federalDistrict: v.optional(
    v.picklist(['northern', 'southern', 'eastern', 'western', 'middle', 'central']),
  ),
  aliases: v.optional(Names(10)),
});

/** A government agency or department. */
const AgencySchema = v.strictObject({
  id: Id,
  name: Text(200),
  level: v.picklist(['federal', 'state', 'local']),
  /** The agency it is part of (HSI is part of ICE, ICE of DHS). */
  partOf: v.optional(Id),
  /** The state or place it serves; required for state and local agencies. */
  place: v.optional(Id),
  /** Names that designate exactly this agency anywhere. */
  aliases: v.optional(Names(20)),
  /** Names that designate it only on a page about its place ("RPD" in Rochester, not in Richmond). */
  localAliases: v.optional(Names(10)),
  note: v.optional(Text(500)),
});

/** A generic kind of local or state agency, recognised by its name's pattern ("Greece Police Department"). */
const AgencyKindSchema = v.strictObject({
  id: Id,
  name: Text(120),
  level: v.picklist(['state', 'local']),
  /** The words that end such an agency's name. */
  terms: Names(20),
});

/** A kind of elected body that meets and votes ("city council", "county legislature"): the level of government it sits at. */
const BodyKindSchema = v.strictObject({
  id: Id,
  name: Text(120),
  level: v.picklist(['city', 'county', 'state']),
  /** The words that end such a body's name ("Rochester City Council", "Monroe County Legislature"). */
  terms: Names(20),
});

/** Someone who holds or held one of the offices. */
const PersonSchema = v.strictObject({
  id: Id,
  name: Text(120),
  /** Other ways pages name them: the surname, variants of the full name. */
  aliases: v.optional(Names(20)),
  /** The party they stood for office under in the years the stories cover; left out when unsure or none. */
  party: v.optional(v.picklist(['democratic', 'republican'], 'must be democratic or republican')),
  /**
   * Every agency they ever led is the jurisdiction of one of their terms in `offices`, or part of one: a page
   * that has them leading another agency is wrong. Set only when their career is known.
   */
  ledAll: v.optional(v.literal(true)),
});

/**
 * One term of one holder. A term runs from `start` up to, not including, `end`
 * (a president inaugurated on 2017-01-20 holds office that day, the predecessor
 * does not). A term still open at `confirmedThrough` leaves `end` out.
 */
const HolderSchema = v.strictObject({
  person: Id,
  start: v.optional(PartialDate),
  end: v.optional(PartialDate),
  /** Without a `start`: a date on which they surely held the office (the term began then or earlier). */
  confirmedFrom: v.optional(PartialDate),
  /** Without an `end`: the last date on which the maintainers know they still held it. */
  confirmedThrough: v.optional(PartialDate),
  /** Acting (or performing the duties), not appointed or confirmed to the post. */
  acting: v.optional(v.literal(true, 'must be true, or left out')),
  note: v.optional(Text(500)),
});

/** A post and who held it when. */
const OfficeSchema = v.strictObject({
  id: Id,
  title: Text(120),
  /** Ways pages name the post ("President", "the president", "police chief"). */
  aliases: v.optional(Names(20)),
  /** Where or what it governs: the country, a state, a place or an agency id. */
  jurisdiction: Id,
  holders: v.pipe(
    v.array(HolderSchema),
    v.minLength(1, 'needs at least one holder'),
    v.maxLength(100, 'has more than 100 holders'),
  ),
  /** Where these facts are documented. */
  sources: Sources,
  note: v.optional(Text(1000)),
});

/** A general election to one of the offices. */
const ElectionSchema = v.strictObject({
  id: Id,
  office: Id,
  /** Election day. */
  date: FullDate,
  winner: Id,
  runnerUp: v.optional(Id),
  /** When the winner's term began. */
  termStart: PartialDate,
  sources: Sources,
  note: v.optional(Text(500)),
});

/** A news outlet. */
const OutletSchema = v.strictObject({
  id: Id,
  name: Text(200),
  kind: v.picklist(['newspaper', 'tv', 'radio', 'wire', 'digital', 'aggregator', 'network']),
  /** Names that designate exactly this outlet ("the Post" designates several and is not one). */
  aliases: v.optional(Names(20)),
  /** The place a local outlet serves. */
  locality: v.optional(Id),
  /** Networks a station is affiliated with or a member of (outlet ids): WHAM-TV is an ABC affiliate. */
  affiliations: v.optional(v.pipe(v.array(Id), v.maxLength(5, 'has more than 5 entries'))),
  /** The outlet it is part of (a regional channel of a brand). */
  partOf: v.optional(Id),
  /**
   * The companies that own it or have owned it, as pages name them ("Lexipol"); left out when unsure. Given for
   * every outlet of the world that shares an owner with another of them: one without is no sister of one with them.
   */
  owners: v.optional(Names(5)),
  /** The day it published for the last time, for an outlet that has closed: it reports nothing after it. */
  closed: v.optional(FullDate),
  note: v.optional(Text(500)),
});

export const WorldSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal('sourcelight-world', 'must be "sourcelight-world"'),
  formatVersion: v.literal(1, 'must be 1 (the only format version so far)'),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version: MAJOR.MINOR.PATCH')),
  updated: FullDate,
  description: v.optional(Text(2000)),
  country: CountrySchema,
  states: list(StateSchema, 100),
  places: list(PlaceSchema, 3000),
  agencies: list(AgencySchema, 1000),
  agencyKinds: list(AgencyKindSchema, 50),
  bodyKinds: v.optional(list(BodyKindSchema, 50)),
  people: list(PersonSchema, 3000),
  offices: list(OfficeSchema, 500),
  elections: list(ElectionSchema, 500),
  outlets: list(OutletSchema, 1000),
});

export type State = v.InferOutput<typeof StateSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Agency = v.InferOutput<typeof AgencySchema>;
export type AgencyKind = v.InferOutput<typeof AgencyKindSchema>;
export type BodyKind = v.InferOutput<typeof BodyKindSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Holder = v.InferOutput<typeof HolderSchema>;
export type Office = v.InferOutput<typeof OfficeSchema>;
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type World = v.InferOutput<typeof WorldSchema>;
