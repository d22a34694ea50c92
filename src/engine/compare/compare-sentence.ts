/**
 * Compares one sentence with a story's events: reads it into clauses
 * (../read), links each asserted clause to the events it is about, and
 * compares every typed value in it with those events (compare-values.ts).
 *
 * Zero false alarms first: a clause is linked only by the words of an event,
 * the outcomes it records or excludes, or (when nothing else links it) a
 * participant it names that takes part in one event only; a value conflicts
 * only when incompatible with every event the clause is linked to. Reported,
 * questioned and conditional clauses are not the page's assertion and are
 * not compared.
 */
import { foldText } from '../normalize.ts';
import { quotedStretches } from '../quoted-stretches.ts';
import { readSentence } from '../read/read-sentence.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';
import { hasAnyTerm } from '../terms.ts';
import { compareMention, unconfirmedText, type Comparison, type ValueResult } from './compare-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

export interface SentenceComparison {
  /** `discrepant`: a value conflicts; `imprecise`: a value is partly right; `unconfirmed`: a value the record cannot confirm; `agrees`: every compared value agrees. */
  outcome: 'discrepant' | 'imprecise' | 'unconfirmed' | 'agrees';
  /** The values behind the outcome (the conflicting ones for a discrepancy). */
  comparisons: Comparison[];
  explanation: string;
  /** Ids of the events the sentence was compared with. */
  events: string[];
}

/** Mention types compared with the record; outlets are only confirmed (a page may credit any outlet that covered it). */
const COMPARED = new Set<Mention['type']>(['agency', 'weekday', 'date', 'time-of-day', 'street', 'place', 'state', 'count', 'outcome', 'person', 'outlet']);

/** A value that is certain enough to need confirming: a name, a day, a clock time, a counted noun, an outcome that happened. */
function certain(m: Mention, negatedClause: boolean): boolean {
  if (m.negated) return false;
  switch (m.type) {
    // In a denied clause an agency is what did not happen ("would not work with X").
    case 'agency': return !negatedClause && /^\p{Lu}/u.test(m.text);
    case 'place': case 'state': case 'outlet': return /^\p{Lu}/u.test(m.text);
    case 'person': return /^\p{Lu}/u.test(m.value.name);
    // "six" with no noun is still a number the page asserts; "one" alone usually is not ("one of them").
    case 'count': return m.value.noun !== '' || m.value.min >= 2;
    case 'date': return m.value.year !== undefined || m.value.month !== undefined;
    case 'time-of-day': return m.value.minutes !== undefined;
    default: return true;
  }
}

/** Values that name something: the story's record confirms them wherever it has them. */
const ENTITY_TYPES = new Set<Mention['type']>(['agency', 'place', 'state', 'street', 'person', 'outlet']);

/** What an unconfirmed value reads as. */
const SLOT: Partial<Record<Mention['type'], string>> = { 'time-of-day': 'time' };

/** Verbs the reader takes for outcomes that are about something else here ("picked up the story", "stopped the video"). */
const NOT_AN_OUTCOME = /^\s+(the|a|an|this|that|his|her|its|their)?\s*(story|stories|news|report|reports|tale|thread|phone|tab|pace|call|calls|case|baton)\b/i;

const realOutcome = (sentence: string, m: Mention) => m.type !== 'outcome' || !NOT_AN_OUTCOME.test(sentence.slice(m.end, m.end + 30));

function linkClause(clause: Clause, folded: string, record: StoryRecord): IndexedEvent[] {
  const byWords = record.events.filter((e) => hasAnyTerm(folded, e.words));
  const outcomes = clause.mentions.flatMap((m) => (m.type === 'outcome' ? [m.value.kind] : []));
  const byOutcome = record.events.filter((e) => outcomes.some((k) => e.outcomes.has(k) || e.negatives.has(k)));
  const linked = [...new Set([...byWords, ...byOutcome])];
  if (linked.length) return linked;
  // A participant named in the clause who takes part in exactly one event.
  const named = new Set(clause.mentions.flatMap((m) => (m.type === 'person' || m.type === 'outlet' ? record.gazetteer.lookup(m.value.name).map((g) => g.id) : [])));
  const byPeople = record.events.filter((e) => e.participants.some((p) => named.has(p.canon)));
  return byPeople.length === 1 ? byPeople : [];
}

/** Offsets of the quoted stretches of a sentence: words inside quotation marks are the speaker's, not the page's. */
function quotedSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  // A sentence that goes on a quote opened in the sentence before: up to its closing mark.
  const close = sentence.indexOf('\u201D');
  const open = sentence.indexOf('\u201C');
  if (close !== -1 && (open === -1 || close < open)) {
    spans.push([0, close]);
    from = close + 1;
  }
  for (const stretch of quotedStretches(sentence.slice(from))) {
    const at = sentence.indexOf(stretch, from);
    if (at === -1) break;
    spans.push([at, at + stretch.length]);
    from = at + stretch.length;
  }
  return spans;
}

/** Offset of the first speech verb in the clause text, or -1. */
function speechAt(text: string): number {
  const folded = foldText(text);
  for (const match of folded.matchAll(/\p{L}+/gu)) if (lexicon.speechVerbs.has(match[0])) return match.index;
  return -1;
}

function unconfirmedValue(m: Mention): Exclude<ValueResult, { status: 'agrees' }> {
  const slot = SLOT[m.type] ?? m.type;
  return { status: 'unconfirmed', comparison: { slot, page: m.text, record: 'not in the record' }, explanation: unconfirmedText(slot, m.text) };
}

const RANK: Record<ValueResult['status'], number> = { agrees: 0, unconfirmed: 1, imprecise: 2, conflict: 3 };

/**
 * Compares a sentence with the record; null when it carries no typed value
 * the record can judge (no event linked, or no value of a compared type).
 */
export function compareSentence(sentence: string, record: StoryRecord, pageDate: string | undefined, fixed?: readonly IndexedEvent[]): SentenceComparison | null {
  if (!record.events.length && !fixed) return null;
  const clauses = readSentence(sentence, record.gazetteer);
  const quoted = quotedSpans(sentence);
  const inQuote = (m: Mention) => quoted.some(([a, b]) => m.start >= a && m.end <= b);
  const results: { r: Exclude<ValueResult, { status: 'agrees' }> | null; events: IndexedEvent[] }[] = [];
  let compared = 0;
  const linkedIds = new Set<string>();
  const unlinked: Mention[] = [];
  for (const read of clauses) {
    if (read.stance !== 'asserted') continue;
    const clause = { ...read, mentions: read.mentions.filter((m) => realOutcome(sentence, m) && !inQuote(m)) };
    const values = clause.mentions.filter((m) => COMPARED.has(m.type));
    if (!values.length) continue;
    const text = sentence.slice(clause.start, clause.end);
    const events = fixed ? [...fixed] : linkClause(clause, foldText(text), record);
    if (!events.length) {
      // Not linked to one event, but a value the story's record holds anywhere (its city, its people) is confirmed.
      const story = { record, events: record.events, allEvents: record.events, speech: true, speechAt: -1, negatedClause: clause.negated, agencies: [], sentence, pageDate };
      const outcomes = clause.mentions.filter((m): m is Mention & { type: 'outcome' } => m.type === 'outcome');
      // Only names: a day, a time, a count or an outcome is confirmed only by the event it belongs to.
      const named = (m: Mention) => ENTITY_TYPES.has(m.type) && compareMention(story, m, outcomes)?.status === 'agrees';
      unlinked.push(...values.filter((m) => certain(m, clause.negated) && !named(m)));
      continue;
    }
    events.forEach((e) => linkedIds.add(e.event.id));
    const outcomes = clause.mentions.filter((m): m is Mention & { type: 'outcome' } => m.type === 'outcome');
    const at = speechAt(text);
    const outlet = clause.mentions.some((m) => m.type === 'outlet');
    const ctx = { record, events, allEvents: record.events, speech: at !== -1 || outlet, speechAt: at === -1 ? -1 : clause.start + at, negatedClause: clause.negated, agencies: clause.mentions.filter((m): m is Mention & { type: 'agency' } => m.type === 'agency'), sentence, pageDate };
    for (const m of values) {
      const r = compareMention({ ...ctx, mentions: clause.mentions }, m, outcomes);
      if (!r) {
        if (certain(m, clause.negated)) results.push({ r: unconfirmedValue(m), events });
        continue;
      }
      compared++;
      results.push({ r: r.status === 'agrees' ? null : r, events });
    }
  }
  // Values in clauses no event could be linked to: the record cannot confirm them.
  for (const m of unlinked) results.push({ r: unconfirmedValue(m), events: [] });
  if (!results.length) return null;
  const worst = results.reduce<Exclude<ValueResult, { status: 'agrees' }> | null>((w, { r }) => (r && (!w || RANK[r.status] > RANK[w.status]) ? r : w), null);
  const events = [...linkedIds];
  if (!worst && !compared) return null;
  if (!worst) return { outcome: 'agrees', comparisons: [], explanation: 'Every value it gives agrees with the record.', events };
  const same = results.flatMap(({ r }) => (r && r.status === worst.status ? [r] : []));
  const comparisons = same.map((r) => r.comparison);
  const explanation = same.map((r) => r.explanation).filter((x, i, all) => all.indexOf(x) === i).join(' ');
  const outcome = worst.status === 'conflict' ? 'discrepant' : worst.status;
  return { outcome, comparisons, explanation, events };
}
