/**
 * The perturbation suite's data: true sentences with typed slots (eval/perturb/sentences.*.json),
 * the carrier paragraph and record exclusions per story (eval/perturb/stories.json), and the general
 * replacement lists (eval/perturb/lists/*.json). Everything is validated on load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ROOT } from '../labels.ts';
import { fnv1a } from './prng.ts';

const PERTURB_DIR = join(ROOT, 'eval/perturb');
export const LISTS_DIR = join(PERTURB_DIR, 'lists');

const SLOT_TYPES = [
  'agency',
  'person',
  'title',
  'street',
  'city',
  'state',
  'weekday',
  'date',
  'month-year',
  'time',
  'duration',
  'count',
  'outcome',
  'outlet',
  'stance',
  'parent',
  'order',
  'year',
  'origin',
  'court',
  'disposition',
  'act',
  'owner',
  'effect',
  'lead',
  'demand',
  'wish',
  'whole',
  'colour',
  'medium',
  'reaction',
  'post',
  'offset',
  'verdict',
  'met',
  'part',
  'holder',
  'side',
] as const;

/** What a perturbed sentence should get: `discrepant` (wrong), `flag` (partly wrong: discrepant or unverified), `true` (still right). */
const EXPECTATIONS = ['discrepant', 'flag', 'true'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

const Slot = v.strictObject({
  type: v.picklist(SLOT_TYPES),
  /** The exact words in the sentence (they occur there exactly once). */
  text: v.pipe(v.string(), v.nonEmpty()),
  /** person: the role the person has in the record. post: the head of the post they held then ("chief", "mayor"). holder: the office as lists/holders.json names it ("Attorney General"). */
  role: v.optional(v.string()),
  /** agency: the slot is the doer of the sentence; "X, not <slot>" is then a denial. The value is the head noun after it ("agents"), or "". */
  actor: v.optional(v.string()),
  /** title: the qualifiers that can be inserted before it, with the label each one earns from the record. */
  qualifiers: v.optional(
    v.record(v.picklist(['former', 'acting', 'then-', 'deputy']), v.picklist(EXPECTATIONS)),
  ),
  /** count: the counted noun; the range of values the record makes compatible (default: exactly the value); whether "no" may replace it. offset: the days between the two events the record has ("six days after": [6, 6]). part: the size of the whole group the record counts ("some of the" people in the van: about eight, [7, 9]). */
  noun: v.optional(v.string()),
  range: v.optional(v.tuple([v.number(), v.number()])),
  deny: v.optional(v.boolean()),
  /** outcome: the family in lists/outcomes.json. */
  family: v.optional(v.string()),
  /** stance: the slot is a denied verb group ("would not take part"); the perturbation drops the denial. */
  /** act: the record states the refusal with no limit or condition (pack `outright`): the act said done "but only for …" is still the opposite. */
  outright: v.optional(v.boolean()),
  /** lead: the two sides of "<a> stood back while <b> took the lead", swapped by the perturbation. */
  swap: v.optional(v.tuple([v.string(), v.string()])),
  /** month-year: shift only the year (the record is not precise about the month). */
  yearOnly: v.optional(v.boolean()),
  /** month-year of a report the record dates only to its month: the first day it can have run (the day the last thing it quotes came out). */
  runsFrom: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** parent: the body an agency is said to be part of ("an arm of <slot>"); `compatible` lists the names of every body the sources put it under, which a replacement must never use. court: the court phrases the record makes compatible. disposition: a verb of ending ("threw out") or "with / without prejudice". */
  compatible: v.optional(v.array(v.string())),
});

const Sentence = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** The entry of ../shared/sources.md the sentence rests on. */
  ref: v.string(),
  voice: v.picklist(['wire', 'tv', 'plain', 'list', 'qa']),
  text: v.pipe(v.string(), v.nonEmpty()),
  /** A line set before the sentence, as a list entry's heading ("BECK, Charlie"): the entry's person, whom a sentence with no subject of its own is about. Never perturbed. */
  heading: v.optional(v.pipe(v.string(), v.nonEmpty())),
  slots: v.array(Slot),
});

export const PARTS = ['development', 'held-out'] as const;
export type Part = (typeof PARTS)[number];

const SentenceFile = v.strictObject({
  $comment: v.optional(v.string()),
  story: v.string(),
  part: v.picklist(PARTS),
  sentences: v.array(Sentence),
});

const StoriesFile = v.strictObject({
  $comment: v.optional(v.string()),
  stories: v.array(
    v.strictObject({
      key: v.string(),
      story: v.string(),
      carrier: v.string(),
      exclude: v.record(v.picklist(SLOT_TYPES), v.array(v.string())),
    }),
  ),
});

/** The schema of a list file: a `$comment` and the named lists of strings. */
function stringLists<const K extends string>(...names: K[]) {
  const lists = Object.fromEntries(names.map((name) => [name, v.array(v.string())])) as Record<
    K,
    v.ArraySchema<v.StringSchema<undefined>, undefined>
  >;
  return v.strictObject({ $comment: v.optional(v.string()), ...lists });
}

const Lists = {
  agencies: v.strictObject({
    $comment: v.optional(v.string()),
    immigration: v.array(v.array(v.string())),
    federal: v.array(v.string()),
    state: v.array(v.string()),
    local: v.array(v.string()),
    units: v.array(v.array(v.array(v.string()))),
    parents: v.array(v.string()),
  }),
  streets: stringLists('streets'),
  places: stringLists('cities', 'states', 'counties', 'sides'),
  names: stringLists('first', 'last'),
  outlets: stringLists('outlets', 'unmarked', 'kinds', 'companies'),
  outcomes: v.record(
    v.string(),
    v.union([
      v.string(),
      v.strictObject({
        same: v.array(v.string()),
        discrepant: v.array(v.string()),
        flag: v.array(v.string()),
      }),
    ]),
  ),
  qualifiers: stringLists('qualifiers'),
  origins: v.strictObject({
    $comment: v.optional(v.string()),
    countries: v.array(v.tuple([v.string(), v.string()])),
    regions: v.array(v.strictObject({ name: v.string(), countries: v.array(v.string()) })),
  }),
  courts: stringLists('courts', 'dismissed', 'merits'),
  acts: stringLists('acts', 'scopes'),
  stances: stringLists(
    'helps',
    'harms',
    'lead',
    'back',
    'praise',
    'blame',
    'gone',
    'kept',
    'complied',
    'broke',
    'glad',
    'troubled',
  ),
  media: v.strictObject({
    $comment: v.optional(v.string()),
    written: v.array(v.string()),
    spoken: v.array(v.string()),
    interview: v.optional(v.array(v.string())),
    gathering: v.optional(v.array(v.string())),
  }),
  quantifiers: stringLists('whole', 'part'),
  colours: v.strictObject({
    $comment: v.optional(v.string()),
    families: v.record(v.string(), v.array(v.string())),
    near: v.record(v.string(), v.array(v.string())),
  }),
  officials: stringLists('officials'),
  holders: v.strictObject({
    $comment: v.optional(v.string()),
    offices: v.record(v.string(), v.array(v.string())),
  }),
  ordinals: v.strictObject({
    $comment: v.optional(v.string()),
    days: v.pipe(v.array(v.string()), v.length(31)),
  }),
};

export type Slot = v.InferOutput<typeof Slot>;
export type TrueSentence = v.InferOutput<typeof Sentence>;
export type SentenceFile = v.InferOutput<typeof SentenceFile>;
export type StoryInfo = v.InferOutput<typeof StoriesFile>['stories'][number];
/** The lists of one list file, without its `$comment`. */
type ListsIn<F extends keyof typeof Lists> = Omit<v.InferOutput<(typeof Lists)[F]>, '$comment'>;
interface OutcomeFamily {
  same: string[];
  discrepant: string[];
  flag: string[];
}
export interface ReplacementLists {
  agencies: v.InferOutput<(typeof Lists)['agencies']>;
  streets: string[];
  cities: string[];
  states: string[];
  /** US counties ("Erie County"), for a county sheriff's title. */
  counties: string[];
  /** Sides of a town ("east", as in "the east side"). */
  sides: string[];
  names: { first: string[]; last: string[] };
  outlets: string[];
  /** Outlet names no outlet's word marks ("ProPublica"), and nouns for a kind of outlet ("magazine"). */
  unmarkedOutlets: string[];
  outletKinds: string[];
  /** News companies named as an owner ("Tribune Publishing", "Hearst Communications"). */
  newsCompanies: string[];
  outcomes: Record<string, OutcomeFamily>;
  qualifiers: string[];
  /** Countries as [name, adjective for its people], and regions with the countries they hold. */
  origins: ListsIn<'origins'>;
  /** Court phrases, and words for a dismissal and for a ruling on the merits. */
  courts: ListsIn<'courts'>;
  /** Immigration-enforcement acts in the base form ("hand people over to immigration agents"). */
  acts: string[];
  /** Limits or conditions put after an act ("but only for people with criminal records", "if the law changes"). */
  scopes: string[];
  /** Verbs of effect by direction ("strengthen" / "undermine"), and phrases of leading and of standing back. */
  stances: ListsIn<'stances'>;
  /** How a statement was given: written and spoken phrases. */
  media: { written: string[]; spoken: string[]; interview: string[]; gathering: string[] };
  /** Colours by family, and the families near each (never drawn as wrong). */
  colours: ListsIn<'colours'>;
  /** Officials by a bare title ("the mayor"), as one met at a meeting. */
  officials: string[];
  /** Words giving an act to all of a counted group ("all {n}", "every one of the {n}"), and other words for part of it. */
  quantifiers: ListsIn<'quantifiers'>;
  /** Holders of a one-holder national office over the years, by the office's title ("Attorney General"). */
  holders: Record<string, string[]>;
  /** Days of the month in words, 1 to 31 ("the fifteenth"). */
  dayWords: string[];
}

function parse<S extends v.GenericSchema>(schema: S, path: string): v.InferOutput<S> {
  const result = v.safeParse(schema, JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success)
    throw new Error(
      `${path}:\n  ${result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('\n  ')}`,
    );
  return result.output;
}

/** A list file's lists, without its `$comment`. */
function withoutComment<T extends { $comment?: string }>({
  $comment: _,
  ...lists
}: T): Omit<T, '$comment'> {
  return lists;
}

export function loadLists(dir = LISTS_DIR): ReplacementLists {
  const at = (name: string) => join(dir, `${name}.json`);
  const places = parse(Lists.places, at('places'));
  const names = parse(Lists.names, at('names'));
  const outcomes: Record<string, OutcomeFamily> = {};
  for (const [family, value] of Object.entries(parse(Lists.outcomes, at('outcomes'))))
    if (typeof value !== 'string') outcomes[family] = value;
  return {
    agencies: parse(Lists.agencies, at('agencies')),
    streets: parse(Lists.streets, at('streets')).streets,
    cities: places.cities,
    states: places.states,
    counties: places.counties,
    sides: places.sides,
    names: { first: names.first, last: names.last },
    ...(({ outlets, unmarked, kinds, companies }) => ({
      outlets,
      unmarkedOutlets: unmarked,
      outletKinds: kinds,
      newsCompanies: companies,
    }))(parse(Lists.outlets, at('outlets'))),
    outcomes,
    qualifiers: parse(Lists.qualifiers, at('qualifiers')).qualifiers,
    origins: withoutComment(parse(Lists.origins, at('origins'))),
    courts: withoutComment(parse(Lists.courts, at('courts'))),
    ...withoutComment(parse(Lists.acts, at('acts'))),
    stances: withoutComment(parse(Lists.stances, at('stances'))),
    colours: withoutComment(parse(Lists.colours, at('colours'))),
    media: (({ written, spoken, interview, gathering }) => ({
      written,
      spoken,
      interview: interview ?? [],
      gathering: gathering ?? [],
    }))(parse(Lists.media, at('media'))),
    officials: parse(Lists.officials, at('officials')).officials,
    quantifiers: withoutComment(parse(Lists.quantifiers, at('quantifiers'))),
    holders: parse(Lists.holders, at('holders')).offices,
    dayWords: parse(Lists.ordinals, at('ordinals')).days,
  };
}

export const loadStories = (): StoryInfo[] =>
  parse(StoriesFile, join(PERTURB_DIR, 'stories.json')).stories;

/** The sentence files of one part: sentences.<story key>.json (development) or sentences.<story key>.held-out.json. */
export function sentenceFiles(part: Part): string[] {
  const suffix = part === 'held-out' ? '.held-out.json' : '.json';
  return readdirSync(PERTURB_DIR)
    .filter(
      (f) =>
        f.startsWith('sentences.') &&
        f.endsWith(suffix) &&
        (part === 'held-out' || !f.endsWith('.held-out.json')),
    )
    .sort()
    .map((f) => join(PERTURB_DIR, f));
}

export const loadSentenceFile = (path: string): SentenceFile => parse(SentenceFile, path);

/**
 * The split rule: a sentence is held out when FNV-1a of its id, mod 10, is below 3 (about 30%).
 * Deterministic, and independent of the order or number of sentences.
 */
export const partOf = (id: string): Part => (fnv1a(id) % 10 < 3 ? 'held-out' : 'development');

/** How many times `needle` occurs in `text` (overlapping occurrences counted). */
function occurrencesIn(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/** Problems with one sentence's slots: each slot's text must occur exactly once, on word boundaries, without overlapping another. */
export function slotProblems(sentence: TrueSentence): string[] {
  const problems: string[] = [];
  const spans: [number, number][] = [];
  for (const slot of sentence.slots) {
    const count = occurrencesIn(sentence.text, slot.text);
    if (count !== 1) {
      problems.push(`${sentence.id}: slot "${slot.text}" occurs ${count} times`);
      continue;
    }
    const at = sentence.text.indexOf(slot.text);
    const before = sentence.text[at - 1] ?? ' ';
    const after = sentence.text[at + slot.text.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after))
      problems.push(`${sentence.id}: slot "${slot.text}" is part of a longer word`);
    if (spans.some(([s, e]) => at < e && at + slot.text.length > s))
      problems.push(`${sentence.id}: slot "${slot.text}" overlaps another slot`);
    spans.push([at, at + slot.text.length]);
    if (
      slot.actor !== undefined &&
      occurrencesIn(sentence.text, slot.actor ? `${slot.text} ${slot.actor}` : slot.text) !== 1
    ) {
      problems.push(`${sentence.id}: actor slot "${slot.text}" is not followed by "${slot.actor}"`);
    }
  }
  return problems;
}
