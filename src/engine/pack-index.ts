import { namesOf, sharedSurnames } from './person-names.ts';
import { shortStreetForms } from './street-suffixes.ts';
import { withHeadSynonyms } from './head-synonyms.ts';
import { claimDoerGroup } from './claim-doer.ts';
import type {
  ClaimPack,
  Entity,
  Fact,
  Quote,
  Review,
  Source,
  Story,
  UnverifiedItem,
  WrongValue,
} from '../pack/schema.ts';
import type { WorldIndex } from '../world/world-index.ts';
import { STOP_WORDS } from '../pack/stop-words.ts';
import { buildStoryRecord, type StoryRecord } from './compare/story-record.ts';
import { foldText } from './normalize.ts';
import { escapeRegExp } from './terms.ts';
import { quoteKey, quotePieces } from './quote-key.ts';
import { buildStoryClaims, type StoryClaims } from './recognize-claims.ts';
import { buildTermIndex, type TermIndex } from './term-index.ts';

/** A quote piece (one of its sentences) ready for containment checks. */
interface QuotePiece {
  key: string;
  words: number;
  /** Set when the piece comes from a variant wording rather than the record's. */
  variant?: NonNullable<Quote['variants']>[number];
}

export interface IndexedFact {
  fact: Fact;
  about: string[][];
  unless: string[];
  /** Per slot of the fact (the pack's `details`): the values that agree and the wrong values with their terms. */
  slots: {
    slot: string;
    accepted: string[];
    wrong: { value: WrongValue; terms: string[]; unlessPage: string[] }[];
  }[];
  /** `doer`: the `when` group the claim names as who acted, or -1 (claim-doer.ts). */
  contradictions: {
    id: string;
    explanation: string;
    when: string[][];
    unless: string[];
    doer: number;
  }[];
}

export interface IndexedQuote {
  quote: Quote;
  speaker: Entity | undefined;
  /** Folded name and aliases of the speaker (a person, agency, outlet or organisation). */
  speakerTerms: string[];
  /** Variant pieces first (they are the more specific), then the record's own. */
  pieces: QuotePiece[];
  misplaced: { when: string[][]; explanation: string }[];
}

/** Everything needed to check a story's sentences; built only once a page is recognised as retelling it. */
export interface StoryChecks {
  facts: IndexedFact[];
  quotes: IndexedQuote[];
  unverified: { item: UnverifiedItem; when: string[][]; unless: string[] }[];
  reviews: { review: Review; words: Set<string> }[];
  /** Folded names and aliases of the story's people, for checking who a quote is credited to. */
  people: { entity: Entity; terms: string[] }[];
  /** Folded surnames more than one person of the story or the world file has: never a name alone. */
  sharedSurnames: ReadonlySet<string>;
  /** People the world file knows who are none of the story's, by their full names only: a credit to one is a credit to someone else. */
  strangers: Entity[];
  sources: Map<string, Source>;
  /** The story as the pack writes it. */
  story: Story;
  /** The story's events with the gazetteer and relations the typed comparison needs (format 2), built on first use. */
  record(): StoryRecord;
}

/** A story with its recognition cues folded, ready for the cheap first pass. */
export interface IndexedStory {
  packId: string;
  story: Story;
  /** `termIds`: the cue's terms in the pack index's `cueTerms`. */
  cues: { id: string; weight: number; terms: string[]; termIds: number[] }[];
  /** Ids of cues of which at least one must be present (empty: none needed). */
  requireAny: string[];
  /** Ids of cues that must all be present. */
  requireAll: string[];
  /** The central events and recorded quotes, indexed on first use (null: the pack names no central event). */
  claims(): StoryClaims | null;
  /** What checking its sentences needs (facts, quotes, people, sources, the record), built on first use (most pages never need it). */
  checks(): StoryChecks;
}

export interface PackIndex {
  stories: IndexedStory[];
  /**
   * While the packs have few required terms (and every story has some): one
   * plain pattern over them, with no word boundaries. A page without any of
   * them as a substring retells no story, and the pattern says so faster than
   * a pass over the page's words (a native search; most pages stop here).
   */
  prefilter: RegExp | null;
  /** Every story's cue terms, found in a page with one pass whatever their number. */
  cueTerms: TermIndex;
  /**
   * For each cue term, the stories (positions in `stories`) that have it in a
   * `requireAny` cue: a page with none of a story's required terms cannot
   * retell it, so most pages rule out every story in that one pass.
   */
  gatedBy: (readonly number[] | undefined)[];
  /** Stories without `requireAny`, which every page has to be scored against. */
  ungated: number[];
  /** For each term of `cueTerms`, the stories that have it in `claimGate`: with it, a page may retell them from its claims alone. */
  claimGatedBy: (readonly number[] | undefined)[];
  /**
   * For each term of `cueTerms`, the gated stories one of whose recorded speakers it names in full: with it,
   * a page may retell them by carrying one of their recorded quotes word for word (and by nothing else).
   */
  quoteGatedBy: (readonly number[] | undefined)[];
}

/**
 * The full names (two words or more, folded) of those a story's recorded quotes (verified or single-source)
 * are credited to: a page carrying such a quote names its speaker, if nothing else of the story.
 */
function speakerGate(story: Story): string[] {
  const entities = new Map((story.entities ?? []).map((e) => [e.id, e]));
  const out = new Set<string>();
  for (const q of story.quotes ?? []) {
    const who = entities.get(q.speaker);
    if (!who || (q.status !== 'verified' && q.status !== 'single-source')) continue;
    for (const name of [who.name, ...(who.aliases ?? [])].map(foldText))
      if (/\S\s+\S/.test(name)) out.add(name);
  }
  return [...out];
}

/**
 * One pattern that finds any of the gate's terms: grouped by first character ("s(?:anctuary city|tanley martin)|…"),
 * so at each position of a page only the terms that can start there are tried. Matches exactly what the flat
 * alternation of the terms matches.
 */
export function prefilterOf(terms: readonly string[]): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const first = term.slice(0, 1);
    byFirst.set(first, [...(byFirst.get(first) ?? []), term.slice(1)]);
  }
  return new RegExp(
    [...byFirst]
      .map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join('|')})`)
      .join('|'),
  );
}

const fold = (terms: readonly string[] | undefined) => (terms ?? []).map(foldText);
const foldGroups = (groups: readonly (readonly string[])[]) => groups.map(fold);

/** The words that make a claim recognisable (for reviews imported from ClaimReview). */
export function contentWords(text: string): Set<string> {
  return new Set(
    quoteKey(text)
      .split(' ')
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w)),
  );
}

/** Folded name and aliases, with the surname and title forms generated for a person (person-names.ts). */
function entityTerms(entity: Entity, shared: ReadonlySet<string>): string[] {
  return namesOf(entity, shared);
}

function indexQuote(
  quote: Quote,
  entities: Map<string, Entity>,
  shared: ReadonlySet<string>,
): IndexedQuote {
  const own = quotePieces(quote.text);
  const ownKeys = new Set(own.map((p) => p.key));
  const variantPieces = (quote.variants ?? []).flatMap((variant) =>
    quotePieces(variant.text)
      .filter((piece) => !ownKeys.has(piece.key))
      .map((piece) => ({ ...piece, variant })),
  );
  const speaker = entities.get(quote.speaker);
  return {
    quote,
    speaker,
    speakerTerms: speaker ? entityTerms(speaker, shared) : [],
    pieces: [...variantPieces, ...own],
    misplaced: (quote.misplaced ?? []).map((m) => ({
      when: foldGroups(m.when),
      explanation: m.explanation,
    })),
  };
}

function indexChecks(
  story: Story,
  world: WorldIndex | undefined,
  shared: ReadonlySet<string>,
): StoryChecks {
  const entities = new Map((story.entities ?? []).map((e) => [e.id, e]));
  let record: StoryRecord | undefined;
  const own = new Set(
    (story.entities ?? []).flatMap((e) => [e.name, ...(e.aliases ?? [])].map(foldText)),
  );
  const tied = new Set((story.entities ?? []).map((e) => e.world).filter(Boolean));
  const fullNames = (names: readonly string[]) => names.filter((n) => /\s/.test(n.trim()));
  return {
    sharedSurnames: shared,
    strangers: (world?.world.people ?? [])
      .filter(
        (p) => !tied.has(p.id) && ![p.name, ...(p.aliases ?? [])].some((n) => own.has(foldText(n))),
      )
      .map((p) => ({
        id: `w:${p.id}`,
        kind: 'person',
        name: p.name,
        aliases: fullNames(p.aliases ?? []),
      })),
    record: () => (record ??= buildStoryRecord(story, world)),
    facts: (story.facts ?? []).map((fact) => ({
      fact,
      about: foldGroups(fact.about),
      unless: fold(fact.unless),
      slots: (fact.details ?? []).map((d) => ({
        slot: d.slot,
        accepted: fold(d.accepted),
        wrong: (d.wrong ?? []).map((value) => ({
          value,
          terms: fold(value.terms),
          unlessPage: fold(value.unlessPage),
        })),
      })),
      contradictions: (fact.contradictions ?? []).map((c) => ({
        id: c.id,
        explanation: c.explanation,
        when: foldGroups(c.when),
        unless: fold(c.unless),
        doer: claimDoerGroup(foldText(c.claim), foldGroups(c.when)),
      })),
    })),
    quotes: (story.quotes ?? []).map((q) => indexQuote(q, entities, shared)),
    // Said with another head noun too ("criminal history" for "criminal record"; head-synonyms.ts).
    unverified: (story.unverified ?? []).map((item) => ({
      item,
      when: foldGroups(item.when).map(withHeadSynonyms),
      unless: fold(item.unless),
    })),
    reviews: (story.reviews ?? []).map((review) => ({ review, words: contentWords(review.claim) })),
    people: (story.entities ?? [])
      .filter((e) => e.kind === 'person')
      .map((entity) => ({ entity, terms: entityTerms(entity, shared) })),
    sources: new Map([...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s])),
    story,
  };
}

/** The terms no shorter term of the list is a whole-word part of. */
function withoutLonger(terms: readonly string[]): string[] {
  return terms.filter((t) => !terms.some((o) => o !== t && ` ${t} `.includes(` ${o} `)));
}

function indexStory(packId: string, story: Story, world: WorldIndex | undefined): IndexedStory {
  let checks: StoryChecks | undefined;
  let claims: StoryClaims | null | undefined;
  const shared = sharedSurnames(story.entities ?? [], world?.world.people);
  const cues = story.recognition.cues.map((cue) => {
    const terms: string[] = [];
    // A street written short ("Whitney St.") is the same cue (street-suffixes.ts).
    for (const term of cue.terms ?? [])
      terms.push(foldText(term), ...shortStreetForms(foldText(term)));
    for (const id of cue.entities ?? []) {
      const entity = story.entities?.find((e) => e.id === id);
      // A name that contains another of the list ("chief smith" beside "smith") adds nothing to a cue but work.
      if (entity) terms.push(...withoutLonger(entityTerms(entity, shared)));
    }
    return { id: cue.id, weight: cue.weight, terms, termIds: [] as number[] };
  });
  return {
    packId,
    story,
    cues,
    requireAny: story.recognition.requireAny ?? [],
    requireAll: story.recognition.requireAll ?? [],
    claims: () => (claims === undefined ? (claims = buildStoryClaims(story, shared)) : claims),
    checks: () => (checks ??= indexChecks(story, world, shared)),
  };
}

/**
 * Up to this many distinct required terms, the prefilter pattern is cheaper
 * than reading the page word by word (measured in docs/benchmarks.md: on a
 * 50 KB page, about 90 µs for 20 terms and 170 µs for 200, against 300 µs or
 * more for the word-by-word pass).
 */
const PREFILTER_MAX_TERMS = 100;

/**
 * Prepares validated packs for matching. A story id already seen in an earlier pack is skipped.
 * `world` (the index over data/world.json) lets the typed comparison know agencies, places and
 * office holders beyond the packs' own entities.
 */
export function indexPacks(
  packs: readonly ClaimPack[],
  options: { prefilterMaxTerms?: number; world?: WorldIndex } = {},
): PackIndex {
  const seen = new Set<string>();
  const stories: IndexedStory[] = [];
  for (const pack of packs) {
    for (const story of pack.stories) {
      if (seen.has(story.id)) continue;
      seen.add(story.id);
      stories.push(indexStory(pack.id, story, options.world));
    }
  }
  const allTerms: string[] = [];
  for (const s of stories)
    for (const cue of s.cues) for (const term of cue.terms) allTerms.push(term);
  // A story's claim-gate terms are found in the same pass, though they belong to no cue and score nothing.
  const claimGates = stories.map((s) => fold(s.story.recognition.claimGate));
  for (const terms of claimGates) allTerms.push(...terms);
  // So are its recorded speakers' full names, for a story read from claims whose pack opts in (recognize-claims.ts).
  const quoteGates = stories.map((s) =>
    s.story.recognition.events && s.story.recognition.speakersGate ? speakerGate(s.story) : [],
  );
  for (const terms of quoteGates) allTerms.push(...terms);
  const { index: cueTerms, ids } = buildTermIndex(allTerms);
  const gatedBy: number[][] = [];
  const claimGatedBy: number[][] = [];
  const quoteGatedBy: number[][] = [];
  const ungated: number[] = [];
  const gateTerms = new Set<string>();
  for (let n = 0; n < stories.length; n++) {
    const s = stories[n] as IndexedStory;
    for (const cue of s.cues) {
      const termIds: number[] = [];
      for (const term of cue.terms) {
        const id = ids.get(term);
        if (id !== undefined && !termIds.includes(id)) termIds.push(id);
      }
      cue.termIds = termIds;
    }
    if (!s.requireAny.length) {
      ungated.push(n);
      continue;
    }
    for (const cue of s.cues) {
      if (!s.requireAny.includes(cue.id)) continue;
      for (const id of cue.termIds) {
        const list = (gatedBy[id] ??= []);
        // A story is listed once per term even when two of its required cues share it.
        if (list[list.length - 1] !== n) list.push(n);
        gateTerms.add(cueTerms.terms[id] as string);
      }
    }
    for (const term of claimGates[n] ?? []) {
      const id = ids.get(term);
      if (id === undefined) continue;
      const list = (claimGatedBy[id] ??= []);
      if (list[list.length - 1] !== n) list.push(n);
      gateTerms.add(term);
    }
    for (const term of quoteGates[n] ?? []) {
      const id = ids.get(term);
      if (id === undefined) continue;
      const list = (quoteGatedBy[id] ??= []);
      if (list[list.length - 1] !== n) list.push(n);
      gateTerms.add(term);
    }
  }
  const usePrefilter =
    !ungated.length &&
    gateTerms.size > 0 &&
    gateTerms.size <= (options.prefilterMaxTerms ?? PREFILTER_MAX_TERMS);
  const prefilter = usePrefilter ? prefilterOf([...gateTerms]) : null;
  return { stories, prefilter, cueTerms, gatedBy, ungated, claimGatedBy, quoteGatedBy };
}
