/**
 * What the typed reader finds in a sentence: clauses, and in each clause the
 * typed values it mentions, with their offsets into the sentence. See
 * docs/typed-reading.md.
 */

export type MentionType =
  | 'agency'
  | 'person'
  | 'title'
  | 'street'
  | 'intersection'
  | 'place'
  | 'state'
  | 'weekday'
  | 'date'
  | 'relative-time'
  | 'time-of-day'
  | 'duration'
  | 'count'
  | 'outcome'
  | 'outlet'
  | 'commitment';

/** A person's or a title's qualifier: "former Mayor X", "ex-chief", "acting director", "then-Gov. Y". */
export type Qualifier = 'former' | 'ex' | 'acting' | 'then' | 'interim';

interface AgencyValue {
  /** The agency's name as written ("Rochester Police Department", "DEA"). */
  name: string;
  /** The gazetteer id, when the gazetteer knows the name. */
  id?: string;
}

interface PersonValue {
  name: string;
  id?: string;
  /** The title the sentence gives the person ("mayor", "police chief"), lower case. */
  title?: string;
  qualifier?: Qualifier;
  /** The years the sentence gives the title in an aside of its own ("X, who led Y from 2017 to 2018"): tenure-years.ts. */
  during?: { from: number; to: number };
}

interface TitleValue {
  /** The title, lower case, abbreviations expanded ("Sen." → "senator"). */
  title: string;
  /** The gazetteer id of an office, when known. */
  id?: string;
  qualifier?: Qualifier;
  /** The years the sentence gives the title in an aside of its own: tenure-years.ts. */
  during?: { from: number; to: number };
}

export type StreetRelation = 'on' | 'at' | 'near' | 'off';

interface StreetValue {
  /** The street's name with its suffix spelled out, lower case ("whitney street", "lyell avenue"). */
  name: string;
  /** The preposition before it, when it is one of these. */
  relation?: StreetRelation;
}

interface IntersectionValue {
  /** The two streets, as in StreetValue.name ("main street", "broadway"). */
  streets: [string, string];
}

interface PlaceValue {
  name: string;
  id?: string;
  /** 'county' for "<Name> County"; otherwise unknown (a city, a town, a neighbourhood). */
  kind?: 'county';
  /** A side of the place the sentence names: "the west side of X", "X's west side" → "west side". */
  area?: string;
}

interface StateValue {
  name: string;
  id?: string;
}

interface WeekdayValue {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
}

export type DateRelation = 'on' | 'in' | 'by' | 'before' | 'after' | 'since' | 'until';

interface DateValue {
  year?: number;
  /** 1–12. */
  month?: number;
  /** 1–31. */
  day?: number;
  /** The preposition before the date, when there is one. */
  relation?: DateRelation;
  /** The year was counted back from the page's date ("last November"), not written. */
  counted?: boolean;
}

export type RelativeTimeKind =
  | 'this-week'
  | 'last-week'
  | 'next-week'
  | 'this-month'
  | 'last-month'
  | 'next-month'
  | 'this-year'
  | 'last-year'
  | 'next-year'
  | 'yesterday'
  | 'today'
  | 'tomorrow'
  | 'recently'
  | 'same-day'
  | 'days-later'
  | 'days-before'
  | 'days-ago'
  | 'weeks-later'
  | 'weeks-before'
  | 'weeks-ago'
  | 'months-later'
  | 'months-before'
  | 'months-ago'
  | 'years-later'
  | 'years-before'
  | 'years-ago'
  | 'hours-later'
  | 'hours-before'
  | 'hours-ago'
  | 'since-year'
  | 'last-season'
  | 'this-season';

/** A season of the year (northern hemisphere; see compare/season.ts). */
export type Season = 'spring' | 'summer' | 'fall' | 'winter';

export interface RelativeTimeValue {
  kind: RelativeTimeKind;
  /** How many units ("two days later" → 2), or the year for 'since-year'. */
  amount?: number;
  /** The amount was hedged ("about five weeks after"). */
  approximate?: boolean;
  /** The amount is to the day ("a month to the day after"): no slack. */
  exact?: true;
  /** For 'last-season' and 'this-season': which season ("last fall", "this summer"). */
  season?: Season;
}

export type TimeRelation = 'at' | 'about' | 'before' | 'after' | 'by';
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';

interface TimeOfDayValue {
  /** Minutes after midnight, when a clock time is given ("5:30 p.m." → 1050). */
  minutes?: number;
  /** The part of the day, when one is named ("that evening", "Monday night"). */
  part?: DayPart;
  relation: TimeRelation;
  /** A clock time written without a.m. or p.m. ("at 5:30"): `minutes` reads it as morning; it may be twelve hours later. */
  ambiguous?: boolean;
}

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** How long something lasted ("a two-hour session", "for more than twenty years", "over the past decade"), in `unit`. */
export interface DurationValue {
  /** Smallest length the wording allows ("more than twenty years" → 20). */
  min: number;
  /** Largest; absent when open ("more than twenty years"). */
  max?: number;
  unit: DurationUnit;
  /** Hedged ("about an hour", "roughly three hours"). */
  approximate?: boolean;
}

export interface CountValue {
  /** Smallest value the wording allows ("more than eight" → 9; "no officers" → 0). */
  min: number;
  /** Largest value the wording allows; undefined when unbounded ("at least 10"). */
  max?: number;
  /** The counted noun, lower case ("people", "officers"), or '' when none follows. */
  noun: string;
  /** The number was hedged ("about ten", "an estimated eight") or vague ("dozens"): min/max are not widened; the comparer decides how far. */
  approximate: boolean;
  /** A part of a group counted before ("three of them"): at most the group, never its size (partitive-count.ts). */
  part?: true;
}

export type OutcomeKind =
  | 'detained'
  | 'arrested'
  | 'released'
  | 'deported'
  | 'charged'
  | 'fired'
  | 'suspended'
  | 'disciplined'
  | 'retrained'
  | 'desk-duty'
  | 'reassigned'
  | 'returned-to-duty'
  | 'kept-on-duty'
  | 'promoted'
  | 'investigated'
  | 'sued'
  | 'settled'
  | 'dropped-case'
  | 'praised'
  | 'met'
  | 'visited'
  | 'raided'
  | 'handcuffed'
  | 'stopped'
  | 'resigned'
  | 'evacuated'
  | 'hospitalized'
  | 'injured'
  | 'killed'
  | 'closed'
  | 'reopened';

/** What kind of an outcome it was, where the words say ("a criminal investigation", "an internal investigation"). */
export type OutcomeNature = 'criminal' | 'internal';

interface OutcomeValue {
  kind: OutcomeKind;
  /** Said right before its noun ("an internal affairs investigation"): compared with the record's outcome's nature. */
  nature?: OutcomeNature;
  /** Told as the tools of the job taken ("stripped of their badges", find-divested.ts): off duty, suspended or gone. */
  divested?: true;
}

/** What an actor says it will or will not do, or has or has not done, of a kind a record can state (commitmentActions in lexicon.json). */
export type CommitmentAction =
  'immigration-enforcement' | 'federal-cooperation' | 'policy-change' | 'backup-response';

export interface CommitmentValue {
  action: CommitmentAction;
  /** The clause says it is done (true) or not done ("will not", "refused to", "stop …"). */
  does: boolean;
  /** When: "has taken part" (past), "will start" (future), "takes part" (present). */
  time: 'past' | 'present' | 'future';
  /** Offset in the sentence where the words that say when and whether begin ("would not take part in …"), or the phrase's own start. */
  lead: number;
  /** "will start / begin / resume …": a change from what was done before. */
  starts?: true;
  /** Composed from a verb and an object of the domain (enforcement-acts.ts), not one of the phrase tables. */
  composed?: true;
  /** Offset where the composed act's words end (its object; the mention itself spans the verb). */
  wordsEnd?: number;
  /** The object is a reference back ("those efforts"): enforcement only when the sentence before is about it. */
  anaphoric?: true;
  /** Words after it limit it ("only for people with criminal records": narrow) or stretch it to every case ("at every traffic stop": wide). */
  scope?: 'narrow' | 'wide';
}

/**
 * How a clause uses an outlet: `spoke-to`, the outlet a speaker spoke to,
 * gave an interview or statement to, or wrote for ("told X", "in an interview
 * with X", "wrote the piece for X", "X's reporter", "a piece in X by Y");
 * `source`, credited as the source or publisher of a report ("X reported",
 * "according to X", "the Post credited X", "X gathered … in a piece").
 */
export type OutletRole = 'spoke-to' | 'source';

export interface OutletValue {
  name: string;
  id?: string;
  /** The sentence credits it as a source or as the outlet someone spoke to (`role` is set). */
  credited: boolean;
  /** Its role in the clause; absent for any other mention ("she bought the X"). */
  role?: OutletRole;
  /** Credited as the first or original report ("X first reported", "broke the story", "the original report by X"). */
  original?: boolean;
  /** Its syntax makes it an outlet whatever its name ("the newspaper X", "X ran his op-ed", "a piece by <writer> for X"). */
  typed?: true;
  /** `spoke-to` for a writer: where someone's piece appeared, not whom they spoke to ("wrote for X", "X's reporter", "by Y for X"). */
  writer?: true;
}

interface MentionBase {
  /** Offsets into the sentence: sentence.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  /** The mention is denied: "not ICE", "X, not Y" (Y), "rather than Y", "were not charged" (the outcome). */
  negated: boolean;
}

export type Mention = MentionBase &
  (
    | { type: 'agency'; value: AgencyValue }
    | { type: 'person'; value: PersonValue }
    | { type: 'title'; value: TitleValue }
    | { type: 'street'; value: StreetValue }
    | { type: 'intersection'; value: IntersectionValue }
    | { type: 'place'; value: PlaceValue }
    | { type: 'state'; value: StateValue }
    | { type: 'weekday'; value: WeekdayValue }
    | { type: 'date'; value: DateValue }
    | { type: 'relative-time'; value: RelativeTimeValue }
    | { type: 'time-of-day'; value: TimeOfDayValue }
    | { type: 'duration'; value: DurationValue }
    | { type: 'count'; value: CountValue }
    | { type: 'outcome'; value: OutcomeValue }
    | { type: 'outlet'; value: OutletValue }
    | { type: 'commitment'; value: CommitmentValue }
  );

/** The value type of a mention type: `ValueOf<'date'>` is DateValue. */
export type ValueOf<T extends MentionType> = Extract<Mention, { type: T }>['value'];

export type Stance = 'asserted' | 'reported' | 'question' | 'conditional';

export interface Clause {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** Its mentions, in order of their start. An intersection overlaps the two street mentions it joins. */
  mentions: Mention[];
  /** How the clause puts what it says: as fact, as someone's unconfirmed claim, as a question, or on a condition. */
  stance: Stance;
  /** The clause's predicate is denied ("no officer was fired", "they were not charged"). */
  negated: boolean;
}
