/**
 * Drafts a story in the claim-pack format from an original report and any
 * corroborating reports (issue 17). Everything drafted is read from the
 * reports by the engine's own reader (sentences, people, titles, agencies,
 * places, streets, dates, counts, outcomes, outlets) with the world file's
 * names; nothing is invented. Every value gets a provenance entry (see
 * provenance.ts); where a corroborating report disagrees, both values are kept
 * there as unsettled and the pack holds only what both admit.
 */
import { lexicon as raw } from '../../engine/drafting.ts';
import { foldText } from '../../engine/index.ts';
import { buildStoryRecord } from '../../engine/drafting.ts';
import type { Gazetteer, Mention } from '../../engine/drafting.ts';
import { formatProblem, parsePack } from '../../pack/parse-pack.ts';
import type { ClaimPack, Entity, Quote, Source, Story, StoryEvent } from '../../pack/schema.ts';
import type { WorldIndex } from '../../world/world-index.ts';
import { boundOfSpan, commonDate, resolveDate } from './dates.ts';
import type { Confidence, Provenance, ProvenanceEntry, Unsettled } from './provenance.ts';
import { distinctiveNames, shortNames } from './distinctive-names.ts';
import {
  coordinatedVerbs,
  happeningNouns,
  headNoun,
  irregularPast,
  kindsNamedIn,
  namesAThing,
  objectNoun,
  PLACE_PREPOSITIONS,
  sameKindWords,
  verbForms,
} from './event-words.ts';
import { notAReport, readReport, type ReadReport, type ReadSentence } from './read-report.ts';
import { scheduledEvents, type Scheduled } from './scheduled.ts';
import { sharedCounts } from './related.ts';
import {
  bodyAfter,
  bodyBefore,
  COMPANY_TITLES,
  isCompanyName,
  organizationsIn,
} from './organizations.ts';
import { inSeatPhrase, namesTheFirm } from '../../engine/drafting.ts';

export interface DraftInput {
  /** A file name or address, for messages and the provenance file. */
  name: string;
  content: string;
}

export type DraftResult =
  | { ok: true; pack: ClaimPack; provenance: Provenance; notes: string[] }
  | { ok: false; error: string };

export const NOT_A_REPORT = 'could not find a report here';

const OUTCOME_FORMS = raw.outcomes as Record<string, string[]>;
const SPEAKING_NOUNS = (raw.roleNouns as unknown as { spoke: string[] }).spoke;
const SPEECH_VERBS = new Set(raw.speechVerbs);
const FUNCTION_WORDS = new Set(raw.functionWords);
const WEEKDAY_AND_MONTH_WORDS = new Set([
  ...raw.weekdays,
  ...raw.months,
  ...Object.keys(raw.numberWords),
]);
/** The reader's general words for titles and for taking part (asked, came, met…): common to every story of a kind. */
const GENERIC_WORDS = new Set([
  ...raw.titles.flatMap((t) => t.split(' ')),
  ...Object.entries(raw.roleVerbs)
    .filter(([k]) => k !== '$comment' && k !== 'acted')
    .flatMap(([, v]) => v as string[]),
]);
/** Common English words that say nothing specific about a story (the recognition cues use the rest). */
const COMMON = new Set(
  (
    'about above across after again against also among another around away back because been before began being below between both ' +
    'came city come could days each early even every first from further have having here into just last later least like made make many ' +
    'months more most much must near never next none only other over part people police said says same since some still such take taken ' +
    'than that their them then there these they this those three through took under until very were what when where which while whole ' +
    'will with within without would year years week weeks told today tuesday officers officials investigators suspects because whom ' +
    'department state federal county local report reports news according added left right across time times going'
  ).split(' '),
);

const slug = (text: string, maxWords = 8): string =>
  foldText(text)
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '') || 'story';

/** A quotation's words without the comma or colon that hands over to the attribution. */
const quoteText = (words: string): string => words.trim().replace(/[\s,;:]+$/, '');

const titleCase = (s: string): string =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s;

interface DraftEvent {
  event: StoryEvent;
  /** The sentence that made it, and those merged into it. */
  sentences: ReadSentence[];
  speaking: boolean;
  /** Outcome kind → the index in event.outcomes. */
  dateFrom: 'stated' | 'bounded';
  /** A scheduled happening named by its own noun ("the first 150 layoffs would take effect on …"): what befalls the story's people. */
  namedHappening?: boolean;
  /** Drafted from the headline's own phrase ("flash flood"): named by that phrase alone, no other word of its kind. */
  fromHeadline?: boolean;
}

/** The gazetteer of the world file alone (a story with no entities), as the comparer builds it. */
function worldGazetteer(world: WorldIndex | undefined): Gazetteer {
  const skeleton = {
    id: 'draft',
    title: 'draft',
    summary: 'draft',
    timeContext: { start: '2000', end: '2000', summary: 'draft' },
    originals: [
      {
        id: 'draft',
        publisher: 'draft',
        date: '2000',
        url: 'https://example.invalid/',
        urlConfirmed: false,
      },
    ],
    recognition: { threshold: 1, cues: [{ id: 'draft', terms: ['draft'], weight: 1 }] },
  } as Story;
  return buildStoryRecord(skeleton, world).gazetteer;
}

/** Widens "about N" to the range the wording admits ("about eight": 7–9; "about 20": 17–23). */
function approximateRange(n: number): { min: number; max: number } {
  const spread = Math.max(1, Math.round(n * 0.125));
  return { min: Math.max(0, n - spread), max: n + spread };
}

class Drafter {
  readonly entities = new Map<string, Entity>();
  readonly values: ProvenanceEntry[] = [];
  readonly unsettled: Unsettled[] = [];
  readonly events: DraftEvent[] = [];
  readonly quotes: Quote[] = [];
  /** Lower-case name → entity id, for every name and alias. */
  private readonly byName = new Map<string, string>();
  /** Provenance keyed before paths are known: entity id / event id / quote id → entries with a relative path. */
  private readonly pending: {
    owner: string;
    field: string;
    value: string;
    source: string;
    sentence: string;
    confidence: Confidence;
    note?: string;
  }[] = [];

  /** The original's sentences, where a surname read alone finds the full name printed before it ("Passenger Hollis Vance"). */
  sentences: readonly string[] = [];

  constructor(
    readonly world: WorldIndex | undefined,
    readonly reportDate: string | undefined,
  ) {}

  /** "Vance" → "Hollis Vance": the capitalised word printed right before the surname, in the first sentence that has one (not a title, a function word or a sentence's first word). */
  fullName(surname: string): string | undefined {
    const re = new RegExp(
      `(?<=\\s)(\\p{Lu}[\\p{Ll}'’-]+) ${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
      'u',
    );
    for (const sentence of this.sentences) {
      const given = re.exec(sentence)?.[1];
      if (
        given &&
        !TITLE_WORDS.has(given.toLowerCase()) &&
        !FUNCTION_WORDS.has(given.toLowerCase())
      )
        return `${given} ${surname}`;
    }
    return undefined;
  }

  note(
    owner: string,
    field: string,
    value: unknown,
    source: string,
    sentence: string,
    confidence: Confidence,
    note?: string,
  ): void {
    this.pending.push({
      owner,
      field,
      value: typeof value === 'string' ? value : JSON.stringify(value),
      source,
      sentence,
      confidence,
      ...(note ? { note } : {}),
    });
  }

  private uniqueId(base: string, taken: (id: string) => boolean): string {
    let id = base.slice(0, 70) || 'item';
    for (let i = 2; taken(id); i++) id = `${base.slice(0, 66)}-${i}`;
    return id;
  }

  alias(
    id: string,
    name: string,
    source: string,
    sentence: string,
    why = "a short form of the report's publisher",
  ): void {
    const entity = this.entities.get(id) as Entity;
    if ((entity.aliases ?? []).some((a) => a.toLowerCase() === name.toLowerCase())) return;
    this.addAlias(entity, name, source, sentence, why);
  }

  /** Adds a name to an entity's aliases, finds the entity by it, and notes where it came from. */
  private addAlias(
    entity: Entity,
    name: string,
    source: string,
    sentence: string,
    why: string,
  ): void {
    entity.aliases = [...(entity.aliases ?? []), name];
    this.byName.set(name.toLowerCase(), entity.id);
    this.note(
      `entity:${entity.id}`,
      `aliases[${entity.aliases.length - 1}]`,
      name,
      source,
      sentence,
      'medium',
      why,
    );
  }

  /** Gives a person the title the report prints (as printed, its role), and notes where it came from. */
  titleRole(
    entity: Entity,
    title: string,
    printed: string,
    source: string,
    sentence: string,
    confidence: Confidence,
    why: string,
  ): void {
    entity.roles = [{ title }];
    entity.role = printed;
    this.note(`entity:${entity.id}`, 'roles[0].title', title, source, sentence, confidence, why);
  }

  /** "Jane Roe, the district's transportation director, said": the title in apposition after the name, with the body it names. */
  private apposedTitle(
    entity: Entity,
    apposed: { title: string; printed: string },
    source: string,
    sentence: string,
  ): void {
    this.titleRole(
      entity,
      apposed.title,
      apposed.printed,
      source,
      sentence,
      'high',
      'the title in apposition after the name',
    );
    // "…, a spokeswoman for the department,": the body named after the title.
    this.postWithBody(
      entity,
      apposed.title,
      bodyAfter(apposed.printed),
      source,
      sentence,
      'the title and the body named after it in apposition',
    );
  }

  /**
   * The organisation, agency or place of the draft that a post's body words name ("Local 218" → the union local;
   * "department" → the last agency with that word), or undefined.
   */
  bodyEntity(words: string): Entity | undefined {
    const wanted = foldText(words)
      .split(/\s+/)
      .filter((w) => w && w !== 'the');
    if (!wanted.length) return undefined;
    const candidates = [...this.entities.values()].filter(
      (e) => e.kind === 'organization' || e.kind === 'agency' || e.kind === 'place',
    );
    const has = (e: Entity) =>
      [e.name, ...(e.aliases ?? [])].some((n) => {
        const ws = foldText(n).split(/[\s.,&]+/);
        return wanted.every((w) => ws.includes(w));
      });
    // "Wescott Harbor" is the town of that name before "Wescott Harbor Ferry Service", which only has its words.
    const exact = candidates.filter((e) =>
      [e.name, ...(e.aliases ?? [])].some(
        (n) =>
          foldText(n)
            .split(/[\s.,&]+/)
            .filter((w) => w && w !== 'the')
            .join(' ') === wanted.join(' '),
      ),
    );
    return exact.pop() ?? candidates.filter(has).pop();
  }

  /** "Erie's economic development director, Jane Roe,": a title (and its owner) in apposition before a person's name. */
  titleAhead(id: string, sentence: string, source: string): void {
    const entity = this.entities.get(id) as Entity;
    if (entity.roles) return;
    const at = sentence.indexOf(entity.name);
    // "Superintendent Dr. Jane Roe": a title printed before a courtesy title, which the reader does not join to the name.
    const courtesy = at > 0 ? titleBeforeCourtesy(sentence.slice(0, at)) : undefined;
    if (courtesy) {
      this.titleRole(
        entity,
        courtesy.title,
        courtesy.printed,
        source,
        sentence,
        'high',
        'the title as printed before the name and its courtesy title',
      );
      return;
    }
    // "Jane Roe, the district's transportation director, said": a name the reader did not take, with its title in apposition.
    const apposed = at >= 0 ? appositiveTitle(sentence.slice(at + entity.name.length)) : undefined;
    if (apposed) {
      this.apposedTitle(entity, apposed, source, sentence);
      return;
    }
    const ahead = at > 0 ? titleBefore(sentence.slice(0, at)) : undefined;
    if (!ahead) return;
    this.titleRole(
      entity,
      ahead.title,
      ahead.printed,
      source,
      sentence,
      'medium',
      'the title in apposition before the name',
    );
    this.postWithBody(
      entity,
      ahead.phrase,
      ahead.owner,
      source,
      sentence,
      'the title and the place or body owning it, before the name',
    );
  }

  /** A post with the body it belongs to: its title carries the body's name, and it is one post (an office) of the story. */
  postWithBody(
    entity: Entity,
    title: string,
    body: string | undefined,
    source: string,
    sentence: string,
    why: string,
  ): void {
    // A company's title with no body printed ("Chief Executive Jane Roe"): the one company the report has named so far.
    const companies = [...this.entities.values()].filter(
      (e) => e.kind === 'organization' && isCompanyName(e.name),
    );
    const company =
      !body && COMPANY_TITLES.has(title) && companies.length === 1 ? companies[0] : undefined;
    const bodyEntity = company ?? (body ? this.bodyEntity(body) : undefined);
    const bodyName = bodyEntity?.name ?? body;
    if (!bodyName) return;
    // "Halvey Springs Police" + "police chief", "Coulee County Sheriff" + "county sheriff": the body's last words that
    // open the title are printed once (the whole title, when the body's name ends with it).
    const bodyWords = bodyName.split(/\s+/);
    const titleWords = title.split(/\s+/);
    let shared = 0;
    for (let k = Math.min(bodyWords.length - 1, titleWords.length); k >= 1 && !shared; k--)
      if (foldText(bodyWords.slice(-k).join(' ')) === foldText(titleWords.slice(0, k).join(' ')))
        shared = k;
    const full = [...bodyWords.slice(0, bodyWords.length - shared), ...titleWords].join(' ');
    entity.roles = [{ title: full, office: slug(full) }];
    this.note(
      `entity:${entity.id}`,
      'roles[0].title',
      full,
      source,
      sentence,
      bodyEntity ? 'medium' : 'low',
      why,
    );
  }

  entityId(name: string): string | undefined {
    return this.byName.get(name.toLowerCase());
  }

  addEntity(
    kind: Entity['kind'],
    name: string,
    extra: Partial<Entity>,
    source: string,
    sentence: string,
    confidence: Confidence,
  ): string {
    const known =
      this.entityId(name) ??
      (extra.world
        ? [...this.entities.values()].find((e) => e.world === extra.world)?.id
        : undefined);
    if (known) {
      const entity = this.entities.get(known) as Entity;
      if (
        entity.name.toLowerCase() !== name.toLowerCase() &&
        !(entity.aliases ?? []).some((a) => a.toLowerCase() === name.toLowerCase())
      ) {
        entity.aliases = [...(entity.aliases ?? []), name];
        this.byName.set(name.toLowerCase(), known);
      }
      return known;
    }
    const id = this.uniqueId(slug(name), (i) => this.entities.has(i));
    const entity: Entity = { id, kind, name, ...extra };
    this.entities.set(id, entity);
    this.byName.set(name.toLowerCase(), id);
    this.note(`entity:${id}`, 'name', name, source, sentence, confidence);
    if (extra.world)
      this.note(
        `entity:${id}`,
        'world',
        extra.world,
        source,
        sentence,
        'high',
        'the world file (data/world.json) knows this name',
      );
    return id;
  }

  /** A person mention → the person's entity id: a full name adds one; a surname alone finds the one person who has it. */
  person(
    m: Extract<Mention, { type: 'person' }>,
    source: string,
    sentence: string,
  ): string | undefined {
    let name = m.value.name.trim();
    // "Okafor-Briggs": a hyphenated surname the reader stopped short of is the name's end.
    const rest = /^-\p{Lu}[\p{Ll}'’]+/u.exec(sentence.slice(m.end))?.[0];
    if (
      rest &&
      sentence
        .slice(m.start, m.end)
        .trim()
        .endsWith(name.split(/\s+/).pop() as string)
    )
      name += rest;
    // "Chief Executive Garrett Lindqvist": a title's word the reader took into the name is no part of it.
    let parts = name.split(/\s+/);
    while (
      parts.length >= 3 &&
      (TITLE_WORDS.has((parts[0] as string).toLowerCase()) ||
        DESCRIPTORS.has((parts[0] as string).toLowerCase()))
    )
      parts = parts.slice(1);
    name = parts.join(' ');
    if (parts.length === 1) {
      const matches = [...this.entities.values()].filter(
        (e) =>
          e.kind === 'person' && e.name.split(/\s+/).pop()?.toLowerCase() === name.toLowerCase(),
      );
      if (matches.length === 1) return (matches[0] as Entity).id;
      const full = matches.length ? undefined : this.fullName(name);
      if (!full || this.entityId(full)) return full ? this.entityId(full) : undefined;
      return this.addEntity(
        'person',
        full,
        {},
        source,
        this.sentences.find((x) => x.includes(full)) ?? sentence,
        'medium',
      );
    }
    // "Palmetto Crest is in …", after "Palmetto Crest Amusements of Florence": the thing's name wherever the report runs it on.
    if (
      nameOfAThing(name, sentence.slice(m.end)) ||
      this.sentences.some((x) =>
        x
          .split(name)
          .slice(1)
          .some((after) => nameOfAThing(name, after)),
      )
    )
      return undefined;
    const id = this.addEntity('person', name, {}, source, sentence, 'high');
    const entity = this.entities.get(id) as Entity;
    const read = m.value.name.trim();
    if (read !== name && !(entity.aliases ?? []).includes(read)) {
      // The name as the reader takes it, so that a retelling read the same way finds the person.
      this.addAlias(
        entity,
        read,
        source,
        sentence,
        'the name as the reader takes it, with a word of the title or without the end of a hyphenated name',
      );
    }
    if (m.value.title && !entity.roles) {
      const before = sentence.slice(0, sentence.indexOf(name, m.start));
      const printed = before.match(/([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*)\s*$/u)?.[1];
      this.titleRole(
        entity,
        m.value.title,
        printed ?? m.value.title,
        source,
        sentence,
        'high',
        'the title as printed before the name',
      );
      // "Keswick spokeswoman Jane Roe", "Local 218 President Jane Roe": the body printed before the title.
      const phrase = before.match(/((?:(?:\p{Lu}[\p{L}'’.&-]*|\d+|\p{Ll}+)\s+){1,7})$/u)?.[1] ?? '';
      const words = phrase.trim().split(/\s+/);
      const titleAt = words
        .map((w) => w.toLowerCase())
        .lastIndexOf(m.value.title.split(/\s+/)[0] as string);
      const body =
        titleAt > 0
          ? bodyBefore(
              words
                .slice(0, titleAt + m.value.title.split(/\s+/).length)
                .join(' ')
                .replace(/^.*?\b(?:\p{Ll}+\s+)+(?=\p{Lu}|\d)/u, ''),
              m.value.title,
            )
          : undefined;
      // "Jane Roe, a spokeswoman for the department,": the title in apposition, with its body after it.
      const apposition = /^\s*,\s*(?:(?:the|a|an)\s+)?([^,;]{2,80}?)\s*,/u.exec(
        sentence.slice(m.end),
      )?.[1];
      const after =
        apposition && foldText(apposition).includes(m.value.title)
          ? bodyAfter(apposition)
          : undefined;
      this.postWithBody(
        entity,
        m.value.title,
        body ?? after,
        source,
        sentence,
        after && !body
          ? 'the title and the body named after it in apposition'
          : 'the title and the body printed before the name',
      );
    }
    const apposed = !entity.roles ? appositiveTitle(sentence.slice(m.end)) : undefined;
    // "Dr. Jane Roe, the Allen County health commissioner, said": the title in apposition after the name.
    if (apposed) this.apposedTitle(entity, apposed, source, sentence);
    return id;
  }

  finish(storyPath: string): ProvenanceEntry[] {
    const entityIndex = new Map(
      [...this.entities.keys()].map((id, i) => [`entity:${id}`, `${storyPath}.entities[${i}]`]),
    );
    const eventIndex = new Map(
      this.events.map((e, i) => [`event:${e.event.id}`, `${storyPath}.events[${i}]`]),
    );
    const quoteIndex = new Map(
      this.quotes.map((q, i) => [`quote:${q.id}`, `${storyPath}.quotes[${i}]`]),
    );
    const out = [...this.values];
    for (const p of this.pending) {
      const base =
        entityIndex.get(p.owner) ??
        eventIndex.get(p.owner) ??
        quoteIndex.get(p.owner) ??
        (p.owner.startsWith('story') ? storyPath : undefined);
      if (!base) continue;
      out.push({
        path: p.owner === 'story' ? `${base}.${p.field}` : `${base}.${p.field}`,
        value: p.value,
        source: p.source,
        sentence: p.sentence,
        confidence: p.confidence,
        ...(p.note ? { note: p.note } : {}),
      });
    }
    return out;
  }
}

/** Every word of a title the reader knows ("county executive" → county, executive). */
const TITLE_WORDS = new Set(
  [...raw.titles, ...((raw as { titleModifiers?: string[] }).titleModifiers ?? [])].flatMap((x) =>
    x.toLowerCase().split(/\s+/),
  ),
);
/** Words a report prints before a private person's name as if a title ("Passenger Ann Roe", "Neighbour Bo Lee"): no part of the name. */
const DESCRIPTORS = new Set([
  'passenger',
  'passengers',
  'witness',
  'neighbor',
  'neighbour',
  'resident',
  'parent',
  'student',
  'custodian',
  'janitor',
  'driver',
  'owner',
  'homeowner',
  'shopper',
  'customer',
  'bystander',
  'employee',
  'worker',
  'volunteer',
  'nurse',
  'teacher',
  'farmer',
  'fisherman',
  'electrician',
  'plumber',
  'mechanic',
  'contractor',
  'tenant',
  'landlord',
  'patient',
  'victim',
  'survivor',
  'caller',
  'motorist',
  'pedestrian',
  'cyclist',
  'hiker',
  'swimmer',
  'skater',
  'fan',
  'spectator',
  'grandmother',
  'grandfather',
  'mother',
  'father',
  'retiree',
  'veteran',
  'chaperone',
  'coach',
  'machinist',
  'captain',
  'pilot',
  'crewman',
  'guard',
  'firefighter',
  'paramedic',
]);
const TITLES_LONGEST_FIRST = [...raw.titles].sort((a, b) => b.length - a.length);

/** The reader's title a lower-case phrase is or ends with (the longest), or undefined. */
function readerTitle(folded: string): string | undefined {
  return TITLES_LONGEST_FIRST.find((t) => folded === t || folded.endsWith(` ${t}`));
}

/**
 * A title set off by commas right after a name ("…, the Allen County health commissioner, said"): the
 * reader's title it ends with, and the phrase as printed; undefined when the phrase ends with no title.
 */
export function appositiveTitle(after: string): { title: string; printed: string } | undefined {
  const m = /^\s*,\s*(?:the|a|an)\s+([^,;()\u201C\u201D"]{2,60}?),/u.exec(after);
  if (!m) return undefined;
  const printed = (m[1] as string).trim();
  const folded = printed.toLowerCase();
  const title = readerTitle(folded);
  return title ? { title, printed } : undefined;
}

/**
 * A title set off by a comma right before a name ("Erie's economic development director, Jane Roe,"; "The county's
 * health commissioner, Jane Roe,"): the reader's title it ends with, the phrase as printed, and its possessive owner
 * when capitalised ("Erie").
 */
export function titleBefore(
  before: string,
): { title: string; printed: string; phrase: string; owner?: string } | undefined {
  const m =
    /(?:^|[,;:\u2014]\s*|^\p{Lu}[\p{Lu} .'-]+,\s*\p{L}[\p{L}.]*\s*\u2014\s*)((?:(?:the|a|an)\s+)?(?:(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)['\u2019]s\s+|(?:the\s+)?(?:city|county|state|town|company|union|department)['\u2019]s\s+)?([\p{L} -]{2,60}?)),\s*$/iu.exec(
      before,
    );
  if (!m) return undefined;
  const phrase = (m[3] as string).trim();
  const folded = phrase.toLowerCase();
  const title = readerTitle(folded);
  if (!title) return undefined;
  return {
    title,
    printed: (m[1] as string).trim(),
    phrase: folded,
    ...(m[2] ? { owner: m[2] as string } : {}),
  };
}

/** "Superintendent Dr. ", "Fire Chief Rev. ": the reader's title printed right before a courtesy title, and the words as printed. */
export function titleBeforeCourtesy(
  before: string,
): { title: string; printed: string } | undefined {
  const m = /(?:^|[\s,(])((?:\p{Lu}[\p{L}-]*\s+){1,3})(?:Dr|Mr|Mrs|Ms|Mx|Rev|Prof)\.?\s+$/u.exec(
    before,
  );
  if (!m) return undefined;
  const printed = (m[1] as string).trim();
  const folded = printed.toLowerCase();
  const title = readerTitle(folded);
  return title ? { title, printed } : undefined;
}

/**
 * Posts one person holds at a time in a story's town, body or team: a person the report gives one of these titles,
 * and no one else, holds the story's post (an office of the draft), so a retelling naming another under it is wrong.
 * Not ranks many hold (captain, battalion chief, deputy) nor a bare "president" or "director" of some body.
 */
const ONE_HOLDER_TITLES = new Set([
  'mayor',
  'police chief',
  'chief of police',
  'fire chief',
  'sheriff',
  'undersheriff',
  'governor',
  'lieutenant governor',
  'superintendent',
  'city manager',
  'town manager',
  'county executive',
  'harbor master',
  'harbormaster',
  'head coach',
  'principal',
  'coroner',
  'medical examiner',
  'chief executive',
  'chief executive officer',
  'ceo',
  'chief operating officer',
  'chief financial officer',
  'fire marshal',
  'warden',
  'attorney general',
  'district attorney',
  'chancellor',
  'police commissioner',
]);

/** Gives each one-holder post ONE_HOLDER_TITLES names, held by one person of the draft alone, an office of its own. */
function oneHolderOffices(d: Drafter, source: string): void {
  const people = [...d.entities.values()].filter((e) => e.kind === 'person');
  const holders = (title: string) =>
    people.filter((e) => (e.roles ?? []).some((r) => r.title.toLowerCase() === title));
  for (const e of people) {
    const role = e.roles?.[0];
    if (
      !role ||
      role.office ||
      !ONE_HOLDER_TITLES.has(role.title.toLowerCase()) ||
      holders(role.title.toLowerCase()).length !== 1
    )
      continue;
    role.office = slug(role.title);
    d.note(
      `entity:${e.id}`,
      'roles[0].office',
      role.office,
      source,
      e.role ?? role.title,
      'medium',
      'a post one person holds at a time, and the report gives no one else this title',
    );
  }
}

/**
 * Whether a clause's only negations are negated infinitives ("ordered the ferry not to carry passengers"): they deny
 * what was ordered, not the clause's other outcomes ("had opened an investigation and had ordered … not to …").
 */
export function onlyNegatedInfinitives(clause: string): boolean {
  const negators = [
    ...clause.matchAll(/\b(?:not|never|no|nobody|none|neither|nor|without)\b|n['’]t\b/gi),
  ];
  return (
    negators.length > 0 && negators.every((m) => /^not\s+to\s+\p{Ll}/iu.test(clause.slice(m.index)))
  );
}

/** Whether a sentence names its occasion as one told of before: "at the same news conference", "at that briefing". */
export function sameOccasion(text: string, noun: string): boolean {
  return new RegExp(
    `\\b(?:the\\s+same|that)\\s+${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
    'i',
  ).test(text);
}

/** The people a sentence names outside quotation marks, in any clause (a quoted "could" makes its clause conditional, not its attribution). */
function quoteSpeakers(s: ReadSentence): Extract<Mention, { type: 'person' }>[] {
  return s.clauses
    .flatMap((c) => c.mentions)
    .filter(
      (m): m is Extract<Mention, { type: 'person' }> =>
        m.type === 'person' && s.unquoted.slice(m.start, m.end).trim() !== '',
    );
}

const mentionsOf = <T extends Mention['type']>(
  s: ReadSentence,
  type: T,
): Extract<Mention, { type: T }>[] =>
  s.mentions.filter((m): m is Extract<Mention, { type: T }> => m.type === type);

/** Nouns coordinated after a count's noun ("20 officers and troopers" → troopers). */
function coordinatedNouns(sentence: string, m: Mention): string[] {
  const after = sentence.slice(m.end);
  const c = /^\s+[\p{L}-]+\s+(?:and|or)\s+([\p{L}-]+)/u.exec(after);
  return c && !FUNCTION_WORDS.has((c[1] as string).toLowerCase())
    ? [(c[1] as string).toLowerCase()]
    : [];
}

/** The words for a speaking event: a news conference is a press conference too (the lexicon lists both as one part played). */
function speakingWords(noun: string): string[] {
  const conferences = SPEAKING_NOUNS.filter((n) => n.endsWith(' conference'));
  return conferences.includes(noun) ? conferences : [noun];
}

function speakingNoun(s: ReadSentence): string | undefined {
  const folded = ` ${foldText(s.unquoted).replace(/[^a-z0-9' ]+/g, ' ')} `;
  return [...SPEAKING_NOUNS]
    .sort((a, b) => b.length - a.length)
    .find((n) => folded.includes(` ${n} `));
}

/** The first speech verb outside quotation marks: its offset, or -1. */
function speechVerbAt(s: ReadSentence): number {
  const re = /[\p{L}]+/gu;
  for (let m = re.exec(s.unquoted); m; m = re.exec(s.unquoted))
    if (SPEECH_VERBS.has(m[0].toLowerCase())) return m.index;
  return -1;
}

function dateOf(s: ReadSentence, reportDate: string | undefined) {
  const day = (m: Mention) => !boundOfSpan(s.text.slice(Math.max(0, m.start - 40), m.start));
  return resolveDate(
    mentionsOf(s, 'date')
      .filter(day)
      .map((m) => m.value),
    mentionsOf(s, 'weekday')
      .filter(day)
      .map((m) => m.value),
    reportDate,
  );
}

function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

interface Counted {
  min: number;
  max: number;
  nouns: string[];
  text: string;
  approximate: boolean;
}

function counted(
  s: ReadSentence,
  m: Extract<Mention, { type: 'count' }>,
  previousNoun: string | undefined,
): Counted | null {
  const v = m.value;
  if (v.max === undefined || measureCompound(s, m)) return null;
  // A count with no noun of its own counts the noun before it only when nothing else follows it ("three of them",
  // "two were"); "two bottled-water pickup sites" is a noun the reader did not take, not the schools counted before.
  const bare = /^\s*(?:of\s+(?:them|those|these)\b|(?:were|was|are|is|had|have)\b|[,.;:)]|$)/i.test(
    s.text.slice(m.end, m.end + 20),
  );
  let nouns = v.noun
    ? [v.noun, ...coordinatedNouns(s.text, m)]
    : previousNoun && bare
      ? [previousNoun]
      : [];
  nouns = nouns.filter(
    (n) =>
      ![
        'days',
        'day',
        'weeks',
        'week',
        'months',
        'month',
        'years',
        'year',
        'hours',
        'hour',
        'minutes',
      ].includes(n),
  );
  if (!nouns.length) return null;
  const range =
    v.approximate && v.min === v.max ? approximateRange(v.min) : { min: v.min, max: v.max };
  return { ...range, nouns, text: m.text, approximate: v.approximate };
}

/**
 * "a 90-foot Ferris wheel", "the 100-foot aerial platform truck", "a 22-acre site": a measure joined to the noun it
 * describes tells the size of some thing the sentence names, not how many of anything an event had. Drafted as a
 * count of the unit ("foot"), any page's measure of another thing ("a 90-foot wheel" against the truck's 100) would be
 * set against it.
 */
const MEASURE_COMPOUND =
  /^[\p{L}\p{N},.]+-(?:square-|cubic-)?(?:foot|feet|inch|yard|mile|acre|meter|metre|kilometer|kilometre|pound|ton|gallon|story|storey|lane|bed|room|seat)\b/iu;

function measureCompound(s: ReadSentence, m: Mention): boolean {
  return MEASURE_COMPOUND.test(s.text.slice(m.start, m.end + 20));
}

/**
 * Words that end the name of a body, an event or a thing and never a person's ("the Orrin County Agricultural Fair",
 * "Palmetto Crest Amusements", "the Sky Wheel"): a name the reader took for a person's that ends in one, or runs on
 * into one, is no person of the story (drafted as one, it would speak at events and link pages to them).
 */
const THING_NAME_HEADS = new Set([
  'fair',
  'fairgrounds',
  'festival',
  'rally',
  'carnival',
  'expo',
  'wheel',
  'amusements',
  'rides',
  'company',
  'inc',
  'llc',
  'corp',
  'corporation',
  'club',
  'center',
  'centre',
  'board',
  'council',
  'committee',
  'association',
  'hospital',
  'museum',
  'library',
  'arena',
  'stadium',
  'cooperative',
  'co-op',
  'academy',
  'university',
  'college',
]);

function nameOfAThing(name: string, after: string): boolean {
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  const next = /^\s+(\p{Lu}[\p{L}.-]*)/u.exec(after)?.[1]?.replace(/\.$/, '').toLowerCase();
  return THING_NAME_HEADS.has(last) || (next !== undefined && THING_NAME_HEADS.has(next));
}

/** What drafting the original carries from sentence to sentence: the report, its source, and what the sentences before left. */
interface OriginalScope {
  d: Drafter;
  report: ReadReport;
  sourceId: string;
  publisherEntity: string | undefined;
  gazetteer: Gazetteer;
  gazetteerHas: (name: string) => boolean;
  reportDate: string | undefined;
  /** The report's home: the first place the world file knows (the dateline, usually); streets lie within it. */
  homePlace: string | undefined;
  /** Whether an event id is already drafted. */
  taken: (id: string) => boolean;
  lastIncident: DraftEvent | undefined;
  previousNoun: string | undefined;
  /** The day the sentence before states (a day, on or before the report's), and that sentence's index. */
  previousDay: { date: string; index: number } | undefined;
  /** Every whole day the sentences so far told, in order: "that Friday" is the last of them that was a Friday. */
  toldDays: string[];
  lastSpeaking: DraftEvent | undefined;
}

/** What one sentence of the original tells that its event needs: its day, outcomes, counts, clock times, agencies. */
interface SentenceReading {
  s: ReadSentence;
  text: string;
  /** The people it names (or credits with its quote), as entity ids. */
  people: string[];
  date: ReturnType<typeof dateOf>;
  /** The day the sentence right before states, if it states one. */
  dayBefore: string | undefined;
  outcomes: Extract<Mention, { type: 'outcome' }>[];
  /** Its speaking noun ("news conference", "statement"), if any. */
  noun: string | undefined;
  verbAt: number;
  counts: Extract<Mention, { type: 'count' }>[];
  times: Extract<Mention, { type: 'time-of-day' }>[];
  agencies: { m: Extract<Mention, { type: 'agency' }>; id: string }[];
  /** The outlets it says were spoken to ("told the Ledger"). */
  spokeTo: string[];
  /** Outcomes in a clause of another time ("one week after the department closed it"), and that clause's day. */
  otherTime: { outcomes: Extract<Mention, { type: 'outcome' }>[]; at: number; date?: string };
  /** Where the clause the outcomes are read from begins (a clause of another time's), when not at the start. */
  clauseFrom?: number;
}

/** Reads the original into entities, events and quotes. */
function draftOriginal(
  d: Drafter,
  report: ReadReport,
  sourceId: string,
  publisherEntity: string | undefined,
  gazetteer: Gazetteer,
): void {
  const o: OriginalScope = {
    d,
    report,
    sourceId,
    publisherEntity,
    gazetteer,
    gazetteerHas: (name: string) => gazetteer.lookup(name).length > 0,
    reportDate: d.reportDate,
    homePlace: undefined,
    taken: (id: string) => d.events.some((e) => e.event.id === id),
    lastIncident: undefined,
    previousNoun: undefined,
    previousDay: undefined,
    toldDays: [],
    lastSpeaking: undefined,
  };
  o.homePlace = homePlaceOf(o);
  for (const s of report.sentences) {
    const people = draftSentenceEntities(o, s);
    if (s.index === 0 && report.meta.headline) continue; // the headline states nothing new
    if (s.quotes.length) draftQuotes(o, s, people);
    else draftStatement(o, s, people);
  }
}

/**
 * The report's home place: a dateline town the world file does not know, in a state it knows ("ERIE, Pa." →
 * Pennsylvania), whatever the report names later (the company's seat, a known city); else the first place the world
 * file knows.
 */
function homePlaceOf(o: OriginalScope): string | undefined {
  const { d, report, gazetteer } = o;
  const dateline = report.sentences
    .map((s) =>
      /^\s*(\p{Lu}[\p{Lu} .'-]+),\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)\s*[—–]/u.exec(s.text),
    )
    .find(Boolean);
  const datelineTown =
    dateline &&
    !gazetteer.lookup(titleCase((dateline[1] as string).trim())).some((g) => g.kind === 'place');
  if (dateline && datelineTown) return datelineHome(o, dateline);
  for (const s of report.sentences) {
    const m = mentionsOf(s, 'place').find((x) => x.value.id?.startsWith('w:'));
    if (!m) continue;
    const world = (m.value.id as string).slice(2);
    const name = d.world?.world.places.find((p) => p.id === world)?.name ?? titleCase(m.text);
    return d.addEntity('place', name, { world }, o.sourceId, s.text, 'high');
  }
  return undefined;
}

/** Drafts a dateline town the world file does not know, within the state the dateline names, if the world file knows it. */
function datelineHome(o: OriginalScope, dateline: RegExpExecArray): string | undefined {
  const { d, report, sourceId } = o;
  const line = report.sentences.find((x) => x.text.trimStart().startsWith(dateline[0].trimStart()));
  const written = foldText(dateline[2] as string);
  const known = d.world?.world.states.find((x) =>
    [x.name, x.postal, ...(x.ap ?? [])].some((n) => n && foldText(n) === written),
  );
  if (!known || !line) return undefined;
  const state = d.addEntity('place', known.name, { world: known.id }, sourceId, line.text, 'high');
  const home = titleCase((dateline[1] as string).trim());
  const county = homeCounty(report, home);
  const within = county
    ? d.addEntity('place', county.name, { within: state }, sourceId, county.sentence, 'high')
    : state;
  if (county)
    d.note(
      `entity:${within}`,
      'within',
      state,
      sourceId,
      county.sentence,
      'high',
      "the county the report puts the dateline's town in, in the dateline's state",
    );
  const homePlace = d.addEntity('place', home, { within }, sourceId, line.text, 'medium');
  d.note(
    `entity:${homePlace}`,
    'within',
    within,
    sourceId,
    county?.sentence ?? line.text,
    'high',
    county ? 'the county the report puts it in' : "the report's dateline",
  );
  return homePlace;
}

/**
 * The county the report puts its home town in, in so many words: "this Coulee County city", "Tamsen Falls, a Coulee
 * County town", "Tamsen Falls, in Coulee County". The first sentence of the report's first eight that says it.
 */
function homeCounty(
  report: ReadReport,
  home: string,
): { name: string; sentence: string } | undefined {
  const name = String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){1,3})County`;
  const town = String.raw`(?:city|town|village|community|township|borough)`;
  const at = home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shapes = [
    new RegExp(String.raw`\bthis\s+${name}\s+${town}\b`, 'u'),
    new RegExp(String.raw`\b${at},\s+(?:a|an|in)\s+${name}\b`, 'iu'),
  ];
  for (const s of report.sentences.slice(0, 8)) {
    for (const re of shapes) {
      const m = re.exec(s.text);
      if (m) return { name: `${(m[1] as string).trim()} County`, sentence: s.text };
    }
  }
  return undefined;
}

/** Drafts the entities a sentence names (places, streets, agencies, organisations, people) and returns its people's ids. */
function draftSentenceEntities(o: OriginalScope, s: ReadSentence): string[] {
  draftPlacesAndStreets(o, s);
  draftAgenciesAndOrganizations(o, s);
  draftOrganizationSeats(o, s);
  const people = draftPeople(o, s);
  draftPublisherAlias(o, s);
  return people;
}

/** Drafts the places the world file knows and the streets a sentence names, the streets within the home place. */
function draftPlacesAndStreets(o: OriginalScope, s: ReadSentence): void {
  const { d, sourceId, homePlace } = o;
  const text = s.text;
  for (const m of mentionsOf(s, 'place')) {
    if (!m.value.id?.startsWith('w:')) continue;
    const world = m.value.id.slice(2);
    const place = d.world?.world.places.find((p) => p.id === world);
    // "of Rochester, Minn.": the state printed after the name is not the world file's place's; another place of that name.
    const state = s.mentions.find(
      (x) => x.type === 'state' && x.start > m.end && /^\s*,\s*$/.test(text.slice(m.end, x.start)),
    );
    const stateId = state?.type === 'state' ? state.value.id?.replace(/^w:/, '') : undefined;
    if (place && state && stateId !== place.state) continue;
    const name = place?.name ?? titleCase(m.text);
    d.addEntity('place', name, { world }, sourceId, text, 'high');
  }
  for (const m of mentionsOf(s, 'street')) {
    const isNew = !d.entityId(titleCase(m.text));
    const id = d.addEntity(
      'street',
      titleCase(m.text),
      homePlace ? { within: homePlace } : {},
      sourceId,
      text,
      'high',
    );
    if (homePlace && isNew)
      d.note(
        `entity:${id}`,
        'within',
        homePlace,
        sourceId,
        text,
        'medium',
        "the report's dateline or first place",
      );
  }
}

/** Drafts the capitalised agencies and the organisations (with their short names) a sentence names. */
function draftAgenciesAndOrganizations(o: OriginalScope, s: ReadSentence): void {
  const { d, sourceId, gazetteerHas } = o;
  const text = s.text;
  for (const m of mentionsOf(s, 'agency')) {
    if (!/^\p{Lu}/u.test(m.text)) continue;
    const world = m.value.id?.startsWith('w:') ? m.value.id.slice(2) : undefined;
    d.addEntity(
      'agency',
      m.text,
      world ? { world } : {},
      sourceId,
      text,
      world ? 'high' : 'medium',
    );
  }
  for (const org of organizationsIn(
    text,
    (n) =>
      gazetteerHas(n) ||
      (!!d.entityId(n) && d.entities.get(d.entityId(n)!)?.kind !== 'organization'),
  )) {
    const id = d.addEntity('organization', org.name, {}, sourceId, text, 'medium');
    // Not a word that opens another of the story's names ("Tamarack" of "Tamarack Bend Youth Hockey Association" is the town's too).
    const opensAnother = (a: string) =>
      [...d.entities.values()].some(
        (e) => e.id !== id && foldText(e.name).split(/\s+/)[0] === foldText(a),
      );
    for (const a of org.aliases)
      if (!d.entityId(a) && !opensAnother(a))
        d.alias(
          id,
          a,
          sourceId,
          text,
          "a short form of the name: its first word, or a union local's number",
        );
  }
}

/** "The company, which is based in Cleveland,", "the Cleveland-based company": drafts the organisation's seat. */
function draftOrganizationSeats(o: OriginalScope, s: ReadSentence): void {
  const { d, sourceId } = o;
  const text = s.text;
  for (const m of mentionsOf(s, 'place')) {
    if (!m.value.id?.startsWith('w:') || !inSeatPhrase(text, m)) continue;
    const orgs = [...d.entities.values()].filter((e) => e.kind === 'organization');
    const named = orgs.filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => text.includes(n)));
    const org =
      named.length === 1 ? named[0] : orgs.length === 1 && namesTheFirm(text) ? orgs[0] : undefined;
    if (!org || org.within) continue;
    const world = m.value.id.slice(2);
    const place = d.addEntity(
      'place',
      d.world?.world.places.find((p) => p.id === world)?.name ?? titleCase(m.text),
      { world },
      sourceId,
      text,
      'high',
    );
    org.within = place;
    d.note(
      `entity:${org.id}`,
      'within',
      place,
      sourceId,
      text,
      'medium',
      'where the report says the organisation is based',
    );
  }
}

/** Drafts the people a sentence names (with the titles before their names) and returns their ids. */
function draftPeople(o: OriginalScope, s: ReadSentence): string[] {
  const { d, sourceId, gazetteerHas } = o;
  const text = s.text;
  const people = mentionsOf(s, 'person')
    .map((m) => d.person(m, sourceId, text))
    .filter((id): id is string => !!id);
  // A quote's speaker is named outside its marks whatever the quote's own mood ("… more than it could take," Petrakis said).
  if (s.quotes.length && !people.length)
    people.push(
      ...quoteSpeakers(s)
        .map((m) => d.person(m, sourceId, text))
        .filter((id): id is string => !!id),
    );
  for (const name of speakerNames(s, gazetteerHas))
    if (!d.entityId(name)) people.push(d.addEntity('person', name, {}, sourceId, text, 'medium'));
  // "The bus driver, Jane Roe, 61,": a person named in apposition to what she is, with that as her role.
  for (const p of apposedPeople(s, gazetteerHas)) {
    if (d.entityId(p.name)) continue;
    const id = d.addEntity('person', p.name, {}, sourceId, text, 'medium');
    d.titleRole(
      d.entities.get(id) as Entity,
      p.title,
      p.title,
      sourceId,
      text,
      'medium',
      'the descriptor the name is set in apposition to',
    );
  }
  for (const id of people) d.titleAhead(id, text, sourceId);
  return people;
}

/** "told the Ledger": a short name of the report's own publisher is its alias. */
function draftPublisherAlias(o: OriginalScope, s: ReadSentence): void {
  const { d, sourceId, publisherEntity } = o;
  for (const m of mentionsOf(s, 'outlet')) {
    const publisher = publisherEntity ? (d.entities.get(publisherEntity) as Entity) : undefined;
    if (
      publisher &&
      publisher.name.toLowerCase() !== m.value.name.toLowerCase() &&
      publisher.name.toLowerCase().endsWith(` ${m.value.name.toLowerCase()}`)
    ) {
      d.alias(publisher.id, m.value.name, sourceId, s.text);
    }
  }
}

/** Drafts a quoting sentence: its speaking occasion when it names one and a day, and each quotation of four words or more. */
function draftQuotes(o: OriginalScope, s: ReadSentence, people: string[]): void {
  const { d, sourceId, taken, reportDate } = o;
  const text = s.text;
  const speaker = people[people.length - 1];
  const occasionNoun = speakingNoun(s);
  const occasionDate = dateOf(s, reportDate);
  if (speaker && occasionNoun && occasionDate && !occasionDate.conflict) {
    const same = d.events.find(
      (e) =>
        e.speaking && e.event.words.includes(occasionNoun) && e.event.date === occasionDate.date,
    );
    const event =
      same ??
      newEvent(
        d,
        taken,
        `${occasionNoun} (${d.entities.get(speaker)?.name})`,
        speakingWords(occasionNoun),
        occasionDate.date,
        s,
        sourceId,
        true,
      );
    addParticipants(d, event, 'spoke', [speaker], sourceId, text);
    o.lastSpeaking = event;
  }
  if (speaker) {
    for (const words of s.quotes) {
      if (words.split(/\s+/).length < 4) continue;
      draftQuote(o, s, speaker, words);
    }
  }
}

/** Drafts one quotation credited to its speaker, on the speaker's last occasion if any, with the provenance of each field. */
function draftQuote(o: OriginalScope, s: ReadSentence, speaker: string, words: string): void {
  const { d, sourceId, reportDate, report, lastSpeaking } = o;
  const text = s.text;
  const occasion =
    lastSpeaking &&
    (lastSpeaking.event.participants ?? []).some((p) => p.entities.includes(speaker))
      ? lastSpeaking
      : undefined;
  const entity = d.entities.get(speaker) as Entity;
  const id = `${slug(entity.name, 3)}-${slug(words, 4)}`.slice(0, 70);
  // "“…,” Pellegrini told the Ledger": the outlet the speaker gave the words to (the reader's `spoke-to`), by its full name.
  const toldTo = occasion
    ? undefined
    : s.clauses
        .flatMap((c) => c.mentions)
        .filter(
          (m): m is Extract<Mention, { type: 'outlet' }> =>
            m.type === 'outlet' && m.value.role === 'spoke-to' && !m.value.writer,
        )
        .map((m) => {
          const e = d.entityId(m.value.name);
          // "the Gazette" of the Pell Valley Gazette: the report's own publisher by its last words.
          const publisher = report.meta.publisher?.value;
          return e
            ? d.entities.get(e)?.name
            : publisher && ` ${publisher.toLowerCase()}`.endsWith(` ${m.value.name.toLowerCase()}`)
              ? publisher
              : undefined;
        })
        .find((n): n is string => !!n);
  const quote: Quote = {
    id,
    speaker,
    date: occasion?.event.date ?? (reportDate ?? '2000').slice(0, 7),
    text: quoteText(words),
    status: 'single-source',
    sources: [sourceId],
    occasion: occasion
      ? occasion.event.label
      : toldTo
        ? `told ${toldTo}`
        : `as reported by ${report.meta.publisher?.value ?? 'the original report'}`,
    ...(entity.role ? { role: entity.role } : {}),
  };
  if (d.quotes.some((q) => q.id === id)) return;
  d.quotes.push(quote);
  d.note(`quote:${id}`, 'text', quote.text, sourceId, text, 'high');
  d.note(
    `quote:${id}`,
    'speaker',
    speaker,
    sourceId,
    text,
    'high',
    'the name credited outside the quotation marks',
  );
  const occasionText = occasion ? occasion.sentences[0]!.text : text;
  const occasionConfidence = occasion ? 'medium' : 'low';
  d.note(
    `quote:${id}`,
    'occasion',
    quote.occasion,
    sourceId,
    occasionText,
    occasionConfidence,
    occasion
      ? "the speaker's last event before the quote"
      : toldTo
        ? 'the outlet the sentence says the speaker told'
        : 'no occasion stated; the report itself',
  );
  d.note(
    `quote:${id}`,
    'date',
    quote.date,
    sourceId,
    occasionText,
    occasionConfidence,
    occasion ? "the occasion's date" : "not stated: the report's month",
  );
}

/**
 * Drafts a sentence with no quotation: its scheduled events, the outcomes it denies, then the event it tells of (or
 * adds to) with that event's places, quantities, duration and clock time.
 */
function draftStatement(o: OriginalScope, s: ReadSentence, people: string[]): void {
  const r = readStatement(o, s, people);
  // "It reopened at noon on Sunday": a sentence whose subject is a bare "it" tells of some thing named before (a street, a
  // building), which its verb alone cannot name; drafted as an event of its own, any page's "X reopened" would be it.
  const told = thingPronounSubject(s.unquoted) ? undefined : sentenceEvent(o, r);
  if (told) {
    eventPlaces(o, r, told.target);
    eventQuantities(o, r, told.target);
    eventDuration(o, r, told.target);
    eventTime(o, r, told.target, told.carried);
    // The happening of the clause of another time: an event of its own, with its day when the offset gives it, and
    // the agencies named in that clause.
    const { outcomes, at, date } = r.otherTime;
    if (outcomes.length)
      outcomeEvent(o, {
        ...r,
        outcomes,
        date: date ? { date, how: 'the offset the sentence gives from its day' } : null,
        dayBefore: undefined,
        counts: [],
        times: [],
        agencies: r.agencies.filter((a) => a.m.start >= at),
        people: [],
        clauseFrom: at,
      });
  }
  o.previousNoun = lastNoun(o, r.counts);
}

/** The noun of the sentence's last count that has one, else the one before: what a bare number counts next. */
function lastNoun(o: OriginalScope, counts: SentenceReading['counts']): string | undefined {
  return (
    counts
      .map((c) => c.value.noun)
      .filter(Boolean)
      .pop() ?? o.previousNoun
  );
}

/** Whether the reader or a negated clause denies a mention ("did not …"), past a clause that only negates infinitives. */
function isNegated(s: ReadSentence, m: Mention): boolean {
  return (
    m.negated === true ||
    s.clauses.some(
      (c) =>
        c.negated &&
        c.start <= m.start &&
        m.end <= c.end &&
        !onlyNegatedInfinitives(s.text.slice(c.start, c.end)),
    )
  );
}

/** A clause of another time than the one before it: "(one week) after", "(two days) before", "since", "following". */
const OTHER_TIME_CLAUSE =
  /(?:,\s*|\s)(?:(?:(?:a|one|two|three|four|five|six|seven|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before)|since|following)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?\p{L}/iu;

/** Reads what a sentence without quotations tells, drafting its scheduled events and the outcomes it denies on the way. */
function readStatement(o: OriginalScope, s: ReadSentence, people: string[]): SentenceReading {
  const { d } = o;
  const text = s.text;
  const { date, dayBefore } = sentenceDay(o, s, people);
  // "over the raid", "the arrests": a definite noun names an event already drafted, not a new one.
  const drafted = (m: Extract<Mention, { type: 'outcome' }>) =>
    /\bthe\s+$/i.test(text.slice(0, m.start)) &&
    d.events.some((e) => (e.event.outcomes ?? []).some((x) => x.kind === m.value.kind));
  const told = mentionsOf(s, 'outcome').filter(
    (m) => !isNegated(s, m) && happened(s.text, m) && !drafted(m),
  );
  // "… reopened on Tuesday, Oct. 27, one week after the department closed it": an outcome in a clause of an earlier or
  // later time than the first one's is another happening, with another day, not one event of both kinds.
  const other = told.length > 1 ? OTHER_TIME_CLAUSE.exec(text.slice(told[0]!.end)) : null;
  const otherAt = other ? told[0]!.end + other.index : text.length;
  const outcomes = told.filter((m) => m.start < otherAt);
  draftDenials(o, s);
  const counts = mentionsOf(s, 'count').filter(
    (m) => !s.clauses.some((c) => c.negated && c.start <= m.start && m.end <= c.end),
  );
  // A clock time only when the report gives it ("at 6 a.m.", "about 6"): "before 4 a.m." states no time.
  // "shortly after 5 p.m." is about 5 p.m. (as the comparer reads it).
  const close = (m: Mention) =>
    /\b(?:shortly|just|soon|right)\s+after\s+$/i.test(
      text.slice(Math.max(0, m.start - 20), m.start),
    );
  const times = mentionsOf(s, 'time-of-day').filter(
    (m) =>
      m.value.minutes !== undefined &&
      !m.value.ambiguous &&
      (m.value.relation === 'at' || m.value.relation === 'about' || close(m)),
  );
  const agencies = mentionsOf(s, 'agency')
    .filter((m) => /^\p{Lu}/u.test(m.text))
    .map((m) => ({ m, id: d.entityId(m.text) as string }));
  const spokeTo = mentionsOf(s, 'outlet')
    .filter((m) => m.value.role === 'spoke-to')
    .map((m) => d.entityId(m.value.name))
    .filter((id): id is string => !!id);
  return {
    s,
    text,
    people,
    date,
    dayBefore,
    outcomes,
    noun: speakingNoun(s),
    verbAt: speechVerbAt(s),
    counts,
    times,
    agencies,
    spokeTo,
    otherTime: {
      outcomes: told.filter((m) => m.start >= otherAt),
      at: otherAt,
      ...(other ? offsetDay(date, other[0]) : {}),
    },
  };
}

/** Days in a unit of an offset ("one week after"). */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };

/**
 * The day of a clause of another time from the sentence's whole day and its offset: "one week after <it>" puts it a
 * week before; "two days before <it>", two days after. None for a partial day, months or years, or no amount.
 */
function offsetDay(date: ReturnType<typeof dateOf>, clause: string): { date?: string } {
  const m = /\b(a|one|two|three|four|five|six|seven|\d+)\s+(day|week)s?\s+(after|before)\b/i.exec(
    clause,
  );
  if (!m || !date || date.conflict || date.date.length !== 10) return {};
  const word = m[1]!.toLowerCase();
  const count =
    word === 'a'
      ? 1
      : /^\d+$/.test(word)
        ? Number(word)
        : (raw.numberWords as Record<string, number>)[word];
  if (count === undefined) return {};
  const n = count * UNIT_DAYS[m[2]!.toLowerCase()]!;
  const day = new Date(`${date.date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + (m[3]!.toLowerCase() === 'after' ? -n : n));
  return { date: day.toISOString().slice(0, 10) };
}

/**
 * Reads the day a sentence tells of, drafting its scheduled events ("will close by June 30, 2027", "would meet … on
 * Wednesday, Dec. 2"), whose dates date nothing else; a day two dates disagree on is unsettled.
 */
function sentenceDay(
  o: OriginalScope,
  s: ReadSentence,
  people: string[],
): { date: ReturnType<typeof dateOf>; dayBefore: string | undefined } {
  const { d, report, reportDate, sourceId, taken, previousDay } = o;
  const scheduled = scheduledEvents(
    s,
    reportDate,
    report.sentences.map((x) => x.unquoted),
  );
  // Every date after the first future marker is forward too ("would take effect on April 2, with the rest in May"), never a day told.
  const firstMarker = Math.min(...scheduled.map((x) => x.at));
  const ahead = new Set<Mention>([
    ...scheduled.flatMap((x) => [
      x.mention,
      ...s.mentions.filter(
        (m) => m.type === 'weekday' && m.end <= x.mention.start && x.mention.start - m.end < 4,
      ),
    ]),
    ...s.mentions.filter(
      (m) => (m.type === 'date' || m.type === 'weekday') && m.start > firstMarker,
    ),
  ]);
  const date = forward(
    s,
    toldBefore(o, s) ??
      dateOf(
        ahead.size ? { ...s, mentions: s.mentions.filter((m) => !ahead.has(m)) } : s,
        reportDate,
      ),
    reportDate,
  );
  // Every whole day the sentence names is told, not only the one its event takes ("on Tuesday, Oct. 27, one week after
  // … on Oct. 16").
  for (const m of mentionsOf(s, 'date')) {
    const told = resolveDate([m.value], [], reportDate);
    if (told && told.date.length === 10 && told.date <= (reportDate ?? ''))
      o.toldDays.push(told.date);
  }
  draftScheduled(
    d,
    taken,
    s,
    scheduled,
    date && !date.conflict && date.date <= (reportDate ?? '') ? date.date : undefined,
    sourceId,
    people,
  );
  const dayBefore = previousDay?.index === s.index - 1 ? previousDay.date : undefined;
  o.previousDay =
    date && !date.conflict && date.date.length === 10 && date.date <= (reportDate ?? '')
      ? { date: date.date, index: s.index }
      : undefined;
  if (date?.conflict) {
    d.unsettled.push({
      what: `the day in "${s.text}"`,
      path: '',
      drafted: date.date,
      values: [{ value: date.conflict, source: sourceId, sentence: s.text }],
    });
  }
  return { date, dayBefore };
}

/**
 * "would take up the proposal at its next meeting, on Tuesday, Sept. 15": a day after a future marker is ahead of the
 * report, never the year before it (a light verb's plan drafts no scheduled event, but its day is still forward).
 */
function forward(
  s: ReadSentence,
  date: ReturnType<typeof dateOf>,
  reportDate: string | undefined,
): ReturnType<typeof dateOf> {
  const dates = mentionsOf(s, 'date');
  if (!date || !reportDate || !dates.length || date.date >= reportDate.slice(0, date.date.length))
    return date;
  const first = Math.min(...dates.map((m) => m.start));
  FUTURE_MARK.lastIndex = 0;
  const marker = FUTURE_MARK.exec(s.unquoted);
  if (!marker || marker.index > first) return date;
  const next = `${Number(date.date.slice(0, 4)) + 1}${date.date.slice(4)}`;
  return next < reportDate.slice(0, next.length)
    ? date
    : { date: next, how: `${date.how}; ahead of the report (a plan)` };
}

/** A marker of what is yet to happen ("will", "would", "plans to", "next meeting"). */
const FUTURE_MARK =
  /\b(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:scheduled|set|expected|due|slated)\s+to|next\s+(?:meeting|session|hearing))\b/gi;

/**
 * "that Friday", "that same Tuesday" with no date of its own: the last day the report already told that fell on that
 * weekday (a fish fry "on Friday, Oct. 16", then "between 4 and 9:30 p.m. that Friday"), not the last one before the
 * report's date. Null when the sentence gives a date, or no earlier day fits.
 */
function toldBefore(o: OriginalScope, s: ReadSentence): ReturnType<typeof dateOf> {
  if (mentionsOf(s, 'date').length) return null;
  const weekday = mentionsOf(s, 'weekday').find((m) =>
    /\bthat\s+(?:same\s+)?$/i.test(s.text.slice(Math.max(0, m.start - 12), m.start)),
  );
  if (!weekday) return null;
  const day = weekday.value.day;
  const told = [...o.toldDays]
    .reverse()
    .find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === day);
  return told
    ? { date: told, how: `"that ${weekday.text}": the day the report told before` }
    : null;
}

/** "No one was killed": an outcome the report denies of everyone is excluded from the story's main event. */
function draftDenials(o: OriginalScope, s: ReadSentence): void {
  const { d, sourceId } = o;
  const text = s.text;
  const denied = mentionsOf(s, 'outcome').filter(
    (m) => isNegated(s, m) && deniedOfEveryone(s.text, m),
  );
  const main = d.events.find((e) => !e.speaking && e.dateFrom === 'stated') ?? o.lastIncident;
  for (const m of denied) {
    if (!main || (main.event.negatives ?? []).some((n) => n.kind === m.value.kind)) continue;
    main.event.negatives = [
      ...(main.event.negatives ?? []),
      { kind: m.value.kind, explanation: `The report says: "${text.slice(0, 900)}"` },
    ];
    d.note(
      `event:${main.event.id}`,
      `negatives[${main.event.negatives.length - 1}]`,
      m.value.kind,
      sourceId,
      text,
      'high',
      'denied of everyone ("no one", "nobody")',
    );
  }
}

/**
 * The event a sentence tells of: a speaking event, an outcome, what a dated verb says happened, when an event began,
 * what named agencies did, or (for a sentence of counts alone) the last incident, carried.
 */
function sentenceEvent(
  o: OriginalScope,
  r: SentenceReading,
): { target: DraftEvent; carried: boolean } | undefined {
  const { d, taken, sourceId } = o;
  const { s, date, noun, verbAt, agencies, people, times, counts } = r;
  const speakersHere = people.length
    ? people
    : agencies.filter((a) => verbAt === -1 || a.m.start < verbAt).map((a) => a.id);
  if (noun && (speakersHere.length || date)) {
    // A speaking event: a news conference, a statement, an interview (with its speaker or its day).
    const id = d.entities.get(people[0] ?? '')?.name;
    const label = `${noun}${id ? ` (${id})` : ''}`;
    // "at the same news conference": the one drafted before, whatever day the rest of the sentence names.
    const same = sameOccasion(s.unquoted, noun)
      ? [...d.events].reverse().find((e) => e.speaking && e.event.words.includes(noun))
      : undefined;
    if (same) same.sentences.push(s);
    const target =
      same ?? newEvent(d, taken, label, speakingWords(noun), date?.date, s, sourceId, true);
    if (speakersHere.length) addParticipants(d, target, 'spoke', speakersHere, sourceId, r.text);
    o.lastSpeaking = target;
    return { target, carried: false };
  }
  if (r.outcomes.length) return { target: outcomeEvent(o, r), carried: false };
  if (date && !date.conflict && dayVerb(s)) return { target: datedVerbEvent(o, r), carried: false };
  if (!date && !noun && times.length && onsetOf(s, d.events)) {
    // "The leak was reported at 2:40 p.m.": when an event already drafted began.
    const target = onsetOf(s, d.events) as DraftEvent;
    target.sentences.push(s);
    return { target, carried: false };
  }
  if (
    !date &&
    !noun &&
    (verbAt === -1 || verbAt > (dayVerb(s)?.at ?? Infinity)) &&
    dayVerb(s) &&
    agencies.some((a) => a.m.end <= (dayVerb(s)?.at ?? 0))
  )
    return { target: agencyActionEvent(o, r), carried: false };
  if (counts.length && o.lastIncident) return carriedCounts(o, r, o.lastIncident);
  return undefined;
}

/** The event of a sentence's outcomes: one drafted before of the same kind when the sentence states no day, else a new one; with who acted or spoke. */
function outcomeEvent(o: OriginalScope, r: SentenceReading): DraftEvent {
  const { d } = o;
  const { s, date, outcomes } = r;
  const kinds = [...new Set(outcomes.map((m) => m.value.kind))];
  const same = (e: DraftEvent) =>
    !e.speaking &&
    kinds.some(
      (k) => (e.event.outcomes ?? []).some((x) => x.kind === k) || e.event.words.includes(k),
    );
  // The one this sentence has just scheduled ("will hold a special meeting … at 7 p.m."), before any earlier one of the kind.
  const merge = !date
    ? (d.events.find((e) => e.sentences[0] === s && same(e)) ?? d.events.find(same))
    : undefined;
  const mergeWords =
    !date && !merge
      ? d.events.find(
          (e) => !e.speaking && outcomes.some((m) => e.event.words.includes(m.text.toLowerCase())),
        )
      : undefined;
  let target = merge ?? mergeWords;
  if (!target) target = newOutcomeEvent(o, r, kinds);
  else target.sentences.push(s);
  outcomeParticipants(o, r, target);
  if (!target.speaking) o.lastIncident = target;
  return target;
}

/** Drafts a new event of a sentence's outcomes, named by them (and by a dated verb before them), with each kind's count. */
function newOutcomeEvent(o: OriginalScope, r: SentenceReading, kinds: string[]): DraftEvent {
  const { d, taken, sourceId, previousNoun } = o;
  const { s, text, date, outcomes, counts } = r;
  // "A fire destroyed the store … and forced the evacuation of …": a dated verb before the outcome names the event too.
  const verb = date && !date.conflict ? dayVerb(s) : undefined;
  const named =
    verb && verb.at >= (r.clauseFrom ?? 0) && verb.at < Math.min(...outcomes.map((m) => m.start))
      ? [verb.verb, ...[subjectNoun(s.unquoted.slice(0, verb.at))].filter((w): w is string => !!w)]
      : [];
  const words = [
    ...new Set([
      ...named,
      ...outcomes.flatMap((m) => [m.text.toLowerCase(), ...(OUTCOME_FORMS[m.value.kind] ?? [])]),
    ]),
  ];
  const target = newEvent(
    d,
    taken,
    [...named.slice(0, 1), ...outcomes.map((m) => m.text.toLowerCase())].join(', '),
    words,
    date?.date,
    s,
    sourceId,
    false,
  );
  for (const kind of kinds) {
    const m = outcomes.find((x) => x.value.kind === kind) as Mention;
    const count = outcomeCount(s, m, counts);
    const nouns = count ? counted(s, count, previousNoun)?.nouns : undefined;
    target.event.outcomes = [
      ...(target.event.outcomes ?? []),
      {
        kind,
        ...(count ? { count: count.value.min } : {}),
        ...(nouns?.length ? { nouns } : {}),
      } as never,
    ];
    d.note(
      `event:${target.event.id}`,
      `outcomes[${target.event.outcomes.length - 1}]`,
      `${kind}${count ? ` ×${count.value.min}` : ''}`,
      sourceId,
      text,
      count ? 'high' : 'medium',
    );
  }
  return target;
}

/**
 * Who took part in an outcome: the agencies and people before its first word acted, when no speech verb comes first;
 * else the people spoke, the outlets they told interviewed, and an agency between the speech verb and the outcome acted.
 */
function outcomeParticipants(o: OriginalScope, r: SentenceReading, target: DraftEvent): void {
  const { d, sourceId } = o;
  const { s, text, outcomes, verbAt, agencies, people, spokeTo } = r;
  const first = Math.min(...outcomes.map((m) => m.start));
  if (verbAt === -1 || verbAt > first) {
    // "The FAA and the NTSB were notified, and the NTSB will lead the investigation": the doer is in the outcome's own
    // clause, after the last ", and", ", but" or ";" before it.
    const joined = [...text.slice(0, first).matchAll(/,\s+(?:and|but)\s+|;\s*/g)].pop();
    const from = joined ? joined.index + joined[0].length : 0;
    const actors = [
      ...agencies.filter((a) => a.m.start >= from && a.m.end <= first).map((a) => a.id),
      ...mentionsOf(s, 'person')
        .filter((m) => m.start >= from && m.end <= first)
        .map((m) => d.entityId(m.value.name) ?? '')
        .filter(Boolean),
    ];
    if (actors.length) addParticipants(d, target, 'acted', actors, sourceId, text);
  } else {
    const speakers = people.length ? people : [];
    if (speakers.length) addParticipants(d, target, 'spoke', speakers, sourceId, text);
    if (spokeTo.length) addParticipants(d, target, 'interviewer', spokeTo, sourceId, text);
    // "Roe said the Coast Guard had opened an investigation": the agency between the speech verb and the outcome did it.
    const reported = agencies
      .filter((a) => a.m.start > verbAt && a.m.end <= first)
      .map((a) => a.id);
    if (reported.length) addParticipants(d, target, 'acted', reported, sourceId, text);
  }
}

/**
 * A dated sentence with no outcome of the reader's: its first past-tense verb names what happened ("a fire destroyed
 * …", "the council voted …"); drafted with who told it or who did it.
 */
function datedVerbEvent(o: OriginalScope, r: SentenceReading): DraftEvent {
  const { d, taken, sourceId } = o;
  const { s, text, date, verbAt, people, spokeTo, agencies } = r;
  const { verb, at, complement } = dayVerb(s) as {
    verb: string;
    at: number;
    complement?: string;
  };
  const target = newEvent(
    d,
    taken,
    complement ? `${verb} ${complement}` : verb,
    datedVerbWords(o, s, verb, at, complement),
    date!.date,
    s,
    sourceId,
    false,
  );
  target.event.confidence = 'medium';
  if (verbAt !== -1 && verbAt < at) {
    // "X told the Ledger that the valve had been replaced in January": who told it, and to whom.
    if (people.length) addParticipants(d, target, 'spoke', people, sourceId, text);
    if (spokeTo.length) addParticipants(d, target, 'interviewer', spokeTo, sourceId, text);
  } else {
    const actors = agencies.filter((a) => a.m.end <= at).map((a) => a.id);
    if (actors.length) addParticipants(d, target, 'acted', actors, sourceId, text);
  }
  o.lastIncident = target;
  return target;
}

/** The words naming what a dated verb says happened: the verb's forms, the verbs coordinated with it, its subject's and object's nouns. */
function datedVerbWords(
  o: OriginalScope,
  s: ReadSentence,
  verb: string,
  at: number,
  complement: string | undefined,
): string[] {
  const { report } = o;
  // Its subject's noun names it too ("A fire destroyed" → fire).
  const subject = subjectNoun(s.unquoted.slice(0, at));
  // Every form of its verb, and the noun the report names it by after the thing it befell ("water main break").
  const head = headNoun(s.unquoted.slice(0, at));
  const nominal =
    head && !FUNCTION_WORDS.has(head)
      ? happeningNouns(
          report.sentences.map((x) => x.unquoted),
          head,
        )
      : [];
  // The verbs coordinated with it ("cut out and replaced"), and its object's noun ("issued a boil-water advisory" → advisory).
  const after = s.unquoted.slice(at + verb.length);
  const object = objectNoun(
    after,
    (w) =>
      FUNCTION_WORDS.has(w) || PLACE_PREPOSITIONS.has(w) || COMMON.has(w) || GENERIC_WORDS.has(w),
  );
  // "ran aground": the verb with its complement, in every form, and an a- complement alone ("aground"); never the bare light verb.
  const phrase = complement
    ? [
        ...verbForms(verb).map((f) => `${f} ${complement}`),
        ...(/^a\p{Ll}{4,}$/u.test(complement) ? [complement] : []),
      ]
    : verbForms(verb);
  return [
    ...new Set([
      ...phrase,
      ...coordinatedVerbs(after),
      ...(subject &&
      !FUNCTION_WORDS.has(subject) &&
      !nominal.length &&
      !namesAThing(
        subject,
        report.sentences.map((x) => x.unquoted),
      )
        ? [subject]
        : []),
      ...nominal,
      ...(object ? [object] : []),
    ]),
  ];
}

/** "Fire crews and a team from the state agency sealed the valve": what named agencies did, on a day the report does not state. */
function agencyActionEvent(o: OriginalScope, r: SentenceReading): DraftEvent {
  const { d, taken, sourceId } = o;
  const { s, agencies } = r;
  const { verb, at } = dayVerb(s) as { verb: string; at: number };
  const target =
    d.events.find((e) => !e.speaking && e.event.words.includes(verb)) ??
    newEvent(d, taken, verb, verbForms(verb), undefined, s, sourceId, false);
  addParticipants(
    d,
    target,
    'acted',
    agencies.filter((a) => a.m.end <= at).map((a) => a.id),
    sourceId,
    r.text,
  );
  return target;
}

/**
 * A sentence of counts alone adds them to the last incident. Only the counts are carried: a clock time here is that of
 * this sentence's own verb ("… before the first fire engine arrived at 9:33 a.m."), unless the sentence names the
 * event ("the raid, which began at 6 a.m.").
 */
function carriedCounts(
  o: OriginalScope,
  r: SentenceReading,
  target: DraftEvent,
): { target: DraftEvent; carried: boolean } {
  const { d, sourceId } = o;
  const { s, text, counts } = r;
  const carried = !target.event.words.some((w) => foldText(s.unquoted).includes(foldText(w)));
  target.sentences.push(s);
  // "Investigators recovered 310 spools": the verb before the count names what was done at that event.
  const verb = countVerb(s, counts[0] as Mention);
  if (verb && !target.event.words.includes(verb)) {
    target.event.words = [...target.event.words, verb];
    d.note(
      `event:${target.event.id}`,
      `words[${target.event.words.length - 1}]`,
      verb,
      sourceId,
      text,
      'low',
      'the verb of a sentence counting what this event found; attached to the nearest event before it',
    );
  }
  return { target, carried };
}

/** Adds to an event (not a speaking one) the streets and places the sentence names, then the home place. */
function eventPlaces(o: OriginalScope, r: SentenceReading, target: DraftEvent): void {
  const { d, sourceId, homePlace } = o;
  const { s, text } = r;
  const streets = mentionsOf(s, 'street')
    .map((m) => d.entityId(titleCase(m.text)))
    .filter((id): id is string => !!id);
  // A place the world file knows, by its id; one it does not know, by the draft's place of that name (never another kind's entity).
  const places = mentionsOf(s, 'place')
    .map((m) =>
      m.value.id?.startsWith('w:')
        ? [...d.entities.values()].find((e) => e.world === m.value.id!.slice(2))?.id
        : [...d.entities.values()].find(
            (e) => e.kind === 'place' && foldText(e.name) === foldText(m.text),
          )?.id,
    )
    .filter((id): id is string => !!id);
  const here = [...streets, ...places];
  if (!here.length || target.speaking) return;
  const before = target.event.places ?? [];
  const add = [...new Set(here)].filter((id) => !before.includes(id));
  if (homePlace && !before.includes(homePlace) && !add.includes(homePlace)) add.push(homePlace);
  if (!add.length) return;
  target.event.places = [...before, ...add];
  d.note(
    `event:${target.event.id}`,
    'places',
    add.map((id) => d.entities.get(id)?.name).join(', '),
    sourceId,
    text,
    streets.length ? 'high' : 'medium',
    homePlace && !here.includes(homePlace) ? "with the report's dateline place" : undefined,
  );
}

/** Adds to an event the sentence's counts that are no outcome's count, as quantities (or as nouns of an outcome's count). */
function eventQuantities(o: OriginalScope, r: SentenceReading, target: DraftEvent): void {
  const { d, sourceId, previousNoun, lastIncident } = o;
  const { s, text, outcomes, counts } = r;
  const outcomeCounts = new Set(outcomes.map((m) => outcomeCount(s, m, counts)).filter(Boolean));
  for (const c of counts) {
    const q = counted(s, c, previousNoun);
    // Beyond what a pack's quantity holds: a sum of money, a population, a fraction ("plus or minus 4.3 points").
    if (!q || q.max > 1_000_000 || !Number.isInteger(q.min) || !Number.isInteger(q.max)) continue;
    const quantities = target.event.quantities ?? [];
    if (quantities.some((x) => x.nouns[0] === q.nouns[0])) continue;
    if (outcomeCounts.has(c)) continue;
    // "the four suspects" naming an outcome's count already recorded: the noun joins that outcome.
    const group = d.events
      .flatMap((e) => e.event.outcomes ?? [])
      .find((x) => x.count === q.min && q.min === q.max);
    if (
      group &&
      /\bthe\s+$/i.test(s.text.slice(0, mentionsOf(s, 'count').find((m) => m === c)!.start))
    ) {
      group.nouns = [...new Set([...(group.nouns ?? []), ...q.nouns])];
      continue;
    }
    // "Residents … were ordered to leave, and about 400 people were evacuated": the group the outcome's other mention names is the one counted.
    const same = outcomes
      .filter((x) => x !== outcomes.find((y) => y.start > c.start))
      .flatMap((x) => passiveSubject(s, x) ?? []);
    if (outcomes.length >= 2 && new Set(outcomes.map((x) => x.value.kind)).size === 1)
      q.nouns = [...new Set([...q.nouns, ...same])];
    target.event.quantities = [...quantities, { nouns: q.nouns, min: q.min, max: q.max }];
    d.note(
      `event:${target.event.id}`,
      `quantities[${target.event.quantities.length - 1}]`,
      `${q.nouns.join('/')} ${q.min === q.max ? q.min : `${q.min}–${q.max}`}`,
      sourceId,
      text,
      target === lastIncident && !outcomes.length ? 'low' : 'high',
      q.approximate
        ? `"${q.text}" read as a range`
        : target === lastIncident && !outcomes.length
          ? 'attached to the nearest event before it'
          : undefined,
    );
  }
}

/** "in a 20-minute meeting": how long the event lasted, where the duration stands right before one of its own words. */
function eventDuration(o: OriginalScope, r: SentenceReading, target: DraftEvent): void {
  const { d, sourceId } = o;
  const { s, text } = r;
  for (const m of mentionsOf(s, 'duration')) {
    const next = /^[\s-]*([\p{L}]+)/u.exec(text.slice(m.end))?.[1]?.toLowerCase();
    if (
      target.event.duration ||
      !next ||
      !target.event.words.includes(next) ||
      m.value.max === undefined
    )
      continue;
    target.event.duration = {
      min: m.value.min,
      max: m.value.max,
      unit: m.value.unit,
      note: m.text,
    };
    d.note(
      `event:${target.event.id}`,
      'duration',
      m.text,
      sourceId,
      text,
      'high',
      'the duration before a word naming this event',
    );
  }
}

/**
 * Gives an event the sentence's clock time, unless only counts were carried to it; an undated event given a clock time
 * right after a sentence that states a day is on that day ("… told workers on Wednesday, Nov. 18, that …" then "He
 * delivered the news at about 7:30 a.m. in a meeting").
 */
function eventTime(
  o: OriginalScope,
  r: SentenceReading,
  target: DraftEvent,
  carried: boolean,
): void {
  const { d, sourceId } = o;
  const { s, text, times, date, dayBefore } = r;
  if (!times.length || target.event.time || carried) return;
  target.event.time = minutesToTime(times[0]!.value.minutes as number);
  d.note(`event:${target.event.id}`, 'time', target.event.time, sourceId, text, 'high');
  if (target.dateFrom === 'bounded' && !date && dayBefore && target.sentences[0] === s) {
    target.event.date = dayBefore;
    target.event.label = target.event.label.replace(/\([^()]*\)$/, `(${dayBefore})`);
    d.note(
      `event:${target.event.id}`,
      'date',
      dayBefore,
      sourceId,
      text,
      'low',
      'no day stated: a clock time right after the sentence that states this day',
    );
  }
}

/**
 * Drafts a sentence's scheduled events; and when a speech verb before the future marker has a past day
 * ("told workers on Wednesday, Nov. 18, that it will close …"), the announcement on that day, named by the same words.
 */
function draftScheduled(
  d: Drafter,
  taken: (id: string) => boolean,
  s: ReadSentence,
  scheduled: readonly Scheduled[],
  toldOn: string | undefined,
  source: string,
  people: readonly string[],
): DraftEvent | undefined {
  const verbAt = speechVerbAt(s);
  let first: DraftEvent | undefined;
  for (const x of scheduled) {
    const words = x.words;
    const same = (date: string) =>
      d.events.find(
        (e) => !e.speaking && e.event.date === date && e.event.words.includes(words[0]!),
      );
    const target =
      same(x.date) ??
      newEvent(d, taken, `${words[0]} (scheduled)`, words, x.date, s, source, false);
    // "the first 150 layoffs would take effect": a light verb, the happening named by its subject's plural noun.
    if (words[0] !== x.verb) target.namedHappening = true;
    if (target.sentences[0] !== s) target.sentences.push(s);
    first ??= target;
    // "Fitch said the first layoffs would take effect …": who told of it (a speaker before the future marker).
    if (verbAt !== -1 && verbAt < x.at && people.length)
      addParticipants(d, target, 'spoke', [...people], source, s.text);
    // Its counts and streets, read in its own (future) clause: "will close its plant on West Street …, eliminating about 480 jobs".
    const end = scheduled.find((y) => y.at > x.at)?.at ?? Infinity;
    const own = s.clauses
      .filter((c) => !c.negated)
      .flatMap((c) => c.mentions)
      .filter(
        (m) => m.start > x.at && m.start < end && s.unquoted.slice(m.start, m.end).trim() !== '',
      );
    for (const c of own.filter(
      (m): m is Extract<Mention, { type: 'count' }> => m.type === 'count',
    )) {
      const q = counted(s, c, undefined);
      const quantities = target.event.quantities ?? [];
      if (
        !q ||
        q.max > 1_000_000 ||
        !Number.isInteger(q.min) ||
        !Number.isInteger(q.max) ||
        quantities.some((y) => y.nouns[0] === q.nouns[0])
      )
        continue;
      target.event.quantities = [...quantities, { nouns: q.nouns, min: q.min, max: q.max }];
      d.note(
        `event:${target.event.id}`,
        `quantities[${quantities.length}]`,
        `${q.nouns.join('/')} ${q.min === q.max ? q.min : `${q.min}–${q.max}`}`,
        source,
        s.text,
        'medium',
        q.approximate ? `"${q.text}" read as a range` : undefined,
      );
    }
    const streets = own
      .filter((m) => m.type === 'street')
      .map((m) => d.entityId(titleCase(m.text)))
      .filter((id): id is string => !!id && !(target.event.places ?? []).includes(id));
    if (streets.length) {
      target.event.places = [...(target.event.places ?? []), ...new Set(streets)];
      d.note(
        `event:${target.event.id}`,
        'places',
        streets.map((id) => d.entities.get(id)?.name).join(', '),
        source,
        s.text,
        'high',
      );
    }
    target.event.confidence = 'medium';
    d.note(
      `event:${target.event.id}`,
      'date',
      x.date,
      source,
      s.text,
      'medium',
      "a scheduled event: the first such day on or after the report's date",
    );
    if (toldOn && verbAt !== -1 && verbAt < x.at && !same(toldOn)) {
      // Not by a past form: "closed the plant on Wednesday" tells of the closing as done, which the announcement is not.
      const present = words.filter((w) => w === x.verb || (!irregularPast(w) && !/ed$/.test(w)));
      const told = newEvent(
        d,
        taken,
        `announced (${words[0]})`,
        [...present, 'announced', 'announcement', 'announces', 'announcing'],
        toldOn,
        s,
        source,
        false,
      );
      told.event.confidence = 'medium';
    }
  }
  return first;
}

/** Whether a sentence's subject is a bare "it" ("It reopened at noon", "It was towed …"), which names no thing by itself. */
export function thingPronounSubject(unquoted: string): boolean {
  return /^\s*It\s/u.test(unquoted);
}

const THING_NOUNS = new Set([...raw.outcomeThingNouns, ...raw.outletPieceNouns]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that']);

/**
 * Whether an outcome word tells of something that happened to someone: not wished or
 * demanded ("called for them to be fired", "to arrest"), and not done to a thing
 * ("picked up the story", "released a statement").
 */
function happened(sentence: string, m: Mention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  if (/\bto\s+(?:be\s+|have\s+been\s+)?$/.test(before)) return false;
  const next =
    sentence
      .slice(m.end)
      .toLowerCase()
      .match(/[a-z'-]+/g)
      ?.slice(0, 3) ?? [];
  const object = DETERMINERS.has(next[0] ?? '') ? next[1] : next[0];
  return !(object && THING_NOUNS.has(object));
}

const ONSET =
  /^\s*(?:was\s+|were\s+)?(?:first\s+)?(?:reported|began|started|broke\s+out|happened|occurred|erupted|discovered|spotted|detected)\b/i;

/** The event a sentence tells the start of: "The leak was reported …", "The fire began …" (its subject one of the event's words). */
function onsetOf(s: ReadSentence, events: readonly DraftEvent[]): DraftEvent | undefined {
  const m = /^\s*The\s+(\p{Ll}{3,})\s+/u.exec(s.unquoted);
  if (!m || !ONSET.test(s.unquoted.slice(m[0].length))) return undefined;
  const found = events.filter(
    (e) => !e.speaking && !e.event.time && e.event.words.includes(m[1] as string),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The bare plural noun an outcome befell, as the subject of its passive clause ("Residents within a mile were ordered to leave" → residents). */
export function passiveSubject(s: ReadSentence, m: Mention): string | undefined {
  const clause = s.clauses.find((c) => c.start <= m.start && m.end <= c.end);
  const before = s.text.slice(clause?.start ?? 0, m.start);
  const hit =
    /^\s*(?:the\s+)?(\p{L}{4,}s)\b([^,;]{0,60}?)\b(?:were|had\s+been|have\s+been)\s+$/iu.exec(
      before,
    );
  // Only a phrase that qualifies the noun may stand between ("within half a mile of the plant"), not another clause ("said they").
  if (
    !hit ||
    /\b(?:\p{Ll}+ed|said|says|while|when|after|before|and|but|as|they|we|who|which|that)\b/u.test(
      hit[2] as string,
    )
  )
    return undefined;
  const noun = (hit[1] as string).toLowerCase();
  return !FUNCTION_WORDS.has(noun) && !COMMON.has(noun) ? noun : undefined;
}

/** Whether a denied outcome is denied of everyone ("no one was killed", "nobody was hurt"), not of some ("no residents were hurt"). */
export function deniedOfEveryone(sentence: string, m: Mention): boolean {
  const before = sentence.slice(0, m.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return /\b(?:no[- ]one|nobody|none)\b(?:\s+(?:was|were|had been|has been|is|got))?\s+(?:\w+ly\s+)?$/i.test(
    clause,
  );
}

/** Letters to change, add or drop to turn one word into another (small words only). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = keep;
    }
  }
  return row[b.length] as number;
}

/** Two full names of one person spelled otherwise: the same surname and first initial, or the same first name and a surname one or two letters off. */
function spelledOtherwise(a: string, b: string): boolean {
  const [fa, ...ra] = foldText(a).split(/\s+/);
  const [fb, ...rb] = foldText(b).split(/\s+/);
  const sa = ra.join(' ');
  const sb = rb.join(' ');
  if (!fa || !fb || !sa || !sb || (fa === fb && sa === sb)) return false;
  if (sa === sb) return fa[0] === fb[0];
  return fa === fb && sa.length >= 4 && editDistance(sa, sb) <= 2;
}

const UTTERANCE_VERBS = new Set(raw.utteranceVerbs);

/**
 * Full names the typed reader leaves (it reads a name alone only next to a title or a speech verb
 * right after it): two or three capitalised words set off by commas before a speech verb ("The
 * store's owner, Priya Castellanos, said"), or after "said" at the end ("…, said Priya Castellanos.").
 * Names the gazetteer knows as something else (a place, an agency) are left out.
 */
export function speakerNames(s: ReadSentence, known: (name: string) => boolean): string[] {
  const name = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}";
  const verbs = [...SPEECH_VERBS].join('|');
  const patterns = [
    new RegExp(`, (${name}),? (?:${verbs})\\b`, 'gu'),
    new RegExp(`\\b(?:${verbs}) (${name})[.,;]?\\s*$`, 'gu'),
    // "Jane Roe, the plant's manager, told …": a name opening the sentence (after a dateline), set off by an appositive before a speech verb.
    new RegExp(
      `^(?:[^—]{0,40}—\\s*)?(${name}), (?:the|a|an|his|her|its|their) [^,]{1,60}, (?:${verbs})\\b`,
      'gu',
    ),
  ];
  const out: string[] = [];
  for (const re of patterns) {
    for (const m of s.unquoted.matchAll(re)) {
      const n = m[1] as string;
      if (n.split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase())) || known(n)) continue;
      if (s.mentions.some((x) => x.type === 'person' && x.text.includes(n))) continue;
      out.push(n);
    }
  }
  return out;
}

/**
 * People named in apposition to what they are ("The bus driver, Jane Roe, 61, of Elm Park, broke …", "Two teachers,
 * Ann Lee and Bo Ray, were aboard"): each name with the descriptor phrase as printed (singular), when its last word is
 * one of the reader's descriptors of people (driver, teacher, passenger …). Names the gazetteer knows are left out.
 */
export function apposedPeople(
  s: ReadSentence,
  known: (name: string) => boolean,
): { name: string; title: string }[] {
  const name = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}";
  const re = new RegExp(
    `(?:^|[\\s—])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+),\\s+(${name})(?:,?\\s+and\\s+(${name}))?(?=[,.;])`,
    'gu',
  );
  const out: { name: string; title: string }[] = [];
  for (const m of s.unquoted.matchAll(re)) {
    const words = (m[1] as string).split(/\s+/);
    const last = (words[words.length - 1] as string).replace(/s$/, '');
    if (!DESCRIPTORS.has(last) || words.some((w) => FUNCTION_WORDS.has(w))) continue;
    const title = [...words.slice(0, -1), last].join(' ');
    for (const n of [m[2], m[3]]) {
      if (!n || known(n) || n.split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) continue;
      out.push({ name: n, title });
    }
  }
  return out;
}

/**
 * The head noun of the subject before a verb: right before it ("A fire destroyed" → fire), or of the noun
 * phrase opening the sentence or its dateline's clause, before a preposition ("An ammonia leak at the plant
 * forced" → leak); none for a function or common word.
 */
export function subjectNoun(beforeVerb: string): string | undefined {
  const clause = beforeVerb.replace(/^[^—]*—\s*/u, '');
  const noun =
    /(?:^|\s)(?:[Aa]|[Aa]n|[Tt]he)\s+(\p{Ll}{3,})\s+$/u.exec(clause)?.[1] ??
    /^\s*(?:An?|The)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\s+(?:at|on|in|near|inside|outside|of|from)\s/u.exec(
      clause,
    )?.[1];
  return noun && !FUNCTION_WORDS.has(noun) && !COMMON.has(noun) ? noun : undefined;
}

/** The first past-tense verb of a sentence outside quotation marks, before its first date or weekday; none for speech and reporting verbs. */
/** Words that complete a verb of motion into a happening ("ran aground", "went missing", "caught fire"): the phrase names it. */
const COMPLEMENTS = new Set([
  'aground',
  'ashore',
  'adrift',
  'ablaze',
  'afire',
  'apart',
  'missing',
  'loose',
  'fire',
  'overboard',
  'capsized',
]);

export function dayVerb(
  s: ReadSentence,
): { verb: string; at: number; complement?: string } | undefined {
  const firstDate = Math.min(
    ...s.mentions.filter((m) => m.type === 'date' || m.type === 'weekday').map((m) => m.start),
  );
  const re = /(?<![\p{L}'-])(\p{Ll}{3,})(?![\p{L}'-])/gu;
  for (let m = re.exec(s.unquoted); m && m.index < firstDate; m = re.exec(s.unquoted)) {
    const verb = m[1] as string;
    // A past tense: regular ("destroyed") or irregular ("burst", "broke", "fell").
    if (!(verb.length >= 5 && verb.endsWith('ed')) && !irregularPast(verb)) continue;
    if (
      SPEECH_VERBS.has(verb) ||
      UTTERANCE_VERBS.has(verb) ||
      FUNCTION_WORDS.has(verb) ||
      /^(?:need|seed|feed|speed|bleed|breed|hundred|red|bed|shed)$/.test(verb)
    )
      continue;
    // "A fire that burned for eight hours destroyed …": the verb of a relative clause is not the sentence's.
    if (/\b(?:that|which|who)\s+$/i.test(s.unquoted.slice(0, m.index))) continue;
    // An adjective before a noun ("a retired teacher", "stolen") is no verb: a verb is followed by a determiner, a preposition, a number or the sentence's end.
    const next = s.unquoted
      .slice(m.index + verb.length)
      .match(/^\s*([\p{L}\p{N}]+)/u)?.[1]
      ?.toLowerCase();
    if (next && irregularPast(verb) && COMPLEMENTS.has(next))
      return { verb, at: m.index, complement: next };
    // "Divers hired by the town found …": a participle after its noun and before "by" qualifies the noun; the verb comes later.
    if (
      next === 'by' &&
      !/\b(?:was|were|is|are|be|been|being|had|has|have|got|get|gets)\s+(?:\p{Ll}+ly\s+)?$/u.test(
        s.unquoted.slice(0, m.index),
      )
    )
      continue;
    if (
      next &&
      !FUNCTION_WORDS.has(next) &&
      !/^\p{N}/u.test(next) &&
      !/^(?:up|down|out|off|over|into)$/.test(next) &&
      !(irregularPast(verb) && PLACE_PREPOSITIONS.has(next)) &&
      !afterItsSubject(s.unquoted.slice(0, m.index), verb)
    )
      continue;
    return { verb, at: m.index };
  }
  return undefined;
}

/**
 * "… nine paying passengers struck power lines": an irregular past right after a plural noun, the subject's last word,
 * is the sentence's verb whatever follows it; an adjective stands after a determiner ("a retired teacher"), and a
 * participle after another verb ("found burned debris") or a comma.
 */
function afterItsSubject(before: string, verb: string): boolean {
  if (!irregularPast(verb)) return false;
  const prev = /([\p{L}'’-]+)\s+$/u.exec(before)?.[1];
  if (!prev || !/^\p{Ll}{3,}s$/u.test(prev) || /(?:ss|us|is)$/.test(prev)) return false;
  return !FUNCTION_WORDS.has(prev) && !SPEECH_VERBS.has(prev) && !irregularPast(prev);
}

/** A past-tense verb right before a count ("recovered 310 spools", "seized 40 guns"), lower case; none for a speech verb. */
function countVerb(s: ReadSentence, count: Mention): string | undefined {
  const m = /([\p{Ll}]+ed)\s+$/u.exec(s.text.slice(0, count.start));
  const verb = m?.[1];
  return verb && !SPEECH_VERBS.has(verb) && !FUNCTION_WORDS.has(verb) ? verb : undefined;
}

/** The count that says how many an outcome befell: "Two of the four" → two; else the count nearest the outcome word in its sentence. */
function outcomeCount(
  s: ReadSentence,
  outcome: Mention,
  counts: Extract<Mention, { type: 'count' }>[],
): Extract<Mention, { type: 'count' }> | undefined {
  const usable = counts.filter(
    (c) =>
      c.value.max !== undefined &&
      c.value.min === c.value.max &&
      !c.value.approximate &&
      !measureCompound(s, c),
  );
  const partitive = usable.find((c) => /^\s+of\s+the\b/i.test(s.text.slice(c.end)));
  if (partitive) return partitive;
  const free = usable.filter((c) => !/\bthe\s+$/i.test(s.text.slice(0, c.start)));
  // The subject: the first count before the outcome in its clause ("Three men, a father and his two sons, were taken …").
  const clause = s.clauses.find((c) => c.start <= outcome.start && outcome.end <= c.end);
  // No other outcome word may stand between: in "arrested four people … in a raid" the four were arrested, not raided.
  const outcomesBetween = (from: number, to: number) =>
    s.mentions.some((m) => m.type === 'outcome' && m !== outcome && m.start >= from && m.end <= to);
  // A count right after another outcome word is that outcome's object.
  const objectOfAnother = (c: Mention) =>
    s.mentions.some(
      (m) =>
        m.type === 'outcome' &&
        m !== outcome &&
        m.end <= c.start &&
        c.start - m.end < 40 &&
        !outcomesBetween(m.end, c.start),
    );
  const subject = free.find(
    (c) =>
      c.end <= outcome.start &&
      (!clause || c.start >= clause.start) &&
      outcome.start - c.start < 80 &&
      !outcomesBetween(c.end, outcome.start) &&
      !objectOfAnother(c),
  );
  if (subject) return subject;
  // Else the object right after it ("arrested four people").
  const after = free.filter((c) => c.start >= outcome.end).sort((a, b) => a.start - b.start)[0];
  return after && after.start - outcome.end < 40 && !outcomesBetween(outcome.end, after.start)
    ? after
    : undefined;
}

function newEvent(
  d: Drafter,
  taken: (id: string) => boolean,
  label: string,
  words: string[],
  date: string | undefined,
  s: ReadSentence,
  source: string,
  speaking: boolean,
): DraftEvent {
  let id = slug(label, 5);
  for (let i = 2; taken(id); i++) id = `${slug(label, 5)}-${i}`;
  const bounded = date === undefined;
  const when = date ?? (d.reportDate ?? '2000').slice(0, 7);
  const event: StoryEvent = {
    id,
    label: `${label} (${when})`,
    words,
    date: when,
    sources: [source],
    confidence: bounded ? 'low' : 'high',
  };
  const draft: DraftEvent = {
    event,
    sentences: [s],
    speaking,
    dateFrom: bounded ? 'bounded' : 'stated',
  };
  d.events.push(draft);
  d.note(
    `event:${id}`,
    'words',
    words.join(', '),
    source,
    s.text,
    'medium',
    "the words that name it in the sentence (and their forms in the reader's lexicon)",
  );
  d.note(
    `event:${id}`,
    'date',
    when,
    source,
    s.text,
    bounded ? 'low' : 'high',
    bounded
      ? "no day stated: the report's month, which the day cannot be after"
      : resolveNote(s, d.reportDate),
  );
  return draft;
}

function resolveNote(s: ReadSentence, reportDate: string | undefined): string {
  return dateOf(s, reportDate)?.how ?? '';
}

function addParticipants(
  d: Drafter,
  target: DraftEvent,
  role: 'acted' | 'spoke' | 'interviewer',
  ids: string[],
  source: string,
  sentence: string,
): void {
  const participants = target.event.participants ?? [];
  const existing = participants.find((p) => p.role === role);
  const add = ids.filter((id) => !(existing?.entities ?? []).includes(id));
  if (!add.length) return;
  if (existing) existing.entities.push(...add);
  else participants.push({ role, entities: [...new Set(add)] });
  target.event.participants = participants;
  const index = participants.findIndex((p) => p.role === role);
  d.note(
    `event:${target.event.id}`,
    `participants[${index}]`,
    `${role}: ${add.map((id) => d.entities.get(id)?.name ?? id).join(', ')}`,
    source,
    sentence,
    role === 'acted' ? 'medium' : 'high',
  );
}

/** The report's metadata as a source of the story, with provenance. */
function sourceOf(
  d: Drafter,
  report: ReadReport,
  id: string,
  kind: 'original' | 'local',
): { source: Source; unstated: string[] } {
  const m = report.meta;
  const unstated: string[] = [];
  const publisher = m.publisher?.value;
  if (!publisher) unstated.push('publisher');
  if (!m.date) unstated.push('date');
  if (!m.url) unstated.push('canonical address');
  const source: Source = {
    id,
    publisher: publisher ?? `unknown publisher (${report.name})`,
    ...(m.headline ? { headline: m.headline.value } : {}),
    date: m.date?.value ?? d.reportDate ?? '2000',
    ...(m.author ? { author: m.author.value } : {}),
    url: m.url?.value ?? 'https://example.invalid/',
    urlConfirmed: !!m.url,
    ...(m.url
      ? {}
      : {
          urlNote:
            'the page states no canonical address; this is a placeholder for the author to replace',
        }),
    kind,
  };
  return { source, unstated };
}

interface CorroboratingEvent {
  kind: string;
  date?: string;
  count?: number;
  sentence: string;
  streets: string[];
}

function corroboratingEvents(
  report: ReadReport,
  reportDate: string | undefined,
): CorroboratingEvent[] {
  const out: CorroboratingEvent[] = [];
  for (const s of report.sentences) {
    if (s.quotes.length) continue;
    const counts = mentionsOf(s, 'count');
    for (const m of mentionsOf(s, 'outcome')) {
      if (m.negated) continue;
      const count = outcomeCount(s, m, counts);
      // A sentence of two days ("reopened Tuesday, a week after it was closed on Oct. 20") does not say which is whose.
      const date = outcomeDay(s, m, reportDate);
      out.push({
        kind: m.value.kind,
        ...(date ? { date } : {}),
        ...(count ? { count: count.value.min } : {}),
        sentence: s.text,
        streets: mentionsOf(s, 'street').map((x) => x.value.name),
      });
    }
  }
  return out;
}

/** Words that open another clause between an outcome and a day: the day may be that clause's ("after people who ate at its Oct. 16 fry"). */
const OTHER_CLAUSE = /\b(?:who|which|that|after|before|since|when|while|until|because)\b/i;

/**
 * The day a corroborating sentence gives an outcome: the nearest day told after it, else before it, with no word of
 * another clause between ("reopened for the first time since the department closed it on Oct. 20" gives "reopened" no
 * day of its own; "arrested four people on Tuesday …, officials said on Wednesday" gives Tuesday). A weekday right
 * before a date ("Tuesday, Oct. 20") is one day with it.
 */
function outcomeDay(
  s: ReadSentence,
  m: Mention,
  reportDate: string | undefined,
): string | undefined {
  const days = s.mentions
    .filter((x) => x.type === 'date' || x.type === 'weekday')
    .sort((a, b) => a.start - b.start);
  const groups: Mention[][] = [];
  for (const d of days) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.type === 'weekday' && d.start - prev.end <= 3) last.push(d);
    else groups.push([d]);
  }
  const clear = (from: number, to: number) => !OTHER_CLAUSE.test(s.text.slice(from, to));
  const group =
    groups.find((g) => g[0]!.start >= m.end && clear(m.end, g[0]!.start)) ??
    [...groups]
      .reverse()
      .find((g) => g[g.length - 1]!.end <= m.start && clear(g[g.length - 1]!.end, m.start));
  return group ? dateOf({ ...s, mentions: group }, reportDate)?.date : undefined;
}

/** Specific words of the story: words (and word pairs) the original repeats that are no common word, name part or date word. */
function specificTerms(report: ReadReport, names: readonly string[]): string[] {
  const nameWords = new Set(names.flatMap((n) => foldText(n).split(/\s+/)));
  const counts = new Map<string, number>();
  for (const s of report.sentences) {
    if (s.quotes.length) continue;
    const toks = foldText(s.unquoted)
      .split(/[^a-z']+/)
      .filter(Boolean);
    const seen = new Set<string>();
    const ok = (w: string) =>
      w.length >= 4 &&
      !COMMON.has(w) &&
      !FUNCTION_WORDS.has(w) &&
      !nameWords.has(w) &&
      !WEEKDAY_AND_MONTH_WORDS.has(w) &&
      !SPEECH_VERBS.has(w) &&
      !GENERIC_WORDS.has(w);
    toks.forEach((w, i) => {
      if (ok(w)) seen.add(w);
      const next = toks[i + 1];
      if (next && ok(w) && ok(next)) seen.add(`${w} ${next}`);
    });
    for (const w of seen) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const repeated = [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length);
  const chosen: string[] = [];
  for (const [w] of repeated) {
    if (chosen.some((c) => c.includes(w) || w.includes(c))) continue;
    chosen.push(w);
    if (chosen.length >= 6) break;
  }
  return chosen;
}

export interface DraftOptions {
  world: WorldIndex | undefined;
  /** YYYY-MM-DD, the pack's `updated`. */
  today: string;
  packFile?: string;
}

/**
 * Outcomes that tell no story of themselves: a meeting, a visit, a building or road closed or reopened, someone
 * released or praised. Any other event in the same town has them ("the library reopened"), so they do not make a
 * page about the story unless the headline or the lede tells them.
 */
const PASSING_OUTCOMES = new Set([
  'met',
  'visited',
  'closed',
  'reopened',
  'released',
  'praised',
  'investigated',
  'returned-to-duty',
  'kept-on-duty',
  'promoted',
]);

/** What drafting the pack carries from step to step: the original report, its drafter and source, and the sources kept or left out. */
interface PackScope {
  original: DraftInput;
  options: DraftOptions;
  gazetteer: Gazetteer;
  report: ReadReport;
  reportDate: string | undefined;
  d: Drafter;
  originalId: string;
  originalSource: Source;
  notes: string[];
  corroboratingSources: Source[];
  leftOut: Provenance['leftOut'];
  sourceFiles: Provenance['sources'];
}

/** Drafts a one-story pack from the original and the corroborating reports. */
export function draftPack(
  original: DraftInput,
  corroborating: readonly DraftInput[],
  options: DraftOptions,
): DraftResult {
  const p = readOriginal(original, options);
  if ('error' in p) return { ok: false, error: p.error };
  const names = knownNames(p.d);
  for (const input of corroborating) corroborate(p, input, names);
  const { recognition, ledeSentence } = recognitionOf(p);
  const story = storyOf(p, recognition, ledeSentence);
  const pack = {
    format: 'sourcelight-pack',
    formatVersion: 2,
    id: `draft-${story.id}`.slice(0, 80),
    version: '0.1.0',
    publisher: 'Drafted by sourcelight pack draft (unreviewed)',
    updated: options.today,
    description: `A draft from ${original.name}: review it with \`sourcelight pack review\` before use.`,
    stories: [story],
  };
  const parsed = parsePack(pack);
  if (!parsed.ok)
    return {
      ok: false,
      error: `the draft did not validate (a bug in the drafter):\n  ${parsed.problems.map(formatProblem).join('\n  ')}`,
    };
  return {
    ok: true,
    pack: parsed.pack,
    notes: p.notes,
    provenance: {
      format: 'sourcelight-pack-provenance',
      pack: options.packFile ?? 'story.json',
      story: story.id,
      sources: p.sourceFiles,
      values: provenanceValues(p),
      unsettled: unsettledByPath(p.d),
      leftOut: p.leftOut,
    },
  };
}

/**
 * Reads the original report and drafts its source, publisher, entities, events and quotes; an error when the page is
 * no report or tells of no event on a day it states.
 */
function readOriginal(original: DraftInput, options: DraftOptions): PackScope | { error: string } {
  const gazetteer = worldGazetteer(options.world);
  const report = readReport(original.name, original.content, gazetteer);
  const why = notAReport(report);
  if (why) return { error: `${original.name}: ${NOT_A_REPORT} (${why})` };
  const reportDate = report.meta.date?.value;
  const d = new Drafter(options.world, reportDate);
  d.sentences = report.sentences.map((s) => s.unquoted);
  const notes: string[] = [];
  const originalId = slug(`${report.meta.publisher?.value ?? 'original'} ${reportDate ?? ''}`, 8);
  const { source: originalSource, unstated } = sourceOf(d, report, originalId, 'original');
  if (!report.meta.headline) {
    const first = report.sentences[0]?.text;
    if (first) originalSource.headline = first.slice(0, 400);
  }
  for (const what of unstated)
    notes.push(`${original.name}: the page states no ${what}; the draft marks it for the author`);
  const publisherEntity = report.meta.publisher
    ? d.addEntity(
        'outlet',
        report.meta.publisher.value,
        {},
        originalId,
        report.meta.publisher.where,
        'high',
      )
    : undefined;
  draftOriginal(d, report, originalId, publisherEntity, gazetteer);
  draftHeadlineHappening(d, report, originalSource.headline as string | undefined, originalId);
  oneHolderOffices(d, originalId);
  holdOfficesFromFirstDay(d, reportDate);
  if (!d.events.some((e) => e.dateFrom === 'stated')) {
    const hint = reportDate
      ? ''
      : '; the page states no publication date, so "on Tuesday" cannot be resolved';
    return {
      error: `${original.name}: could not draft a story: no event with a day the report states${hint}`,
    };
  }
  return {
    original,
    options,
    gazetteer,
    report,
    reportDate,
    d,
    originalId,
    originalSource,
    notes,
    corroboratingSources: [],
    leftOut: [],
    sourceFiles: [{ id: originalId, file: original.name, role: 'original' }],
  };
}

const HEADLINE_OTHER_TIME =
  /\b(?:after|before|since|ago|later|earlier|anniversary|days?|weeks?|months?|years?)\b/i;

/**
 * The happening the headline names by a word of its kind ("Flash flood traps campers …") when no drafted event has a
 * word of that kind: the report told it only in a clause of another verb ("pulled 31 people from floodwater … after
 * the creek rose"), its lede's main verb being what followed. Its own event, on the day and at the places of the
 * lede's event, with no count, clock time or person: those the report gives are the lede event's.
 */
function draftHeadlineHappening(
  d: Drafter,
  report: ReadReport,
  headline: string | undefined,
  source: string,
): void {
  // A headline that sets the happening at another time than what it leads with ("… two weeks after the fire") dates it otherwise.
  if (!headline || HEADLINE_OTHER_TIME.test(headline)) return;
  const lede = d.events
    .filter((e) => !e.speaking && e.dateFrom === 'stated')
    .sort((a, b) => (a.sentences[0]?.index ?? 0) - (b.sentences[0]?.index ?? 0))[0];
  const first = lede?.sentences[0];
  // The lede: an event the report's first sentence of body tells (before it, only the headline and short lines: a byline, a date).
  if (
    !lede ||
    !first ||
    report.sentences.some(
      (x) => x.index < first.index && x.text !== headline && x.text.split(/\s+/).length >= 12,
    ) ||
    new Set(mentionsOf(first, 'date').map((m) => m.text)).size > 1
  )
    return;
  for (const { kind, named } of kindsNamedIn(headline)) {
    if (d.events.some((e) => e.event.words.some((w) => kind.includes(w.toLowerCase())))) continue;
    // Only a phrase of several words names this one happening ("flash flood"): a lone word of the kind ("flood",
    // "rescued") is as often another flood before or after it, or a part of it ("rescued four from a roof").
    const phrases = named.filter((w) => w.includes(' '));
    if (!phrases.length) continue;
    const made = newEvent(
      d,
      (id) => d.events.some((e) => e.event.id === id),
      phrases[0]!,
      phrases,
      lede.event.date,
      first,
      source,
      false,
    );
    made.event.confidence = 'medium';
    made.fromHeadline = true;
    if (lede.event.places?.length) made.event.places = [...lede.event.places];
    d.note(
      `event:${made.event.id}`,
      'date',
      lede.event.date,
      source,
      headline,
      'medium',
      "the headline names this happening; the report tells it only in passing, so it takes the lede event's day and places",
    );
  }
}

/**
 * A post with its body is held from the first day the report tells of (it says nothing of when it began): an event
 * with no day stated is on some day of the report's month, so the post is held from that month's first day.
 */
function holdOfficesFromFirstDay(d: Drafter, reportDate: string | undefined): void {
  const untold = d.events
    .filter((e) => e.dateFrom === 'bounded' && /^\d{4}-\d{2}$/.test(e.event.date))
    .map((e) => `${e.event.date}-01`);
  const firstDay = [...d.events.map((e) => e.event.date), ...untold, reportDate ?? '']
    .filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x) && x <= (reportDate ?? '9999'))
    .sort()[0];
  for (const e of d.entities.values())
    for (const r of e.roles ?? []) if (r.office && firstDay) r.from = firstDay;
}

/** The original's street and person names, folded: what a corroborating report must name to be of the same story. */
function knownNames(d: Drafter): string[] {
  const streetNames = new Set(
    [...d.entities.values()].filter((e) => e.kind === 'street').map((e) => foldText(e.name)),
  );
  const personNames = [...d.entities.values()]
    .filter((e) => e.kind === 'person')
    .map((e) => foldText(e.name));
  return [...streetNames, ...personNames];
}

/**
 * Whether a corroborating report tells of the original's story: one of its outcomes with one of its streets or people
 * (or its place and the outcome's day), one of its quotes word for word, two of its people or streets, or its numbers.
 */
function tellsTheStory(
  p: PackScope,
  other: ReadReport,
  names: readonly string[],
  { incident, matches }: { incident: DraftEvent[]; matches: CorroboratingEvent[] },
): boolean {
  const { d, report } = p;
  const folded = foldText(other.text);
  const sharedNames = names.filter((n) => folded.includes(n));
  // Related: it tells of one of the original's outcomes, and names one of its streets or people, or its place with the outcome's day.
  const placeNames = [...d.entities.values()]
    .filter((e) => e.kind === 'place')
    .map((e) => foldText(e.name));
  const sameDayHere =
    placeNames.some((n) => folded.includes(n)) &&
    matches.some((x) =>
      incident.some(
        (e) => e.event.date === x.date && (e.event.outcomes ?? []).some((o) => o.kind === x.kind),
      ),
    );
  // Or it prints one of the original's quotes, word for word (eight words or more): the same story, whatever else it tells.
  const sharesQuote = other.sentences.some((x) =>
    x.quotes.some((w) =>
      d.quotes.some(
        (q) => q.text.split(/\s+/).length >= 8 && foldText(q.text) === foldText(quoteText(w)),
      ),
    ),
  );
  // Or, for an event of any kind (a closing, a vote), it names two of the original's own people or streets: the same story.
  const sharesNames = sharedNames.length >= 2;
  // Or it gives the original's own numbers ("about 480", "312 members"): two of them, or one with one of its people or streets.
  const counts = sharedCounts(report, other);
  const sharesCounts = counts >= 2 || (counts >= 1 && sharedNames.length >= 1);
  return (
    sharesQuote ||
    sharesNames ||
    sharesCounts ||
    (matches.length > 0 && (sharedNames.length > 0 || sameDayHere))
  );
}

/**
 * Reads a corroborating report and, when it tells of the original's story, adds it as a source: it confirms the
 * events and quotes it shares, and what it tells otherwise (another day, count or spelling) is unsettled. A page that
 * is no report, or tells of another event, is left out.
 */
function corroborate(p: PackScope, input: DraftInput, names: readonly string[]): void {
  const { d, gazetteer, reportDate, originalId, corroboratingSources, leftOut } = p;
  const other = readReport(input.name, input.content, gazetteer);
  const otherWhy = notAReport(other);
  if (otherWhy) {
    leftOut.push({ file: input.name, reason: `${NOT_A_REPORT} (${otherWhy})` });
    return;
  }
  const incident = d.events.filter((e) => !e.speaking);
  const matches = corroboratingEvents(other, other.meta.date?.value ?? reportDate).filter((x) =>
    incident.some((e) => (e.event.outcomes ?? []).some((o) => o.kind === x.kind)),
  );
  if (!tellsTheStory(p, other, names, { incident, matches })) {
    leftOut.push({
      file: input.name,
      reason:
        "unrelated: it tells of another event (none of the original's outcomes with its streets, people, or place and day, not two of its people or streets or its numbers, and none of its quotes)",
    });
    return;
  }
  const base = slug(
    `${other.meta.publisher?.value ?? input.name.replace(/.*\//, '').replace(/\.\w+$/, '')} ${other.meta.date?.value ?? ''}`,
    8,
  );
  // Two reports of one publisher on one day keep apart.
  let id = base;
  for (let i = 2; id === originalId || corroboratingSources.some((x) => x.id === id); i++)
    id = `${base}-${i}`;
  const { source } = sourceOf(d, other, id, 'local');
  corroboratingSources.push(source);
  p.sourceFiles.push({ id, file: input.name, role: 'corroborating' });
  // Events: the same outcome on the same day (or a day it does not state) confirms; another count or day is unsettled.
  for (const x of matches) for (const e of incident) corroborateEvent(p, e, x, id);
  otherSpellings(p, other, id);
  confirmQuotes(p, other, id);
}

/**
 * Compares an event of the original with one the corroborating report `id` tells of the same outcome: another day or
 * count is unsettled (a count as a range of what the sources say); the same outcome on its day adds the source.
 */
function corroborateEvent(p: PackScope, e: DraftEvent, x: CorroboratingEvent, id: string): void {
  const { d, originalId } = p;
  const outcome = (e.event.outcomes ?? []).find((o) => o.kind === x.kind);
  if (!outcome) return;
  const origSentence = e.sentences[0]!.text;
  if (x.date && x.date !== e.event.date && e.dateFrom === 'stated') {
    const common = commonDate(x.date, e.event.date);
    d.unsettled.push({
      what: `the day of "${e.event.label}"`,
      path: `event:${e.event.id}`,
      drafted: common ?? e.event.date,
      values: [
        { value: e.event.date, source: originalId, sentence: origSentence },
        { value: x.date, source: id, sentence: x.sentence },
      ],
    });
    if (common) e.event.date = common;
  }
  const open = d.unsettled.find(
    (u) => u.path === `event:${e.event.id}` && u.what === `how many: ${x.kind}`,
  );
  if (open && x.count !== undefined) {
    // Already unsettled: this report's count joins the list (agreeing or not), and the range admits it.
    if (!open.values.some((v) => v.source === id))
      open.values.push({ value: String(x.count), source: id, sentence: x.sentence });
    const q = (e.event.quantities ?? []).find((y) => y.note?.startsWith('unsettled'));
    if (q && (x.count < q.min || x.count > q.max)) {
      q.min = Math.min(q.min, x.count);
      q.max = Math.max(q.max, x.count);
      open.drafted = `a range ${q.min}–${q.max}, no count on the outcome`;
      q.note = `unsettled: the sources say ${open.values.map((v) => v.value).join(', ')}`;
    }
  } else if (x.count !== undefined && outcome.count !== undefined && x.count !== outcome.count) {
    const lo = Math.min(x.count, outcome.count);
    const hi = Math.max(x.count, outcome.count);
    d.unsettled.push({
      what: `how many: ${x.kind}`,
      path: `event:${e.event.id}`,
      drafted: `a range ${lo}–${hi}, no count on the outcome`,
      values: [
        { value: String(outcome.count), source: originalId, sentence: origSentence },
        { value: String(x.count), source: id, sentence: x.sentence },
      ],
    });
    const nouns = outcome.nouns ?? [];
    const was = outcome.count;
    delete outcome.count;
    if (nouns.length) {
      e.event.quantities = [
        ...(e.event.quantities ?? []).filter((q) => q.nouns[0] !== nouns[0]),
        { nouns, min: lo, max: hi, note: `unsettled: the sources say ${was} and ${x.count}` },
      ];
    }
  } else if (!e.event.sources.includes(id) && (x.date === undefined || x.date === e.event.date)) {
    e.event.sources.push(id);
    d.note(
      `event:${e.event.id}`,
      'sources',
      id,
      id,
      x.sentence,
      'high',
      'the corroborating report tells of the same outcome',
    );
  }
}

/**
 * A person the corroborating report `id` spells another way (same surname, another first name; or a surname one or
 * two letters off): the spelling is unsettled.
 */
function otherSpellings(p: PackScope, other: ReadReport, id: string): void {
  const { d, gazetteer, report, originalId } = p;
  for (const sentence of other.sentences) {
    // The names the reader finds, and those set off before a speech verb ("Jane Roe, the plant's manager, said").
    for (const name of [
      ...mentionsOf(sentence, 'person').map((m) => m.value.name.trim()),
      ...speakerNames(sentence, (n) => gazetteer.lookup(n).length > 0),
    ]) {
      if (name.split(/\s+/).length < 2 || d.entityId(name)) continue;
      const near = [...d.entities.values()].find(
        (e) => e.kind === 'person' && spelledOtherwise(e.name, name),
      );
      if (
        !near ||
        d.unsettled.some(
          (u) =>
            u.what === `the spelling of ${near.name}'s name` &&
            u.values.some((x) => x.value === name),
        )
      )
        continue;
      const first =
        [...report.sentences].find((x) => x.text.includes(near.name))?.text ?? near.name;
      d.unsettled.push({
        what: `the spelling of ${near.name}'s name`,
        path: `entity:${near.id}`,
        drafted: `${near.name} (the original's spelling)`,
        values: [
          { value: near.name, source: originalId, sentence: first },
          { value: name, source: id, sentence: sentence.text },
        ],
      });
    }
  }
}

/** A quote the corroborating report `id` prints in the same words is verified, with that report among its sources. */
function confirmQuotes(p: PackScope, other: ReadReport, id: string): void {
  const { d } = p;
  for (const s of other.sentences) {
    for (const words of s.quotes) {
      const same = d.quotes.find((q) => foldText(q.text) === foldText(quoteText(words)));
      if (same) {
        if (!same.sources.includes(id)) same.sources.push(id);
        same.status = 'verified';
        d.note(
          `quote:${same.id}`,
          'status',
          'verified',
          id,
          s.text,
          'high',
          'the corroborating report prints the same words',
        );
      }
    }
  }
}

/**
 * The story's recognition, from its own details: the headline, its entities by kind, its other names, the words it
 * repeats, and its central events; with the lede sentence it found on the way.
 */
function recognitionOf(p: PackScope): {
  recognition: Story['recognition'];
  ledeSentence: ReadSentence | undefined;
} {
  const { d, report, originalId } = p;
  const entities = [...d.entities.values()];
  const headline = p.originalSource.headline as string;
  const terms = specificTerms(
    report,
    entities.map((e) => e.name),
  );
  const cues: Story['recognition']['cues'] = [
    { id: 'headline', terms: [headline.slice(0, 300)], weight: 7 },
  ];
  const requireAny = ['headline'];
  entityCues(entities, cues, requireAny);
  const { names, short } = storyNames(p);
  if (names.length) {
    cues.push({ id: 'names', terms: [...names, ...short], weight: 3 });
    requireAny.push('names');
  }
  terms.forEach((t, i) => cues.push({ id: `detail-${i + 1}`, terms: [t], weight: 1 }));
  // The lede: the first sentence of prose after the headline (not a byline or date line).
  const ledeSentence = report.sentences.find(
    (s) => s.index > 0 && s.text.split(/\s+/).length >= 8 && !/[\u00B7|]|^\s*by\s/i.test(s.text),
  );
  addSameKindWords(p);
  const central = centralEvents(d, headline, ledeSentence);
  const recognition: Story['recognition'] = {
    threshold: 7,
    requireAny,
    cues,
    ...(central.length ? { events: central, requireEvent: true } : {}),
  };
  d.note(
    'story',
    'recognition',
    `threshold 7; cues: ${cues.map((c) => c.id).join(', ')}; specific words: ${terms.join(', ') || 'none'}${names.length ? `; names: ${names.join(', ')}` : ''}`,
    originalId,
    'the whole report',
    'medium',
    'the headline, streets, places, people and other names it gives, and the words it repeats',
  );
  return { recognition, ledeSentence };
}

/** Adds a cue for each kind of the story's entities it has (streets, places, people, agencies); all but agencies required. */
function entityCues(
  entities: Entity[],
  cues: Story['recognition']['cues'],
  requireAny: string[],
): void {
  /** A cue of the story's entities of one kind, when it has any; a required one is among those a page must match one of. */
  const entityCue = (id: string, kind: Entity['kind'], weight: number, required: boolean) => {
    const of = entities.filter((e) => e.kind === kind);
    if (!of.length) return;
    cues.push({ id, entities: of.map((e) => e.id), weight });
    if (required) requireAny.push(id);
  };
  entityCue('streets', 'street', 3, true);
  entityCue('places', 'place', 2, true);
  entityCue('people', 'person', 3, true);
  entityCue('agencies', 'agency', 1, false);
}

/**
 * The story's own names of no kind the reader files (a company, a building), as telling as a street; and their short
 * forms ("Wescott Regional" for its hospital), which retellings use as often.
 */
function storyNames(p: PackScope): { names: string[]; short: string[] } {
  const { d, report, gazetteer } = p;
  const byline = (t: string) => /[\u00B7|]|^\s*by\s/i.test(t);
  const author = foldText(report.meta.author?.value ?? '');
  const names = distinctiveNames(
    report.sentences.filter((s) => (s.index > 0 || !report.meta.headline) && !byline(s.text)),
    (n) =>
      !!d.entityId(n) ||
      gazetteer.lookup(n).length > 0 ||
      (!!author && author.includes(foldText(n))),
  );
  const short = shortNames(names, (n) => !!d.entityId(n) || gazetteer.lookup(n).length > 0);
  return { names, short };
}

/** A retelling tells what happened with other words of the same kind ("collapsed" for "caved in"): each event gets them too. */
function addSameKindWords(p: PackScope): void {
  const { d, originalId } = p;
  for (const e of d.events) {
    if (e.speaking || e.fromHeadline) continue;
    const more = sameKindWords(e.event.words);
    if (!more.length) continue;
    e.event.words = [...e.event.words, ...more];
    d.note(
      `event:${e.event.id}`,
      'words',
      more.join(', '),
      originalId,
      e.sentences[0]?.text ?? '',
      'medium',
      'words of the same kind of happening (general English, event-kinds.json)',
    );
  }
}

/**
 * The ids of the story's central events: what happened on a day the report states, and every outcome it tells (an
 * evacuation, arrests), dated or not; of those, the ones the headline names or the lede tells, when there are any.
 */
function centralEvents(
  d: Drafter,
  headline: string,
  ledeSentence: ReadSentence | undefined,
): string[] {
  const candidates = d.events.filter(
    (e) => !e.speaking && (e.dateFrom === 'stated' || (e.event.outcomes ?? []).length > 0),
  );
  // Those the headline names ("ferry runs aground", "to close … plant"), when it names any: a page that names the story's
  // people and town but none of these is about something else (a vote, another meeting).
  const headlineWords = ` ${foldText(headline).replace(/[^a-z0-9' ]+/g, ' ')} `;
  const named = candidates.filter((e) =>
    e.event.words.some((w) => headlineWords.includes(` ${foldText(w)} `)),
  );
  // And what the lede tells, and what befell people (an evacuation, arrests, injuries); not a meeting or a visit of
  // itself, nor a verb the report used in passing ("took", "found", "hired").
  // And a scheduled happening named by its own noun (layoffs that take effect on a day): as central as an outcome.
  const told = candidates.filter(
    (e) =>
      e.sentences.some((x) => x.index === ledeSentence?.index) ||
      e.namedHappening ||
      (e.event.outcomes ?? []).some((o) => !PASSING_OUTCOMES.has(o.kind)),
  );
  const chosen = [...new Set([...named, ...told])];
  return (chosen.length ? chosen : candidates).map((e) => e.event.id);
}

/** The drafted story: its id, title, summary (the lede), time span, sources, entities, recognition, quotes and events. */
function storyOf(
  p: PackScope,
  recognition: Story['recognition'],
  ledeSentence: ReadSentence | undefined,
): Story {
  const { d, reportDate, options } = p;
  const headline = p.originalSource.headline as string;
  const stated = d.events
    .map((e) => e.event.date)
    .filter((x) => x.length === 10)
    .sort();
  const start = stated[0] ?? reportDate ?? options.today;
  const end = [...stated, reportDate ?? start].sort().pop() as string;
  const storyId = [slug(headline, 5), (reportDate ?? '').slice(0, 4)].filter(Boolean).join('-');
  const lede = ledeSentence?.text ?? headline;
  return {
    id: storyId,
    title: headline.slice(0, 300),
    summary: lede.slice(0, 3000),
    timeContext: {
      start,
      end,
      summary: `As the report of ${reportDate ?? 'an unstated date'} tells it; drafted by sourcelight pack draft, not yet reviewed.`,
    },
    originals: [p.originalSource],
    ...(p.corroboratingSources.length ? { corroborating: p.corroboratingSources } : {}),
    entities: [...d.entities.values()],
    recognition,
    ...(d.quotes.length ? { quotes: d.quotes } : {}),
    events: d.events.map((e) => e.event),
  };
}

/** Every drafted value's provenance, led by the original's metadata as the page states it. */
function provenanceValues(p: PackScope): ProvenanceEntry[] {
  const { d, report, originalId } = p;
  const values = d.finish('stories[0]');
  const metaPath = 'stories[0].originals[0]';
  for (const [field, stated] of Object.entries(report.meta)) {
    if (stated)
      values.unshift({
        path: `${metaPath}.${field === 'date' ? 'date' : field}`,
        value: stated.value,
        source: originalId,
        sentence: stated.where,
        confidence: 'high',
        note: 'stated by the page',
      });
  }
  return values;
}

/** The unsettled values, each at its event's or entity's path in the pack. */
function unsettledByPath(d: Drafter): Unsettled[] {
  const eventPaths = new Map(
    d.events.map((e, i) => [`event:${e.event.id}`, `stories[0].events[${i}]`]),
  );
  const entityPaths = new Map(
    [...d.entities.keys()].map((key, i) => [`entity:${key}`, `stories[0].entities[${i}]`]),
  );
  return d.unsettled.map((u) => ({
    ...u,
    path: eventPaths.get(u.path) ?? entityPaths.get(u.path) ?? u.path,
  }));
}
