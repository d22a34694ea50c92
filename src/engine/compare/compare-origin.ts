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
import { countriesIn, countryName, findOrigins, singularNoun, type Origin } from '../read/find-origins.ts';
import { kinWord } from '../read/kinship.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { ValueResult } from './compare-values.ts';
import type { IndexedEvent } from './story-record.ts';

type Result = Exclude<ValueResult, { status: 'agrees' }> | null;

/** Words that stand for the people themselves, whatever the record's nouns. */
const FOR_THEM = new Set(['them', 'they', 'person', 'national', 'citizen', 'native', 'all', 'both', 'who', 'whom']);
/** An outcome befalling people said with another word of the same kind ("arrested" for the record's "detained"). */
const NEAR: Record<string, string[]> = { detained: ['detained', 'arrested'], arrested: ['arrested', 'detained'] };

interface Group {
  kind: string;
  origin?: string[];
  kin?: string[];
  nouns: Set<string>;
  note?: string;
}

function groups(events: readonly IndexedEvent[]): Group[] {
  return events.flatMap((e) => (e.event.outcomes ?? []).flatMap((o) => (o.origin || o.kin ? [{ kind: o.kind, ...(o.origin ? { origin: o.origin } : {}), ...(o.kin ? { kin: o.kin } : {}), nouns: new Set((o.nouns ?? []).map((n) => singularNoun(n.toLowerCase()))), ...(o.note ? { note: o.note } : {}) }] : [])));
}

/** A possessive right before the word at `at` ("the men's aunt", "their mother"): someone else's relative. */
function possessed(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at).toLowerCase();
  return /(['\u2019]s?|\btheir|\bour|\bmy|\byour)\s+(\w+\s+)?$/.test(before);
}

const list = (ids: readonly string[]) => ids.map(countryName).join(' or ');

function originResult(o: Origin, g: Group): Result | 'agrees' {
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
export function peopleResults(sentence: string, clause: Clause, events: readonly IndexedEvent[], quoted: (at: number) => boolean): { r: Result; start: number; end: number; text: string }[] {
  if (clause.negated) return [];
  const gs = groups(events);
  if (!gs.length) return [];
  const out: { r: Result; start: number; end: number; text: string }[] = [];
  const outcomes = clause.mentions.filter((m): m is Mention & { type: 'outcome' } => m.type === 'outcome' && !m.negated);
  const named = (g: Group) => outcomes.some((m) => (NEAR[g.kind] ?? [g.kind]).includes(m.value.kind));
  const text = sentence.slice(clause.start, clause.end);
  // Kin words of the clause said of the group: counted ("two nephews"), or after a determiner or a be-verb ("a father and his sons", "were cousins").
  const kinSaid: { word: string; start: number; end: number; text: string }[] = [];
  for (const w of text.matchAll(/\b[\p{L}-]+\b/gu)) {
    const word = kinWord(w[0].toLowerCase());
    if (!word) continue;
    const start = clause.start + w.index;
    if (quoted(start)) continue;
    const before = sentence.slice(Math.max(clause.start, start - 24), start).toLowerCase();
    const counted = clause.mentions.some((m) => m.type === 'count' && m.end <= start && start - m.end <= 12 && m.value.noun.startsWith(w[0].toLowerCase()));
    if (!counted && (possessed(sentence, start) || /\b(his|her)\s+$/.test(before))) continue;
    // "a father and his sons": the first of a pair joined to the second by a possessive; "were cousins", "are all brothers".
    const pair = /^\s+and\s+(his|her|their)\b/i.test(sentence.slice(start + w[0].length)) && /\b(a|an)\s+$/.test(before);
    const group = counted || pair || /\b(were|are)\s+(all\s+|both\s+)?$/.test(before);
    if (group) kinSaid.push({ word, start, end: start + w[0].length, text: w[0] });
  }
  const origins = gs.some((g) => g.origin) ? findOrigins(sentence) : [];
  for (const g of gs) {
    if (g.origin) {
      for (const o of origins) {
        if (o.start < clause.start || o.end > clause.end || quoted(o.start)) continue;
        const kin = kinWord(o.holder);
        const ofThem = (kin !== null && (g.kin?.includes(kin) ?? false)) || ((g.nouns.has(o.holder) || FOR_THEM.has(o.holder) || o.holder === 'man') && named(g));
        if (!ofThem || possessed(sentence, o.start)) continue;
        const r = originResult(o, g);
        out.push({ r: r === 'agrees' ? null : r, start: o.start, end: o.end, text: o.text });
      }
    }
    if (g.kin && (named(g) || kinSaid.some((k) => g.kin!.includes(k.word)))) {
      for (const k of kinSaid) {
        if (g.kin.includes(k.word)) out.push({ r: null, ...k });
        else out.push({
          r: { status: 'conflict', comparison: { slot: 'relation', page: k.text, record: g.kin.join(' and ') }, explanation: `The record has them as ${g.kin.join(' and ')}${g.note ? ` (${g.note})` : ''}, not ${k.text}.` },
          ...k,
        });
      }
    }
  }
  return out;
}
