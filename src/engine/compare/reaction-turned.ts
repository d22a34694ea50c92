/**
 * How an actor judged another, turned round: the record has the union calling the mayor's remarks an overreaction
 * (an event's `reactions`, pack 0.7.7: the union against the mayor); the page has "the union's statement actually
 * praised the mayor". A verb of judging for (praised, defended, thanked, backed, sided with …) or against
 * (criticized, condemned, slammed, faulted, …), its subject one or more of the record's judges (named, or "the
 * <noun>" their role names when one party alone has it), its object one of the judged right after the verb ("the
 * mayor", "the mayor's remarks"). The record's judgement of that pair in the other direction only, none in the
 * page's, is a conflict; a pair the record does not judge, a denied, asked or conditional clause, a clause with a
 * day of its own (a later change of heart), or another actor named before the verb say nothing. Nothing here knows
 * a story.
 */
import type { Entity } from '../../pack/schema.ts';
import { foldText } from '../normalize.ts';
import { namesOf, sharedSurnames } from '../person-names.ts';
import { readSentence } from '../read/read-sentence.ts';
import { escapeRegExp } from '../terms.ts';
import { showDate } from './record-values.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { perRecord } from './per-record.ts';

type Reaction = NonNullable<IndexedEvent['reactions']>[number];

export const FOR = String.raw`prais(?:ed|es|ing|e)|applaud(?:ed|s|ing)?|commend(?:ed|s|ing)?|laud(?:ed|s|ing)?|hail(?:ed|s|ing)|thank(?:ed|ing)|thanks(?!\s+to\b)|congratulat(?:ed|es|ing)|compliment(?:ed|s|ing)|defend(?:ed|s|ing)|back(?:ed|s|ing)(?!\s+(?:off|away|down|out)\b)|support(?:ed|s|ing)|endors(?:ed|es|ing)|st(?:ood|ands?|anding)\s+(?:up\s+)?(?:by|with|behind)|sid(?:ed|es|ing)\s+with|cheer(?:ed|s)|credit(?:ed|s)|rall(?:ied|ies)\s+(?:behind|around)`;
export const AGAINST = String.raw`critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing)|slamm(?:ed|ing)|slams|blast(?:ed|s|ing)|attack(?:ed|ing)|rebuk(?:ed|es|ing)|denounc(?:ed|es|ing)|fault(?:ed|s|ing)|scold(?:ed|s|ing)|chastis(?:ed|es|ing)|castigat(?:ed|es|ing)|lambast(?:ed|s|ing)|reprimand(?:ed|s|ing)|assail(?:ed|s|ing)|censur(?:ed|es|ing)|decri(?:ed|es)|bash(?:ed|es|ing)|(?:took|takes|taking)\s+aim\s+at|(?:hit|hits|lashed|lashes)\s+out\s+at|call(?:ed|s)\s+out|(?:went|goes)\s+after|turn(?:ed|s)\s+on|broke\s+with|accus(?:ed|es|ing)`;
const VERB = new RegExp(
  String.raw`(?<![\p{L}'\u2019-])(?:(${FOR})|(${AGAINST}))(?![\p{L}-])`,
  'giu',
);

/** Words that may stand between the subject and the verb: its possessed noun ("the union's statement"), adverbs, "had". */
/** An apposition ("the Locust Club, the union representing the officers,") or an aside ("for its part") may come first. */
const BETWEEN =
  /^(?:['\u2019]s?(?:\s+[\p{L}-]+){0,2})?(?:\s*,\s*(?:the|a|an|its|their|which|who)\s[^,;:"\u201C\u201D]{1,60},)?(?:\s+(?:\p{L}+ly|also|even|then|later|actually|instead|in\s+fact|again|too|both|all|had|has|have|at\s+once|for\s+(?:its|their|his|her)\s+part|in\s+(?:turn|response|reply))|\s*,\s*(?:for\s+(?:its|their|his|her)\s+part|in\s+(?:turn|response|reply))\s*,)*\s*$/u;
/** Words that may stand between the verb and the object. */
const BEFORE_OBJECT =
  /^\s+(?:(?:the|both|\p{L}+ly|also|even|city|city['\u2019]s|its|their|his|her)\s+){0,3}$/u;
/** A preposition right before a name: the name is no subject ("at the union's headquarters"). */
const PREPOSITION_BEFORE =
  /(?:^|\s)(?:of|at|to|for|by|from|with|against|about|on|in|over|after|before|like|than)\s+(?:the\s+)?$/i;
/** Denied, asked for, doubted or only possible. */
const DOUBT =
  /(?<![\p{L}])(?:not|never|n't|no|hardly|may|might|could|would|should|whether|if|urged|asked|wants?|wanted|refused|declined|to)(?![\p{L}])/iu;

/**
 * The folded names and role nouns of the parties of a reaction (persons: their name forms, person-names.ts).
 * `shared`: sharedSurnames of `entities`' values, when the caller has it (a record asks once for all its reactions).
 */
export function reactionParties(
  ids: readonly string[],
  entities: ReadonlyMap<string, Entity>,
  canonOf: (e: Entity) => string,
  shared = sharedSurnames([...entities.values()]),
): Map<string, Party> {
  const out = new Map<string, Party>();
  // A record's reactions name the same few parties again and again: each is read once per set of shared surnames.
  let known = PARTIES.get(shared);
  if (!known) PARTIES.set(shared, (known = new WeakMap()));
  for (const id of ids) {
    const e = entities.get(id);
    if (!e) continue;
    let party = known.get(e);
    if (!party) known.set(e, (party = partyOf(e, shared)));
    out.set(canonOf(e), party);
  }
  return out;
}

const PARTIES = new WeakMap<ReadonlySet<string>, WeakMap<Entity, Party>>();

function partyOf(e: Entity, shared: ReadonlySet<string>): Party {
  const titles = (e.roles ?? []).map((r) => foldText(r.title));
  const role = foldText(e.role ?? '')
    .split(/[;(]/)[0]!
    .trim();
  // The role's head noun: the word before "of" ("the union of … officers"), else its last word ("… Police Chief").
  const head = (/([\p{L}-]+)\s+of\b/u.exec(role)?.[1] ?? role.split(/\s+/).pop() ?? '').replace(
    /[^\p{L}-]/gu,
    '',
  );
  const nouns = [
    ...new Set(
      [...titles, ...titles.map((t) => t.split(/\s+/).pop() ?? ''), head].filter(
        (w) => w.length > 2,
      ),
    ),
  ];
  // Words that may qualify the noun ("the police union"): the party's own name and role words.
  const own = [
    ...new Set(
      `${foldText(e.name)} ${role}`.split(/[^\p{L}-]+/u).filter((w) => w.length > 2 && w !== 'the'),
    ),
  ];
  return {
    names: e.kind === 'person' ? namesOf(e, shared) : [e.name, ...(e.aliases ?? [])].map(foldText),
    nouns,
    own,
  };
}

/** A party's folded names, the nouns its role goes by ("union", "mayor") and its own words that may qualify them. */
export interface Party {
  names: readonly string[];
  nouns: readonly string[];
  own: readonly string[];
}

interface Found {
  canon: string;
  start: number;
  end: number;
}

/** Compiled patterns by key: a story's parties are few, and the same on every sentence of a page. */
const PATTERNS = new Map<string, RegExp>();
function pattern(key: string, source: () => string): RegExp {
  let re = PATTERNS.get(key);
  if (!re) {
    if (PATTERNS.size > 2000) PATTERNS.clear();
    re = new RegExp(source(), 'gu');
    PATTERNS.set(key, re);
  }
  return re;
}

/** Every party named in `text` (folded): by a name, or as "the <noun>" when that noun is one party's alone. */
/** The parties of each role noun, once per map of parties (the maps are the record's, built once: perRecord below). */
const NOUNS = new WeakMap<ReadonlyMap<string, Party>, Map<string, string[]>>();
function partiesByNoun(parties: ReadonlyMap<string, Party>): Map<string, string[]> {
  let byNoun = NOUNS.get(parties);
  if (!byNoun) {
    byNoun = new Map<string, string[]>();
    for (const [canon, p] of parties)
      for (const n of p.nouns) byNoun.set(n, [...(byNoun.get(n) ?? []), canon]);
    NOUNS.set(parties, byNoun);
  }
  return byNoun;
}

export function partiesIn(text: string, parties: ReadonlyMap<string, Party>): Found[] {
  const out: Found[] = [];
  const byNoun = partiesByNoun(parties);
  for (const [canon, p] of parties) {
    for (const name of p.names) {
      // Most sentences name no party: a plain search first, the word-bounded pattern only then.
      if (!text.includes(name)) continue;
      for (const m of text.matchAll(
        pattern(name, () => `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`),
      ))
        out.push({ canon, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const [noun, canons] of byNoun) {
    if (new Set(canons).size !== 1 || !text.includes(noun)) continue;
    const own = parties.get(canons[0]!)?.own ?? [];
    const qualifier = own.length ? `(?:(?:${own.map(escapeRegExp).join('|')})\\s+)?` : '';
    const source = `(?<![\\p{L}\\p{N}])the\\s+${qualifier}${escapeRegExp(noun)}(?![\\p{L}\\p{N}])`;
    for (const m of text.matchAll(pattern(source, () => source)))
      out.push({ canon: canons[0]!, start: m.index, end: m.index + m[0].length });
  }
  // Longest first where two overlap ("mayor malik evans" over "malik evans").
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((f, i) => !out.slice(0, i).some((g) => f.start < g.end && f.end > g.start));
}

export interface ReactionConflict {
  comparison: Comparison;
  explanation: string;
  /** The event whose judgement the page turns round. */
  events: IndexedEvent[];
}

/** The record's judgements of an agency or person (not of an agency's people who acted), with their events. */
const agencyReactions = perRecord((record) =>
  record.events.flatMap((e) =>
    (e.reactions ?? []).filter((r) => !r.members).map((r) => ({ r, e })),
  ),
);

/** VERB as a plain test, built once (not global, so it keeps no lastIndex between sentences). */
const VERB_ANYWHERE = new RegExp(VERB.source, 'iu');

/** Every party of those judgements, by canonical id (the last reaction's wins), once per record. */
const agencyReactionParties = perRecord((record): ReadonlyMap<string, Party> => {
  const parties = new Map<string, Party>();
  for (const { r } of agencyReactions(record)) for (const [c, p] of r.parties) parties.set(c, p);
  return parties;
});

/** Judgements the page turns round, one per verb at most. */
export function reactionResults(sentence: string, record: StoryRecord): ReactionConflict[] {
  // A judgement of an agency's people who acted (`members`) is no judgement of the agency (member-verdict.ts).
  const reactions = agencyReactions(record);
  if (!reactions.length) return [];
  // (matchAll starts a global pattern at its lastIndex: test with a fresh one.)
  if (!VERB_ANYWHERE.test(sentence)) return [];
  const parties = agencyReactionParties(record);
  const out: ReactionConflict[] = [];
  for (const clause of readSentence(sentence, record.gazetteer)) {
    if (clause.stance !== 'asserted' || clause.negated) continue;
    if (
      clause.mentions.some(
        (m) => m.type === 'date' || m.type === 'weekday' || m.type === 'relative-time',
      )
    )
      continue;
    const raw = sentence.slice(clause.start, clause.end);
    // Quoted words are someone's own, not the page's account.
    const text = foldText(raw).replace(/["\u201C\u201D][^"\u201C\u201D]*["\u201C\u201D]?/g, (q) =>
      ' '.repeat(q.length),
    );
    // The parties, read once the clause has a verb of judging: most clauses have none.
    let found: Found[] | undefined;
    for (const v of text.matchAll(VERB)) {
      found ??= partiesIn(text, parties);
      const polarity: 'for' | 'against' = v[1] ? 'for' : 'against';
      let before = found.filter((f) => f.end <= v.index);
      // "The Locust Club, the union representing the officers, for its part praised …": a party restated in apposition
      // (the same party, after a comma) stands for the name before it.
      while (
        before.length > 1 &&
        before[before.length - 1]!.canon === before[before.length - 2]!.canon &&
        /^\s*,\s*$/.test(
          text.slice(before[before.length - 2]!.end, before[before.length - 1]!.start),
        )
      )
        before = before.slice(0, -1);
      const subject = before[before.length - 1];
      if (
        !subject ||
        !BETWEEN.test(text.slice(subject.end, v.index)) ||
        PREPOSITION_BEFORE.test(text.slice(0, subject.start))
      )
        continue;
      if (DOUBT.test(text.slice(subject.end, v.index))) continue;
      // Parties joined to the subject by "and" or a comma judge with it; any other name of the story before the verb: not certain who.
      const holders = [subject.canon];
      let at = subject.start;
      for (let i = before.length - 2; i >= 0; i--) {
        if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(before[i]!.end, at))) break;
        holders.push(before[i]!.canon);
        at = before[i]!.start;
      }
      const others = record.gazetteer
        .find(raw.slice(0, v.index))
        .filter((h) => h.end <= v.index && !before.some((f) => h.start < f.end && h.end > f.start));
      if (others.some((h) => h.entries.some((g) => g.kind === 'person' || g.kind === 'agency')))
        continue;
      const vEnd = v.index + v[0].length;
      const object = found.find(
        (f) =>
          f.start >= vEnd &&
          BEFORE_OBJECT.test(text.slice(vEnd, f.start) || ' ') &&
          (f.start > vEnd || /^\s/.test(text.slice(vEnd))),
      );
      if (!object || holders.includes(object.canon)) continue;
      const pair = reactions.filter(
        ({ r }) => holders.every((h) => r.holders.has(h)) && r.toward.has(object.canon),
      );
      if (!pair.length || pair.some(({ r }) => r.polarity === polarity)) continue;
      const { r, e } = pair[0]! as { r: Reaction; e: IndexedEvent };
      const page = raw.slice(subject.start, object.end).trim();
      const said = `${r.statement} (${showDate(e.event.date)})`;
      out.push({
        comparison: { slot: 'stance', page, record: said },
        explanation: `The record has ${[...r.holders].map((h) => record.nameOf(h)).join(' and ')} ${polarity === 'for' ? 'critical of' : 'on the side of'} ${record.nameOf(object.canon)}: they ${said}; the page has the opposite: \u201C${page}\u201D.`,
        events: [e],
      });
      break;
    }
  }
  return out;
}
