/**
 * People as typed values: where the people an outcome befell are from, and how
 * they are related, against what the record states (a pack outcome's `origin`
 * and `kin`, pack 0.7.5).
 *
 * Origin ("three men from Honduras", "a Guatemalan father", "all three of them
 * from Mexico"; find-origins.ts): in a clause linked to events whose outcome
 * records an origin, an origin said of those people (its holder is one of the
 * outcome's nouns, a word of the record's kin, a pronoun or "nationals") is
 * compared with it: the recorded country, or a region holding it, agrees;
 * another country conflicts, naming both; a region that does not hold it is
 * unconfirmed. Said of a word the record does not use for them, or without
 * the outcome (or a kin word of the record) in the clause, it says nothing: a
 * country is said of many people ("the agents from the Mexico office", "the
 * mayor's parents came from Mexico").
 *
 * Kin ("three brothers", "a man and his two nephews", "the men were
 * cousins"): in a clause linked to events whose outcome records `kin`, a kin
 * word counted, or said of the group ("were brothers"), that is none of the
 * record's conflicts; one of them agrees. A kin word after a possessive ("the
 * men's aunt", "their mother") names someone else, and is left alone.
 */
import {
  countriesIn,
  countryName,
  findOrigins,
  singularNoun,
  type Origin,
} from '../read/find-origins.ts';
import { kinWord } from '../read/kinship.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import { perRecord } from './per-record.ts';
import { clauseNamesEvent } from './age-elsewhere.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

type Result = Exclude<ValueResult, { status: 'agrees' }> | null;

/** Words that stand for the people themselves, whatever the record's nouns. */
export const FOR_THEM = new Set([
  'them',
  'they',
  'person',
  'national',
  'citizen',
  'native',
  'all',
  'both',
  'who',
  'whom',
]);
/** An outcome befalling people said with another word of the same kind ("arrested" for the record's "detained"). */
export const NEAR: Record<string, string[]> = {
  detained: ['detained', 'arrested'],
  arrested: ['arrested', 'detained'],
};

export interface Group {
  kind: string;
  origin?: string[];
  kin?: string[];
  nouns: Set<string>;
  note?: string;
}

const groupsOf = new WeakMap<readonly IndexedEvent[], Group[]>();

/** The groups an outcome befell with an origin or kin, built once per events array (the record's own is read per clause). */
export function groups(events: readonly IndexedEvent[]): Group[] {
  let gs = groupsOf.get(events);
  if (!gs) groupsOf.set(events, (gs = readGroups(events)));
  return gs;
}

function readGroups(events: readonly IndexedEvent[]): Group[] {
  return events.flatMap((e) =>
    (e.event.outcomes ?? []).flatMap((o) =>
      o.origin || o.kin
        ? [
            {
              kind: o.kind,
              ...(o.origin ? { origin: o.origin } : {}),
              ...(o.kin ? { kin: o.kin } : {}),
              nouns: new Set((o.nouns ?? []).map((n) => singularNoun(n.toLowerCase()))),
              ...(o.note ? { note: o.note } : {}),
            },
          ]
        : [],
    ),
  );
}

const NEGATION = /\b(?:not|never|no|neither|nor|without)\b|n['\u2019]t\b/gi;

/**
 * "Three men from X who had no legal status": every denial of the clause comes after its last origin, so it denies
 * something said of them later, not where they are from.
 */
function negatedOnlyAfter(sentence: string, clause: Clause): boolean {
  const origins = findOrigins(sentence).filter(
    (o) => o.start >= clause.start && o.end <= clause.end,
  );
  if (!origins.length) return false;
  const last = Math.max(...origins.map((o) => o.end));
  const text = sentence.slice(clause.start, clause.end);
  return [...text.matchAll(NEGATION)].every((n) => clause.start + (n.index ?? 0) >= last);
}

/** A possessive right before the word at `at` ("the men's aunt", "their mother"): someone else's relative. */
function possessed(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at).toLowerCase();
  return /(['\u2019]s?|\btheir|\bour|\bmy|\byour)\s+(\w+\s+)?$/.test(before);
}

/** "Mexico's southern neighbour": a country owning a noun, right after the word ending at `end`. */
function owning(sentence: string, end: number): boolean {
  return /^['\u2019]s?\b/.test(sentence.slice(end));
}

/** The origins said in the clause's own words: inside it, not quoted, and owning nothing. */
function clauseOrigins(
  sentence: string,
  clause: Clause,
  quoted: (at: number) => boolean,
): Origin[] {
  return findOrigins(sentence).filter(
    (o) =>
      o.start >= clause.start &&
      o.end <= clause.end &&
      !quoted(o.start) &&
      !owning(sentence, o.end),
  );
}

const list = (ids: readonly string[]) => ids.map(countryName).join(' or ');

/**
 * "The three men, all from Mexico, were taken to Batavia": the group named with "the" and, at most, a count (the
 * holder the last such noun before the origin) is the recorded group, with no outcome in the clause.
 */
function definiteHolder(before: string, holder: string): boolean {
  // "The Honduran driver": a demonym right after "the", its holder after it.
  if (/\bthe\s+$/i.test(before)) return true;
  let last = '';
  for (const m of before.matchAll(
    /\b(the|a|an|these|those)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(\p{L}+)\b/giu,
  ))
    last = `${m[1]!.toLowerCase()} ${singularNoun(m[2]!.toLowerCase())}`;
  return last === `the ${holder}`;
}

export function originResult(o: Origin, g: Group): Result | 'agrees' {
  const recorded = g.origin!;
  if (recorded.includes(o.id)) return 'agrees';
  if (o.region) {
    const within = countriesIn(o.id);
    return recorded.every((c) => within.includes(c)) ? 'agrees' : null;
  }
  const who = g.note ? `${g.note}` : 'the people it names';
  return {
    status: 'conflict',
    comparison: { slot: 'origin', page: o.text, record: list(recorded) },
    explanation: `The record has them from ${list(recorded)}, not ${countryName(o.id)} (${who}).`,
  };
}

/**
 * The origins and kin words of one asserted clause, judged against the linked events' people; each
 * with the mention-like span it judges. `quoted` says whether an offset is inside quotation marks.
 */
export function peopleResults(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  quoted: (at: number) => boolean,
  definiteOnly = false,
): { r: Result; start: number; end: number; text: string }[] {
  if (clause.negated && !negatedOnlyAfter(sentence, clause)) return [];
  const gs = groups(events);
  if (!gs.length) return [];
  // With no event linked: only the recorded group named with "the" ("the driver, a 25-year-old from X"), and only when
  // every group of the story that has an origin gives the same one.
  if (definiteOnly) {
    const withOrigin = gs.filter((g) => g.origin);
    const one = withOrigin[0];
    if (!one || withOrigin.some((g) => g.origin!.join() !== one.origin!.join())) return [];
    // Or a kin word of a group whose kin the clause names whole ("a father and his two sons from X"): as specific.
    const text = sentence.slice(clause.start, clause.end);
    const kinNamed = new Set(
      [...text.matchAll(/\b[\p{L}-]+\b/gu)].flatMap((w) => kinWord(w[0].toLowerCase()) ?? []),
    );
    const wholeKin = (holder: string) =>
      withOrigin.some(
        (g) =>
          g.kin !== undefined &&
          g.kin.length > 1 &&
          g.kin.includes(kinWord(holder) ?? '') &&
          g.kin.every((k) => kinNamed.has(k as never)),
      );
    return clauseOrigins(sentence, clause, quoted).flatMap((o) => {
      if (
        possessed(sentence, o.start) ||
        (!wholeKin(o.holder) &&
          (!withOrigin.some((g) => g.nouns.has(o.holder)) ||
            !definiteHolder(sentence.slice(clause.start, o.start), o.holder)))
      )
        return [];
      const r = originResult(o, one);
      return [{ r: r === 'agrees' ? null : r, start: o.start, end: o.end, text: o.text }];
    });
  }
  const out: { r: Result; start: number; end: number; text: string }[] = [];
  const outcomes = clause.mentions.filter(
    (m): m is Mention & { type: 'outcome' } => m.type === 'outcome' && !m.negated,
  );
  const named = (g: Group) =>
    outcomes.some((m) => (NEAR[g.kind] ?? [g.kind]).includes(m.value.kind));
  const text = sentence.slice(clause.start, clause.end);
  // Kin words of the clause said of the group: counted ("two nephews"), or after a determiner or a be-verb ("a father and his sons", "were cousins").
  const kinSaid: { word: string; start: number; end: number; text: string }[] = [];
  for (const w of text.matchAll(/\b[\p{L}-]+\b/gu)) {
    const word = kinWord(w[0].toLowerCase());
    if (!word) continue;
    const start = clause.start + w.index;
    if (quoted(start)) continue;
    const before = sentence.slice(Math.max(clause.start, start - 24), start).toLowerCase();
    // "two nephews", and a part of someone's kin counted before them ("two of his nephews").
    const counted =
      clause.mentions.some(
        (m) =>
          m.type === 'count' &&
          m.end <= start &&
          start - m.end <= 12 &&
          m.value.noun.startsWith(w[0].toLowerCase()),
      ) || /\b(?:two|three|four|five|both|\d+)\s+of\s+(?:his|her|their)\s+$/.test(before);
    if (!counted && (possessed(sentence, start) || /\b(his|her)\s+$/.test(before))) continue;
    // "a father and his sons": the first of a pair joined to the second by a possessive; "were cousins", "are all brothers".
    const pair =
      /^\s+and\s+(his|her|their)\b/i.test(sentence.slice(start + w[0].length)) &&
      /\b(a|an)\s+$/.test(before);
    const group = counted || pair || /\b(were|are)\s+(all\s+|both\s+)?$/.test(before);
    if (group) kinSaid.push({ word, start, end: start + w[0].length, text: w[0] });
  }
  const origins = gs.some((g) => g.origin) ? clauseOrigins(sentence, clause, quoted) : [];
  for (const g of gs) {
    if (g.origin) {
      for (const o of origins) {
        const kin = kinWord(o.holder);
        const ofThem =
          (kin !== null && (g.kin?.includes(kin) ?? false)) ||
          ((g.nouns.has(o.holder) || FOR_THEM.has(o.holder) || o.holder === 'man') && named(g)) ||
          (g.nouns.has(o.holder) &&
            definiteHolder(sentence.slice(clause.start, o.start), o.holder));
        if (!ofThem || possessed(sentence, o.start)) continue;
        const r = originResult(o, g);
        out.push({ r: r === 'agrees' ? null : r, start: o.start, end: o.end, text: o.text });
      }
    }
    if (g.kin && (named(g) || kinSaid.some((k) => g.kin!.includes(k.word)))) {
      for (const k of kinSaid) {
        if (g.kin.includes(k.word)) out.push({ r: null, ...k });
        else
          out.push({
            r: {
              status: 'conflict',
              comparison: { slot: 'relation', page: k.text, record: g.kin.join(' and ') },
              explanation: `The record has them as ${g.kin.join(' and ')}${g.note ? ` (${g.note})` : ''}, not ${k.text}.`,
            },
            ...k,
          });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- relatives of the people an outcome befell

interface Relative {
  name: string;
  surname: string;
  kin: string[];
  nouns: string[];
  groupNouns: Set<string>;
  note?: string;
}

/** The record's relatives of the people an outcome befell, by name (built once per record). */
const relatives = perRecord((record): Relative[] =>
  record.events.flatMap((e) =>
    (e.event.outcomes ?? []).flatMap((o) =>
      (o.relatives ?? []).flatMap((r) => {
        const canon = record.entityCanon.get(r.entity);
        const name = canon ? record.nameOf(canon) : '';
        if (!name) return [];
        const groupNouns = new Set([
          ...(o.nouns ?? []).map((n) => singularNoun(n.toLowerCase())),
          ...(o.kin ?? []),
        ]);
        return [
          {
            name,
            surname: name.split(/\s+/).pop() ?? name,
            kin: r.kin,
            nouns: (r.nouns ?? []).map((n) => n.toLowerCase()),
            groupNouns,
            ...(o.note ? { note: o.note } : {}),
          },
        ];
      }),
    ),
  ),
);

const COPULA =
  /\b(?:was|is|had been|has been)\s+(?:actually\s+|in fact\s+|reportedly\s+)?(their|the\s+(?:[a-z]+\s+){0,2}?([a-z]+)['\u2019]s?)\s+((?:[a-z-]+['\u2019]s\s+)*)([a-z-]+)\b/gi;

/** A chain of relations ("mom's sister") read as one relation to the group: the record's word, or 'other'. */
function composed(chain: string[]): string | null {
  const words = chain.map((w) => kinWord(w.toLowerCase()));
  if (words.some((w) => w === null)) return null;
  if (words.length === 1) return words[0]!;
  if (words.length === 2 && words[0] === 'father' && words[1] === 'wife') return 'stepmother';
  return 'other';
}

/**
 * "The woman … was the men's neighbor", "Galvan is their mom's sister": a relation to the people an outcome
 * befell, said of a relative the record names with another relation (outcome `relatives`). The relative is
 * named by name, surname or, as the subject, "the <noun>" the record gives ("the woman"). Compared in any
 * asserted clause of the sentence, linked or not; a chain of relations ("their mom's sister") is one relation.
 */
export function relativeConflicts(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  quoted: (at: number) => boolean,
): { r: Exclude<ValueResult, { status: 'agrees' }>; start: number; end: number }[] {
  const rs = relatives(record);
  if (!rs.length) return [];
  const out: { r: Exclude<ValueResult, { status: 'agrees' }>; start: number; end: number }[] = [];
  for (const clause of clauses) {
    if (clause.stance !== 'asserted') continue;
    const text = sentence.slice(clause.start, clause.end);
    // A denial inside the words someone is quoted saying ("that they were 'not illegal'") is theirs, not the clause's.
    const unquoted = clause.negated
      ? text
          .split('')
          .map((ch, i) => (quoted(clause.start + i) ? ' ' : ch))
          .join('')
      : '';
    if (clause.negated && /\b(not|never|no|neither|nor)\b|n['\u2019]t\b/i.test(unquoted)) continue;
    for (const m of text.matchAll(COPULA)) {
      const at = clause.start + m.index;
      if (quoted(at)) continue;
      const subject = text.slice(0, m.index);
      const chain = [...(m[3] ?? '').matchAll(/([a-z-]+)['\u2019]s/gi)]
        .map((x) => x[1]!)
        .concat(m[4]!);
      const relation = composed(chain);
      if (!relation) continue;
      for (const r of rs) {
        const possessor = m[2] ? singularNoun(m[2].toLowerCase()) : 'them';
        if (possessor !== 'them' && !r.groupNouns.has(possessor)) continue;
        const named =
          subject.includes(r.surname) ||
          r.nouns.some((n) => new RegExp(`^\\s*the\\s+${n}\\b`, 'i').test(subject));
        if (
          !named ||
          r.kin.includes(relation) ||
          (relation === 'mother' && r.kin.includes('stepmother'))
        )
          continue;
        const page = m[0].slice(m[0].indexOf(m[1]!)).trim();
        out.push({
          r: {
            status: 'conflict',
            comparison: { slot: 'relation', page, record: `${r.name}: ${r.kin.join(' and ')}` },
            explanation: `The record has ${r.name} as the ${r.kin.join(' and ')} of those it names${r.note ? ` (${r.note})` : ''}, not ${page}.`,
          },
          start: at,
          end: clause.start + m.index + m[0].length,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- an age told with the people's origin

/**
 * "a 34-year-old Guatemalan man": an age of a person said to be from where the record has the people of
 * exactly one event from, whose quantities give the age of a person of that noun ("year-old man"), is
 * compared with that age, whatever else the clause names or links (only the age: the clause may tell of
 * another scene of that person's, "watched him at a house on X"), when the clause names one of that event's
 * participants or outcomes. Nothing unless exactly one event fits.
 */
export function ageOriginResults(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  idsOf: (name: string) => string[],
): { m: Mention; r: Result; events: IndexedEvent[] }[] {
  if (clause.negated) return [];
  // The clause must name one of the event's participants or outcomes ("HSI agents had been watching …"): a man of that age
  // and origin who only "lives nearby" may be anyone.
  const ofEvent = clauseNamesEvent(clause, idsOf);
  const ages = clause.mentions.filter(
    (m): m is Mention & { type: 'count' } => m.type === 'count' && /^year-old /.test(m.value.noun),
  );
  if (!ages.length) return [];
  const origins = findOrigins(sentence).filter(
    (o) => o.start >= clause.start && o.end <= clause.end && !o.region,
  );
  return ages.flatMap((a) => {
    const noun = a.value.noun.slice('year-old '.length);
    // The origin between the age and its noun ("34-year-old Guatemalan man") is said of that person.
    const said = origins.filter((o) => o.start >= a.end && o.holder === noun);
    const fits = events.filter(
      (e) =>
        ofEvent(e) &&
        said.some((o) => (e.event.outcomes ?? []).some((x) => x.origin?.includes(o.id))) &&
        e.quantities.some((q) => q.nouns.has(a.value.noun)),
    );
    if (fits.length !== 1) return [];
    const q = fits[0]!.quantities.find((x) => x.nouns.has(a.value.noun))!;
    const inside = a.value.min >= q.min && (a.value.max ?? Infinity) <= q.max;
    const record = q.min === q.max ? `${q.min}` : `${q.min} to ${q.max}`;
    const r: Result = inside
      ? null
      : {
          status: 'conflict',
          comparison: { slot: 'count', page: a.text, record: `${record} ${a.value.noun}` },
          explanation: `The record gives the ${a.value.noun.slice('year-old '.length)} from ${said.map((o) => countryName(o.id)).join(' or ')} as ${record} years old, not ${a.text}.`,
        };
    return [{ m: a, r, events: fits }];
  });
}

/** Dates told of a prior act ("had been deported in 2023", "deported once before, in 2023"): the act's, not the clause's event's. */
export function priorActDates(
  sentence: string,
  mentions: readonly Mention[],
  prior: (m: Mention) => boolean,
): Mention[] {
  const acts = mentions.filter((m) => m.type === 'outcome' && prior(m));
  return mentions.filter(
    (d) =>
      d.type === 'date' &&
      acts.some(
        (a) =>
          d.start >= a.end &&
          /^[\s,]*(?:(?:once|twice|before|previously|earlier|back)[\s,]+){0,3}(?:in|on|during)\s+$/i.test(
            sentence.slice(a.end, d.start),
          ),
      ),
  );
}
