/**
 * The typed reader: turns one sentence into clauses whose typed mentions
 * (agencies, people, titles, streets, places, states, weekdays, dates,
 * relative times, times of day, counts, outcomes, outlets) carry values a
 * comparer can check against a record. Pure and general: the only names it
 * knows come from the gazetteer it is given; everything else is found by
 * pattern (lexicon.json holds the general English). Every finder reads the
 * tokens once with bounded look-ahead and look-behind, so the cost grows with
 * the length of the sentence. See docs/typed-reading.md.
 */
import { AUXILIARIES, preposedEnd, splitClauses } from './clauses.ts';
import { findCommitments } from './find-commitments.ts';
import { ReadContext, type Candidate } from './context.ts';
import { findCounts } from './find-counts.ts';
import { findOrganizations } from './find-organizations.ts';
import { findOutcomes } from './find-outcomes.ts';
import { findPeople } from './find-people.ts';
import { findPlaces } from './find-places.ts';
import { findTime } from './find-time.ts';
import { markDateRanges } from './date-range.ts';
import { markTenureYears } from './tenure-years.ts';
import { findDurations } from './find-durations.ts';
import type { Gazetteer } from './gazetteer.ts';
import { lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { Clause, Mention } from './types.ts';

/** Keeps, among overlapping candidates, the longest (in tokens), then the surest, then the first. */
function resolve(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.to - b.from - (a.to - a.from) || b.rank - a.rank || a.from - b.from,
  );
  const taken = new Uint8Array(tokenCount);
  const takenJoin = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  for (const c of order) {
    // An intersection overlaps its two streets by design; intersections only exclude each other.
    const used = c.type === 'intersection' ? takenJoin : taken;
    let free = true;
    for (let k = c.from; k < c.to && free; k++) free = used[k] === 0;
    if (!free) continue;
    for (let k = c.from; k < c.to; k++) used[k] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** "n't" ends at token i ("didn't" is didn ' t; the typographic "didn’t" too). */
function isNt(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.lower === 't' &&
    (tokens[i - 1]?.text === "'" || tokens[i - 1]?.text === '\u2019') &&
    (tokens[i - 2]?.lower.endsWith('n') ?? false) &&
    !tokens[i - 1]!.spaceBefore
  );
}

function isNegator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    ((t.word && (lexicon.negators.has(t.lower) || lexicon.notDoingVerbs.has(t.lower))) ||
      isNt(tokens, i))
  );
}

/** Whether a contrast ("not", "rather than", "instead of", "neither", "nor") stands right before token `from`, skipping "by", "the" and the like; returns where it starts. */
function contrastBefore(tokens: readonly Token[], from: number, clauseFrom: number): number | null {
  let k = from;
  for (
    let skip = 0;
    skip < 2 && k > clauseFrom && lexicon.contrastSkip.has(tokens[k - 1]!.lower);
    skip++
  )
    k--;
  const lead = lexicon.contrastLeads.matchEndingAt(tokens, k, 2);
  if (lead && lead.start >= clauseFrom) return lead.start;
  if (k > clauseFrom && isNt(tokens, k - 1)) return k - 3;
  return null;
}

/** Words that set a body apart from the one named before ("separate from", "distinct from", "not to be confused with"). */
const APART = /^(?:separate|separately|distinct|different)$/;

/** Whether the mention at token `from` follows "separate from (the)", "distinct from", "not to be confused with". */
function setApart(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (tokens[k - 1]?.lower === 'the') k--;
  const w = (i: number) => tokens[k - i]?.lower ?? '';
  return (w(1) === 'from' && APART.test(w(2))) || (w(1) === 'with' && w(2) === 'confused');
}

/** Words of speaking: after one, a negator is what was said ("…, a spokesman said no one was fired"), not an appositive's. */
const SAID_WORD =
  /^(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|insisted|insists|confirmed|confirms|claimed|claims|reported|reports|wrote|writes|argued|argues)$/;

/**
 * A negator right after the head of a noun phrase set after a comma that sums up what the clause told ("met the
 * chief, a meeting neither side has described", "…, a claim that nobody has denied"): it denies the appositive's own
 * verb, not the clause. Not after a word of speaking ("…, a spokesman said no one was fired").
 */
function inTrailingAppositive(tokens: readonly Token[], i: number, from: number): boolean {
  for (let j = i - 1; j > from && j >= i - 4; j--) {
    const t = tokens[j]!;
    if (!t.word)
      return (
        t.text === ',' &&
        j + 2 < i &&
        /^(a|an)$/.test(tokens[j + 1]!.lower) &&
        !tokens[j + 2]!.cap &&
        !tokens.slice(j + 2, i).some((w) => SAID_WORD.test(w.lower))
      );
  }
  return false;
}

/** A relative pronoun, which with an auxiliary of its own verb (AUXILIARIES) comes before a negator ("who were not", "that had not", "who weren't"). */
const RELATIVE = new Set(['who', 'that', 'which']);

/** The finite verb that takes the sentence up again after a relative clause ("… who were not back had been …"). */
const MAIN_VERB = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);

/**
 * Where the verb phrase a negator denies ends, when the negator is in a relative clause on a noun and a finite verb
 * takes the sentence up again after it: "the two officers who were not back had been suspended" denies only their
 * being back, not the suspension. -1 otherwise (the negator denies the clause). A conjunction or a mark between the
 * two keeps the whole clause denied ("who were not fired and were retrained" may be one relative clause).
 */
function relativeNegationEnd(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
): number {
  const nt = isNt(tokens, i);
  const aux = nt ? tokens[i - 2]?.lower.replace(/n$/, '') : tokens[i - 1]?.lower;
  const rel = nt ? i - 3 : i - 2;
  if (
    rel < from ||
    !RELATIVE.has(tokens[rel]!.lower) ||
    !aux ||
    !AUXILIARIES.has(aux) ||
    (!nt && tokens[i]!.lower !== 'not')
  )
    return -1;
  for (let j = i + 2; j < to && j <= i + 5; j++) {
    const t = tokens[j]!;
    if (!t.word || /^(?:and|or|but|nor)$/.test(t.lower)) return -1;
    if (MAIN_VERB.has(t.lower)) return j;
  }
  return -1;
}

/**
 * Token `at` stands inside a bracket opened after token `from` and not yet closed: an aside of its own, which a
 * negator before the bracket does not deny ("was not showing up (police do answer calls for backup) but …").
 */
function inBracketAfter(tokens: readonly Token[], from: number, at: number): boolean {
  let open = 0;
  for (let k = from + 1; k < at; k++) {
    if (tokens[k]!.text === '(') open++;
    else if (tokens[k]!.text === ')' && open > 0) open--;
  }
  return open > 0;
}

function toMention(ctx: ReadContext, c: Candidate, negated: boolean): Mention {
  const start = ctx.tokens[c.from]!.start;
  const end = ctx.tokens[c.to - 1]!.end;
  return {
    type: c.type,
    value: c.value,
    start,
    end,
    text: ctx.sentence.slice(start, end),
    negated,
  } as Mention;
}

/**
 * Sentences already read, per gazetteer (one story record's): the comparison's readers read the same sentence again
 * and again. What they get is frozen, so no reader can change what another reads. Bounded; cleared when full.
 */
const read = new WeakMap<Gazetteer, Map<string, readonly Clause[]>>();
const READ_MAX = 1000;

/** Reads one sentence into clauses with typed mentions. Never throws on any string. */
export function readSentence(sentence: string, gazetteer: Gazetteer): Clause[] {
  let done = read.get(gazetteer);
  if (!done) read.set(gazetteer, (done = new Map()));
  let clauses = done.get(sentence);
  if (!clauses) {
    const fresh = readFresh(sentence, gazetteer).map((c) =>
      Object.freeze({
        ...c,
        mentions: Object.freeze(c.mentions.map((m) => Object.freeze(m))) as Mention[],
      }),
    );
    clauses = Object.freeze(fresh);
    if (done.size >= READ_MAX) done.clear();
    done.set(sentence, clauses);
  }
  return clauses as Clause[];
}

function readFresh(sentence: string, gazetteer: Gazetteer): Clause[] {
  const ctx = new ReadContext(sentence, gazetteer);
  const { tokens } = ctx;
  if (tokens.length === 0) return [];
  findTime(ctx);
  findDurations(ctx);
  findPeople(ctx);
  findOrganizations(ctx);
  findPlaces(ctx);
  findCounts(ctx);
  findOutcomes(ctx);
  findCommitments(ctx);
  // The two ends of a span of days ("from November 14 to November 16") are no one event's day (date-range.ts).
  // Years of a post told in an aside on a person are the post's, not an event's (tenure-years.ts).
  // "a city agency separate from the county sheriff's department": a body set apart names no one of the clause's act.
  const kept = markTenureYears(
    markDateRanges(resolve(ctx.candidates, tokens.length), tokens),
    tokens,
  ).filter((c) => !setApart(tokens, c.from));
  let next = 0;
  return splitClauses(tokens).map((span) => {
    // A negator that denies one mention right after it ("not ICE") is a contrast; any other denies the clause.
    const contrastUsed = new Set<number>();
    // Mentions are sorted by start and clauses follow each other: one walk assigns them all.
    const inClause: Candidate[] = [];
    while (next < kept.length && kept[next]!.from < span.to) inClause.push(kept[next++]!);
    const contrasted = new Set<Candidate>();
    for (const c of inClause) {
      if (c.type === 'count' && c.value.min === 0 && c.value.max === 0 && isNegator(tokens, c.from))
        continue;
      // "will not help with deportations", "never enforced immigration law": the negator denies the clause, not one value.
      if (c.type === 'commitment') continue;
      const at = contrastBefore(tokens, c.from, span.from);
      if (at === null) continue;
      contrasted.add(c);
      // "were not charged" denies the clause too; "ICE, not the FBI" denies only the FBI.
      if (c.type !== 'outcome') contrastUsed.add(at);
    }
    let clauseNegator = -1;
    // Negators confined to a relative clause: each denies only what stands between it and the verb that follows.
    const confined: [number, number][] = [];
    // A negator in a phrase of time or concession before the subject denies only what stands in that phrase.
    const preposed = preposedEnd(tokens, span.from, span.to);
    for (let i = span.from; i < span.to; i++) {
      if (i < preposed && isNegator(tokens, i)) {
        confined.push([i, preposed]);
        i = preposed;
        continue;
      }
      if (
        isNegator(tokens, i) &&
        !contrastUsed.has(i) &&
        !(isNt(tokens, i) && contrastUsed.has(i - 2)) &&
        !inTrailingAppositive(tokens, i, span.from)
      ) {
        const end = relativeNegationEnd(tokens, i, span.from, span.to);
        if (end !== -1) {
          confined.push([i, end]);
          i = end - 1;
          continue;
        }
        clauseNegator = i;
        break;
      }
    }
    const mentions = inClause.map((c) => {
      // "will not take part in immigration enforcement": the denial turns the commitment round rather than denying a value.
      // A negator that begins a phrase the finder already read as turning it round ("will no longer respond") is not counted twice.
      if (
        c.type === 'commitment' &&
        clauseNegator !== -1 &&
        c.from > clauseNegator &&
        !lexicon.commitmentFlips.matchAt(tokens, clauseNegator) &&
        !inBracketAfter(tokens, clauseNegator, c.from)
      ) {
        const lead = Math.min(c.value.lead, tokens[clauseNegator]!.start);
        return toMention(ctx, { ...c, value: { ...c.value, does: !c.value.does, lead } }, false);
      }
      const byClause =
        c.type === 'outcome' &&
        ((clauseNegator !== -1 && c.from > clauseNegator) ||
          confined.some(([a, b]) => c.from > a && c.from < b));
      return toMention(ctx, c, contrasted.has(c) || byClause);
    });
    const first = tokens[span.from]!;
    const last = tokens[span.to - 1]!;
    return {
      start: first.start,
      end: last.end,
      mentions,
      stance: span.stance,
      negated: clauseNegator !== -1,
    };
  });
}
