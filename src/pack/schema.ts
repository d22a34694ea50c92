/**
 * The claim-pack format, as a valibot schema: the single source of truth for
 * the TypeScript types (inferred below), run-time validation, and the JSON
 * Schema in schema/claim-pack.schema.json (generated from this file).
 *
 * Packs are untrusted data: every object is strict (unknown fields are
 * errors), every string has a length cap and every list a size cap.
 */
import * as v from 'valibot';
import {
  ConfidenceSchema,
  HttpsUrl,
  Id,
  IdList,
  list,
  PartialDate,
  PeriodSchema,
  SeveritySchema,
  SourceIds,
  SourceSchema,
  Term,
  TermGroups,
  TermList,
  Text,
  TimeContextSchema,
  TimelineEventSchema,
  VerdictSchema,
} from './schema-basics.ts';
import countries from '../../data/countries.json' with { type: 'json' };
import { KIN_WORDS } from './kin-words.ts';
import { PLATFORM_IDS } from './platforms.ts';

/** A person, agency, place, outlet, organisation or document the story involves. */
/** A post a person held, and when (format 2): what a page may call them, checked against the event's date. */
const RoleSchema = v.strictObject({
  /** The title as pages write it, lower case or not ("mayor", "police chief", "border czar"). */
  title: Text(200),
  /** The office's id in the world file, when it records the post (its holders and terms then decide). */
  office: v.optional(Id),
  from: v.optional(PartialDate),
  /** The day the term ended (not included); left out while it lasts or when unknown. */
  to: v.optional(PartialDate),
  acting: v.optional(v.literal(true, 'must be true, or left out')),
});

const EntitySchema = v.strictObject({
  id: Id,
  kind: v.picklist(['person', 'agency', 'place', 'street', 'outlet', 'organization', 'document']),
  name: Text(200),
  /** Other ways pages name it (matched as terms). */
  aliases: v.optional(TermList),
  /** Known misspellings of its name, reported as a page signal. */
  misspellings: v.optional(TermList),
  role: v.optional(Text(300)),
  /** The entity this one is part of (HSI is part of ICE). */
  partOf: v.optional(Id),
  /** For a place or street (format 2): the place entity it lies within (Whitney Street within the west side, within Rochester). */
  within: v.optional(Id),
  /** For a document (pack 0.7.16): the documents it renewed or replaced (a 2017 resolution renewing one of 1986). */
  supersedes: v.optional(IdList(10)),
  /** Format 2: the id of the same person, place, state, agency or outlet in the world file (data/world.json). */
  world: v.optional(Id),
  /** For a person (format 2): the posts they held and when. */
  roles: v.optional(list(RoleSchema, 20)),
  /** A person's party, where the record states it (else the world file's, through `world`). */
  party: v.optional(v.picklist(['democratic', 'republican'], 'must be democratic or republican')),
  note: v.optional(Text(1000)),
});

/** The outcomes a record can state or exclude; the same kinds the typed reader finds (src/engine/read/types.ts). */
const OUTCOME_KINDS = [
  'detained',
  'arrested',
  'released',
  'deported',
  'charged',
  'fired',
  'suspended',
  'disciplined',
  'retrained',
  'desk-duty',
  'reassigned',
  'returned-to-duty',
  'kept-on-duty',
  'promoted',
  'investigated',
  'sued',
  'settled',
  'dropped-case',
  'praised',
  'met',
  'visited',
  'raided',
  'handcuffed',
  'stopped',
  'resigned',
  'evacuated',
  'hospitalized',
  'injured',
  'killed',
  'closed',
  'reopened',
] as const;
const OutcomeKindSchema = v.picklist(OUTCOME_KINDS);

/** What kind of an outcome the record says it was (an internal or a criminal investigation); the reader's natures (src/engine/read/types.ts). */
const OUTCOME_NATURES = ['criminal', 'internal'] as const;

const Count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(1_000_000, 'must be at most 1000000'),
);

/**
 * Who took part in an event, in what role. `reported`: an outlet (or its
 * writer) that reported it; `interviewer`: the outlet the speakers spoke to,
 * gave their interview or statement to; `first-reported`: the outlet(s) that
 * first reported it (broke the story), written only when the record says so;
 * `credited`: the outlet(s) a report (of a `reported` outlet) credited as its source;
 * `watched`: who had kept its subject under surveillance before it;
 * `investigated`: who conducts the internal investigation it opened;
 * `informed`: who learned of it (from whom, in `from`, when the record names no one).
 */
const ParticipantSchema = v.strictObject({
  role: v.picklist([
    'asked',
    'came',
    'acted',
    'spoke',
    'present',
    'subject',
    'organizer',
    'reported',
    'interviewer',
    'first-reported',
    'credited',
    'quoted',
    'watched',
    'investigated',
    'informed',
  ]),
  /** Entity ids. */
  entities: v.pipe(IdList(30), v.minLength(1, 'needs at least one entity')),
  /**
   * Only part of the body took part, in the record's words ("its president and lawyer", pack 0.7.1):
   * a page that has the whole body there ("every member of X") is in conflict with it.
   */
  part: v.optional(Text(300)),
  /**
   * For `informed`: who told them, in the record's words, when the record names
   * no party of the story ("a community member who phoned his office"): a page
   * naming an official, an agency or one of the story's people as the source is wrong.
   */
  from: v.optional(Text(300)),
});

/** A number the record gives, as the range it allows ("about eight" people: 7 to 9). */
const QuantitySchema = v.strictObject({
  /** Words a page uses for what is counted ("officers", "cops"), matched against the counted noun. */
  nouns: TermList,
  min: Count,
  max: Count,
  note: v.optional(Text(500)),
  /** How many of them a report of the event quoted (its statements, speakers, their departments): compared only where a page says a report quoted or cited them. */
  quoted: v.optional(v.literal(true)),
});

/** The units a recorded duration is given in. */
const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'] as const;

const Amount = v.pipe(
  v.number('must be a number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(100_000, 'must be at most 100000'),
);

/**
 * How long the event lasted, or the span it covers, as the record gives it
 * ("a two-hour session": min 2, max 2, hours; "about an hour": 1, 1, hours): a
 * page's duration in a clause about the event must fit it, in any unit.
 */
const DurationSchema = v.strictObject({
  min: Amount,
  max: Amount,
  unit: v.picklist(DURATION_UNITS, 'must be minutes, hours, days, weeks, months or years'),
  /** The record's words ("about an hour"), shown as the record's side. */
  note: v.optional(Text(300)),
  /**
   * Words naming what lasted, when it is part of the event ("training
   * session" within the discipline, "meeting" within a visit): a page's
   * duration is compared only when one of them stands near it.
   */
  of: v.optional(TermList),
});

/** Something that happened as a result ("three men detained"). */
const EventOutcomeSchema = v.strictObject({
  kind: OutcomeKindSchema,
  /** How many, when the record says: a page's count of one of `nouns` next to this outcome must fit. */
  count: v.optional(Count),
  /** Words a page uses for who or what the outcome befell ("men", "people"). */
  nouns: v.optional(TermList),
  /**
   * What kind of it the record says it was ("an internal investigation": `internal`; `criminal`), where the record
   * says: a page's outcome of another nature ("a criminal investigation") conflicts.
   */
  nature: v.optional(v.picklist(OUTCOME_NATURES)),
  /**
   * Pack 0.7.10: the record has it befall only some of the people `nouns` names (those the event counts), not all of
   * them ("handcuffed some"): a page that gives it to all of the counted group ("all eight were …") conflicts.
   */
  some: v.optional(v.literal(true)),
  /** Where it left them (place entity ids): the town of the facility they were held in ("the detention facility in X"). */
  places: v.optional(IdList(5)),
  /** Pack 0.7.5: where the people it befell are from, as the record states it (country ids of data/countries.json); "from Honduras" conflicts. */
  origin: v.optional(
    v.pipe(
      v.array(
        v.picklist(
          Object.keys(countries.countries).map((n) => n.toLowerCase().replace(/\s+/g, '-')),
          'must be a country of data/countries.json',
        ),
      ),
      v.minLength(1, 'needs at least one country'),
      v.maxLength(5),
    ),
  ),
  /** Pack 0.7.5: how the people it befell are related, in the record's words ("father", "son"); "three brothers" conflicts. */
  kin: v.optional(
    v.pipe(
      v.array(v.picklist(KIN_WORDS, 'must be a kin word of src/pack/kin-words.ts')),
      v.minLength(1, 'needs at least one word'),
      v.maxLength(6),
    ),
  ),
  /**
   * Pack 0.7.5: people of the story related to those it befell, as the record states it: the entity, the
   * relation in the record's words ("wife", "stepmother"), and the `nouns` a page may name them by when it
   * gives no name ("woman"). "The woman was the men's neighbor" conflicts.
   */
  relatives: v.optional(
    list(
      v.strictObject({
        entity: Id,
        kin: v.pipe(
          v.array(v.picklist(KIN_WORDS, 'must be a kin word of src/pack/kin-words.ts')),
          v.minLength(1, 'needs at least one word'),
          v.maxLength(6),
        ),
        nouns: v.optional(TermList),
      }),
      5,
    ),
  ),
  note: v.optional(Text(500)),
});

/**
 * An outcome the record states did not happen ("no officer was fired"), or that
 * what it states happened instead rules out (the men were held in detention and
 * charged, not deported): then `instead` names those outcomes of the event and
 * `through` the last day the record's account covers (a page that puts the
 * outcome later, or speaks from later without a date, is not contradicted).
 */
const NegativeSchema = v.strictObject({
  kind: OutcomeKindSchema,
  explanation: Text(1000),
  /** The event's outcomes that happened instead (shown as the record's side). */
  instead: v.optional(
    v.pipe(
      v.array(OutcomeKindSchema),
      v.minLength(1, 'needs at least one outcome'),
      v.maxLength(5),
    ),
  ),
  /** The last day (YYYY, YYYY-MM or YYYY-MM-DD) up to which the record rules the outcome out. */
  through: v.optional(PartialDate),
});

/**
 * An outcome someone called for at the event, which did not thereby happen ("Councilmember X called for the
 * officers to be fired"): a page giving them another demand ("X wants the officers suspended") is compared with it.
 */
const DemandSchema = v.strictObject({
  /** Entity ids of who called for it. */
  by: v.pipe(IdList(20), v.minLength(1, 'needs at least one entity')),
  kind: OutcomeKindSchema,
  /** Words for whom it should befall ("officers"). */
  nouns: v.optional(TermList),
  /** What the record says, shown as its side. */
  statement: Text(500),
});

/** People or bodies the record says were not at an event or took no part in it ("he did not meet the chief"). */
const AbsentSchema = v.strictObject({
  /** Entity ids. */
  entities: v.pipe(IdList(30), v.minLength(1, 'needs at least one entity')),
  /** What the record says, shown as its side. */
  explanation: Text(1000),
});

/** A vote the record gives: how many for and against ("unanimously" is `against: 0`). */
const VoteSchema = v.strictObject({
  for: v.optional(Count),
  against: Count,
  /** What the record says, shown as its side ("passed unanimously"). */
  statement: Text(500),
});

/** The court a case was in (pack 0.7.5): its level, tier and, for a federal trial court, its district. */
const CourtSchema = v.strictObject({
  level: v.picklist(['federal', 'state'], 'must be federal or state'),
  /** A trial court (a federal district court), a court of appeals, or a supreme court. */
  tier: v.optional(
    v.picklist(['trial', 'appeals', 'supreme'], 'must be trial, appeals or supreme'),
  ),
  /** The district's direction, for "the Western District of New York". */
  district: v.optional(
    v.picklist(
      ['northern', 'southern', 'eastern', 'western', 'middle', 'central'],
      'must be northern, southern, eastern, western, middle or central',
    ),
  ),
  /** The state of the district or of a state court, as written ("New York"). */
  state: v.optional(Text(100)),
  /** What the record says, shown as its side ("the U.S. District Court for the Western District of New York"). */
  statement: Text(300),
});

/** How a case ended (pack 0.7.5): dismissed or decided on the merits, with or without prejudice, as moot. */
const DispositionSchema = v.strictObject({
  /** The case was dismissed (thrown out) rather than decided. */
  dismissed: v.boolean('must be true or false'),
  /** A court ruled on the merits (struck down, upheld, sided with a party). */
  merits: v.boolean('must be true or false'),
  /** Dismissed with prejudice (true) or without (false), when the record says. */
  prejudice: v.optional(v.boolean('must be true or false')),
  /** Dismissed as moot, when the record says. */
  moot: v.optional(v.boolean('must be true or false')),
  /** What the record says, shown as its side. */
  statement: Text(500),
});

/** A court case's record on the event that is a step of it (filed, dismissed, refiled; pack 0.7.5). */
const LegalSchema = v.strictObject({
  court: v.optional(CourtSchema),
  /** Entity ids of every party the suit names as defendant: a page naming another person of the story as one is wrong. */
  defendants: v.optional(v.pipe(IdList(20), v.minLength(1, 'needs at least one entity'))),
  /** The record's words for the defendants, shown as its side ("the City of Rochester, Mayor Malik Evans and Council President Miguel Meléndez"). */
  defendantsStatement: v.optional(Text(500)),
  /** Pack 0.7.16: entity ids of the documents (laws, policies, orders) the suit challenges: a page naming another document of the story as its target is wrong. */
  targets: v.optional(v.pipe(IdList(20), v.minLength(1, 'needs at least one entity'))),
  /** The record's words for the targets, shown as its side ("Resolution 2017-5, General Order 502 and Training Bulletin P-75-17"). */
  targetsStatement: v.optional(Text(500)),
  disposition: v.optional(DispositionSchema),
});

/** What had befallen a person of the event before it, counted ("deported once before, in 2023"). */
const PriorSchema = v.strictObject({
  kind: OutcomeKindSchema,
  /** How many times. */
  count: Count,
  /** Words a page uses for the person ("driver", or their name): a count of prior times must be about one of them. */
  nouns: TermList,
  /** The year of the last of them, when the record gives it ("deported once before, in 2023"). */
  year: v.optional(
    v.pipe(
      v.number('must be a number'),
      v.integer('must be a whole number'),
      v.minValue(1800, 'must be a year'),
      v.maxValue(2200, 'must be a year'),
    ),
  ),
  /** What the record says, shown as its side. */
  statement: Text(500),
});

/** The kinds of commitment a record can state; the same kinds the typed reader finds (src/engine/read/types.ts). */
const COMMITMENT_ACTIONS = [
  'immigration-enforcement',
  'federal-cooperation',
  'policy-change',
  'backup-response',
] as const;

/**
 * What an actor said it does, will or will not do, or has or has not done
 * ("the department has not taken part in immigration enforcement and will
 * not"): a page that says the holder does the opposite, at one of `times`, is
 * in conflict with it.
 */
const CommitmentSchema = v.strictObject({
  action: v.picklist(COMMITMENT_ACTIONS),
  /** Whether the holders do it (true) or not (false). */
  does: v.boolean('must be true or false'),
  /** When the record says so: `past` (has or has not done), `present` (does), `future` (will or will not). */
  times: v.pipe(
    v.array(v.picklist(['past', 'present', 'future'])),
    v.minLength(1, 'needs at least one time'),
    v.maxLength(3),
  ),
  /** Entity ids of who is committed (the agency and the person who spoke for it). */
  holders: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  /** The commitment in the author's words, shown as the record's side ("will not take part in immigration enforcement"). */
  statement: Text(500),
  /**
   * Pack 0.7.6: the record states it with no limit or condition, for every act of its kind (true) or for the acts
   * whose words hold one of these ("deportation"): a page giving the holders the opposite for only some cases
   * ("would work with ICE, but only on criminals", "would start if the law changed") turns it round.
   */
  outright: v.optional(v.union([v.literal(true), TermList])),
});

/**
 * Pack 0.7.6: what a speaker said an act would do to something ("more immigration duties would compromise community
 * trust"): a page giving the speaker the other direction ("would strengthen trust") turns it round.
 */
const EffectSchema = v.strictObject({
  /** Words naming the act (a page's clause must hold one before the verb of effect): "immigration duties". */
  of: TermList,
  /** Words naming what it acts on, right after the verb of effect: "trust". */
  on: TermList,
  direction: v.picklist(['harms', 'helps']),
  /** Entity ids of who said so. */
  holders: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  statement: Text(500),
});

/**
 * Pack 0.7.6: who took the lead in an event and who stood back, as a speaker told it ("the federal agents stood back
 * while RPD took the lead", said the chief): a page crediting the speaker with the roles swapped turns it round.
 */
const LeadSchema = v.strictObject({
  led: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  stoodBack: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  /** Entity ids of who said so. */
  holders: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  statement: Text(500),
});

/**
 * Pack 0.7.7: how an actor of the story judged another, as the record has it ("the union called the mayor's remarks a
 * complete overreaction": the union against the mayor): a page giving the holders the other judgement of them
 * ("the union praised the mayor") turns it round (reaction-turned.ts).
 */
const ReactionSchema = v.strictObject({
  /** Entity ids of who judged. */
  holders: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  /** Entity ids of whom they judged. */
  toward: v.pipe(IdList(10), v.minLength(1, 'needs at least one entity')),
  /** For (praised, defended, thanked) or against (criticized, condemned). */
  polarity: v.picklist(['for', 'against'], 'must be for or against'),
  statement: Text(500),
  /**
   * Pack 0.7.9: the judgement is of the people of the judged agency who acted (its officers on the scene), not of the agency as a
   * whole: the nouns a page calls them by ("officers", "cops"). Read by member-verdict.ts ("X said the officers had
   * followed the policy", "X was glad his officers …"), never by reaction-turned.ts.
   */
  members: v.optional(TermList),
});

/** A vehicle of the event as the record describes it: the words a page may call it by and its colour in the record's words. */
const VehicleSchema = v.strictObject({
  /** Words for it ("van", "truck", "vehicle"). */
  nouns: TermList,
  /** Its colour as the record gives it ("maroon", "dark red"); "a white van" conflicts, "a burgundy van" agrees. */
  colours: TermList,
  /** What the record says, shown as its side. */
  statement: Text(500),
});

/** One thing that happened, written once (format 2): the comparer checks a page's typed values against it. */
const EventSchema = v.strictObject({
  id: Id,
  /** Short, in the author's words ("traffic stop", "press conference"). */
  label: Text(300),
  /** Words that name the event in a sentence: a clause with one of them is about it. */
  words: TermList,
  /** The day it happened; its precision is its length (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: PartialDate,
  /** The last day, for an event over several days. */
  dateEnd: v.optional(PartialDate),
  /**
   * The record does not establish the day: `date` is only the likeliest, and the event lies between these two dates
   * (pack 0.7.15). A page's day or weekday for it inside the window is unconfirmed, never a conflict; outside, the
   * comparison stands.
   */
  dateWindow: v.optional(v.strictTuple([PartialDate, PartialDate])),
  /** The time of day (24-hour), and the last time when the record gives a window ("about 5:30 to 6:05 p.m."). */
  time: v.optional(
    v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time: HH:MM (24-hour)')),
  ),
  timeEnd: v.optional(
    v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time: HH:MM (24-hour)')),
  ),
  /** The part of the day, when the record gives only that ("Wednesday afternoon"). */
  dayPart: v.optional(
    v.picklist(
      ['morning', 'afternoon', 'evening', 'night'],
      'must be morning, afternoon, evening or night',
    ),
  ),
  /** Entity ids of where it happened (a street, a place), most precise first. */
  places: v.optional(IdList(10)),
  participants: v.optional(list(ParticipantSchema, 20)),
  quantities: v.optional(list(QuantitySchema, 20)),
  duration: v.optional(DurationSchema),
  /**
   * Words of a lasting state the event began ("sanctuary city"), when the record dates its start: "a
   * sanctuary city since 1992" is compared with the event's year (pack 0.7.5).
   */
  begins: v.optional(TermList),
  /** Durations of other parts of the event (their `of` words), beside `duration`: "a two-hour session" and "24 to 48 hours" pending it. */
  durations: v.optional(list(DurationSchema, 5)),
  outcomes: v.optional(list(EventOutcomeSchema, 20)),
  negatives: v.optional(list(NegativeSchema, 20)),
  /** Outcomes someone called for at the event (which did not thereby happen). */
  demands: v.optional(list(DemandSchema, 10)),
  /** Who the record says was not there or took no part (pack 0.7.1). */
  absent: v.optional(list(AbsentSchema, 10)),
  /** The vote, when the event is one (pack 0.7.1). */
  vote: v.optional(VoteSchema),
  /** The court case this event is a step of: its court, defendants and disposition (pack 0.7.5). */
  legal: v.optional(LegalSchema),
  /** Prior events of a person of the event, counted (pack 0.7.1). */
  priors: v.optional(list(PriorSchema, 10)),
  /** How a statement was given, when the event is one (statement-medium.ts): a written statement, spoken words, an interview, a press conference. */
  medium: v.optional(
    v.picklist(
      ['written', 'spoken', 'interview', 'press-conference'],
      'must be written, spoken, interview or press-conference',
    ),
  ),
  /** Pack 0.7.8: the platform a post went up on (compare/platform.ts): "a post on Facebook" for one on X conflicts. */
  platform: v.optional(v.picklist(PLATFORM_IDS, `must be one of ${PLATFORM_IDS.join(', ')}`)),
  /** Vehicles of the event, described (vehicle-colour.ts). */
  vehicles: v.optional(list(VehicleSchema, 5)),
  commitments: v.optional(list(CommitmentSchema, 10)),
  /** Pack 0.7.6: what a speaker said an act would do to something. */
  effects: v.optional(list(EffectSchema, 10)),
  /** Pack 0.7.6: who took the lead and who stood back, as a speaker told it. */
  leads: v.optional(list(LeadSchema, 5)),
  /** Pack 0.7.7: how an actor judged another (for or against), as the record has it. */
  reactions: v.optional(list(ReactionSchema, 10)),
  sources: SourceIds,
  confidence: ConfidenceSchema,
});

const CueSchema = v.strictObject({
  id: Id,
  terms: v.optional(TermList),
  /** Entities whose name and aliases count as terms of this cue. */
  entities: v.optional(v.pipe(IdList(50), v.minLength(1, 'needs at least one entity'))),
  weight: v.pipe(
    v.number('must be a number'),
    v.minValue(0.1, 'must be at least 0.1'),
    v.maxValue(100, 'must be at most 100'),
  ),
});

const RecognitionSchema = v.strictObject({
  /** A page retells the story when the weights of the cues it contains add up to this. */
  threshold: v.pipe(v.number('must be a number'), v.minValue(1, 'must be at least 1')),
  /** Ids of cues of which a page must contain at least one, whatever its score (the place where it happened, the original's headline). */
  requireAny: v.optional(v.pipe(IdList(20), v.minLength(1, 'needs at least one cue id'))),
  /** Ids of cues a page must contain every one of, whatever its score (what the story is about, not just where). */
  requireAll: v.optional(v.pipe(IdList(20), v.minLength(1, 'needs at least one cue id'))),
  cues: v.pipe(
    v.array(CueSchema),
    v.minLength(1, 'needs at least one cue'),
    v.maxLength(200, 'has more than 200 cues'),
  ),
  /**
   * Ids of the story's central events (in `events`). A page states one when a sentence has one of the
   * event's words and one of its places or participants (a reporting outlet is no detail), or a
   * participant's title ("the mayor"). A page that states one of them in full (its place and two of its
   * participants), or two of them, one with a name or place, or that carries a recorded quote of the story
   * word for word, retells the story whatever its cues score.
   */
  events: v.optional(v.pipe(IdList(100), v.minLength(1, 'needs at least one event id'))),
  /** A page recognised by its cues must also state one of `events` or carry a recorded quote: naming the story's people and places is not enough. */
  requireEvent: v.optional(v.boolean('must be true or false')),
  /**
   * Terms that let a page with none of `requireAny`'s cues be recognised from its claims alone (`events`,
   * recorded quotes), never from its cues (they score nothing): words of the story's subject that its
   * retellings keep when they name no place or person. They join the gate, so keep them few and specific.
   */
  claimGate: v.optional(
    v.pipe(
      v.array(Term),
      v.minLength(1, 'needs at least one term'),
      v.maxLength(20, 'has more than 20 terms'),
    ),
  ),
  /**
   * The full names of the story's recorded speakers join the gate: a page naming one and carrying one of
   * their recorded quotes word for word is recognised with no other cue. Off by default: every page that
   * names them then pays the engine's reading, so set it only when the names are rare in other news.
   */
  speakersGate: v.optional(v.boolean('must be true or false')),
});

/** A value a retelling may put in place of the record's. */
const WrongValueSchema = v.strictObject({
  terms: TermList,
  /** `imprecise` when the value is partly right (ICE for an HSI and Border Patrol operation). */
  severity: SeveritySchema,
  /** The distorted claim in the pack author's words, for ClaimReview export. */
  claim: v.optional(Text(500)),
  /** Not flagged on a page that mentions any of these anywhere ("ICE" is fine on a page that also names Border Patrol). */
  unlessPage: v.optional(TermList),
  /** One sentence: what differs and why. */
  explanation: Text(1000),
  /** When this value would put the story, for the popup's timeline. */
  period: v.optional(PeriodSchema),
  /**
   * Words that place the story relative to the page ("this week", "yesterday"): wrong only on a page
   * dated outside the story's time (or read today, long after it); fine on a page from the story's own days.
   */
  relativeToPage: v.optional(v.boolean()),
});

const DetailSchema = v.strictObject({
  slot: v.picklist([
    'agency',
    'number',
    'date',
    'time',
    'place',
    'person',
    'role',
    'outlet',
    'administration',
    'outcome',
    'stance',
  ]),
  /** Terms that state the record's value (or an accepted alias). A sentence that has one is not flagged for this detail. */
  accepted: v.optional(TermList),
  wrong: v.optional(list(WrongValueSchema, 50)),
});

/** A claim the record contradicts outright ("the officers were fired"). */
const ContradictionSchema = v.strictObject({
  id: Id,
  claim: Text(500),
  when: TermGroups,
  unless: v.optional(TermList),
  explanation: Text(1000),
});

/** An atomic statement of the record, in the pack author's own words. */
const FactSchema = v.strictObject({
  id: Id,
  statement: Text(1000),
  kind: v.picklist([
    'event',
    'number',
    'policy',
    'statement',
    'reaction',
    'background',
    'time-context',
    'attribution',
  ]),
  /** What makes a sentence about this fact. */
  about: TermGroups,
  /** A sentence with any of these terms is not about this fact. */
  unless: v.optional(TermList),
  details: v.optional(list(DetailSchema, 20)),
  contradictions: v.optional(list(ContradictionSchema, 50)),
  /** What an explanation must not lose (a detail that is imprecise rather than false, say). */
  nuance: v.optional(Text(1000)),
  sources: SourceIds,
  confidence: ConfidenceSchema,
});

const QuoteVariantSchema = v.strictObject({
  text: Text(3000),
  /** `transcription`: outlets heard the words differently; the others are distortions. */
  kind: v.picklist(['transcription', 'misquote', 'stitched']),
  /** Who printed it this way, if known. */
  seenIn: v.optional(Text(300)),
  note: Text(1000),
});

/** A quote where the retelling places it somewhere it was not said. */
const MisplacedSchema = v.strictObject({
  when: TermGroups,
  explanation: Text(1000),
});

/** Words a named speaker is reported to have said, verbatim. */
const QuoteSchema = v.strictObject({
  id: Id,
  /** Entity id of the speaker. */
  speaker: Id,
  role: v.optional(Text(300)),
  date: PartialDate,
  occasion: Text(500),
  text: Text(3000),
  /**
   * `verified`: two or more outlets agree; `single-source`: reported by one outlet only;
   * `unverified`: not found where it is credited; `fabricated`: no record of anyone saying it.
   */
  status: v.picklist(['verified', 'single-source', 'unverified', 'fabricated']),
  variants: v.optional(list(QuoteVariantSchema, 20)),
  /** The text is all the speaker said on this occasion (a full written statement or post): other words credited to it are not the speaker's. */
  complete: v.optional(v.boolean()),
  /**
   * Pack 0.7.20: the id of the recorded quote of the same speaker and occasion that this one follows in its source,
   * with words the source left out between (its own ellipsis): the two run together with no ellipsis are stitched.
   */
  elidedAfter: v.optional(Id),
  /** Pack 0.7.18: how the words were given (quote-medium.ts): a post or statement in writing, spoken words, an interview, a press conference. */
  medium: v.optional(
    v.picklist(
      ['written', 'spoken', 'interview', 'press-conference'],
      'must be written, spoken, interview or press-conference',
    ),
  ),
  misplaced: v.optional(list(MisplacedSchema, 10)),
  note: v.optional(Text(1000)),
  sources: SourceIds,
});

/** A claim retellings make that the record can neither confirm nor refute. */
const UnverifiedSchema = v.strictObject({
  id: Id,
  claim: Text(500),
  when: TermGroups,
  unless: v.optional(TermList),
  /** What is known instead. */
  record: Text(1000),
  explanation: Text(1000),
  sources: SourceIds,
});

/** A fact-check imported from schema.org ClaimReview. */
const ReviewSchema = v.strictObject({
  id: Id,
  claim: Text(2000),
  claimant: v.optional(Text(300)),
  rating: v.strictObject({
    label: Text(200),
    value: v.optional(v.number()),
    best: v.optional(v.number()),
    worst: v.optional(v.number()),
  }),
  verdict: VerdictSchema,
  reviewer: Text(300),
  /** The review's own page. A review published nowhere on the web leaves it out and names its `sources`. */
  url: v.optional(HttpsUrl),
  date: v.optional(PartialDate),
  /** Where the reviewed claim appeared. */
  appearances: v.optional(list(HttpsUrl, 50)),
  /** The story's sources the review cites as its evidence. A review needs a `url`, `sources`, or both. */
  sources: v.optional(SourceIds),
});

const StorySchema = v.strictObject({
  id: Id,
  title: Text(300),
  summary: Text(3000),
  timeContext: TimeContextSchema,
  originals: v.pipe(
    v.array(SourceSchema),
    v.minLength(1, 'needs at least one original report'),
    v.maxLength(20, 'has more than 20 entries'),
  ),
  corroborating: v.optional(list(SourceSchema, 300)),
  entities: v.optional(list(EntitySchema, 500)),
  recognition: RecognitionSchema,
  facts: v.optional(list(FactSchema, 5000)),
  quotes: v.optional(list(QuoteSchema, 5000)),
  unverified: v.optional(list(UnverifiedSchema, 5000)),
  timeline: v.optional(list(TimelineEventSchema, 1000)),
  /** What happened, event by event (format 2). */
  events: v.optional(list(EventSchema, 1000)),
  reviews: v.optional(list(ReviewSchema, 100_000)),
});

export const ClaimPackSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal('sourcelight-pack', 'must be "sourcelight-pack"'),
  /** 2 adds `events` and typed entities (`within`, `world`, `roles`); packs of format 1 are still read. */
  formatVersion: v.picklist([1, 2], 'must be 1 or 2'),
  id: Id,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version: MAJOR.MINOR.PATCH')),
  publisher: Text(200),
  updated: PartialDate,
  /** For a subscribed pack: the day after which it must not be used (YYYY-MM-DD). */
  expires: v.optional(
    v.pipe(PartialDate, v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date: YYYY-MM-DD')),
  ),
  /** For a signed pack: the id of the public key it is signed with (`sourcelight pack keygen` prints it). */
  keyId: v.optional(
    v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'must be a key id: 16 lowercase hex digits')),
  ),
  description: v.optional(Text(2000)),
  homepage: v.optional(HttpsUrl),
  /**
   * The https page where the publisher publishes this pack's reviews: ClaimReview
   * export gives each item this address with an anchor of its own as its `url`.
   */
  reviewsUrl: v.optional(HttpsUrl),
  license: v.optional(Text(200)),
  stories: v.pipe(
    v.array(StorySchema),
    v.minLength(1, 'needs at least one story'),
    v.maxLength(100_000, 'has more than 100000 stories'),
  ),
});

export type Verdict = v.InferOutput<typeof VerdictSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Cue = v.InferOutput<typeof CueSchema>;
export type Detail = v.InferOutput<typeof DetailSchema>;
export type WrongValue = v.InferOutput<typeof WrongValueSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type UnverifiedItem = v.InferOutput<typeof UnverifiedSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;
export type OutcomeKind = v.InferOutput<typeof OutcomeKindSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type ClaimPack = v.InferOutput<typeof ClaimPackSchema>;
