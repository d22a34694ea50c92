/**
 * An age of a definite role ("the courier, a 52-year-old who …", "the 52-year-old courier") in a clause whose linked
 * events do not give that age (a later statement telling of the person, say): compared with the one event of the
 * record whose quantities give the age of a person of that noun ("year-old courier"), when the clause names one of
 * that event's participants or outcomes (several events giving the same age count as one). A person's age stays the same across a story's weeks; the definite article
 * says the role is one the story knows. Nothing when no event fits or those that do disagree, or the age is not the role's.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';

type Age = Mention & { type: 'count' };

/** "the courier, a ", "the courier — a " or "the " right before the age: a definite role. */
const DEFINITE =
  /(?:\b(?:the|his|her|their)\s+[\p{Ll}-]+?(?:,|\s*(?:--|[\u2013\u2014])|\s-)\s*an?|\bthe)\s+$/iu;

/**
 * Whether the clause names one of an event's participants (an agency or a person it names, not denied) or one of its
 * outcomes (not denied).
 */
export function clauseNamesEvent(
  clause: Clause,
  idsOf: (name: string) => string[],
): (e: IndexedEvent) => boolean {
  const names = new Set(
    clause.mentions.flatMap((m) =>
      !m.negated && (m.type === 'agency' || m.type === 'person') ? idsOf(m.value.name) : [],
    ),
  );
  const acts = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'outcome' && !m.negated ? [m.value.kind as string] : [],
    ),
  );
  return (e) =>
    e.participants.some((p) => names.has(p.canon)) ||
    [...e.outcomes.keys()].some((k) => acts.has(k));
}

export function ageElsewhereResults(
  sentence: string,
  clause: Clause,
  linked: readonly IndexedEvent[],
  all: readonly IndexedEvent[],
  idsOf: (name: string) => string[],
): { m: Mention; r: Exclude<ValueResult, { status: 'agrees' }> | null; events: IndexedEvent[] }[] {
  if (clause.negated) return [];
  const ages = clause.mentions.filter(
    (m): m is Age =>
      m.type === 'count' &&
      !m.negated &&
      /^year-old [\p{Ll}-]+$/u.test(m.value.noun) &&
      DEFINITE.test(sentence.slice(Math.max(0, m.start - 40), m.start)),
  );
  if (!ages.length) return [];
  const named = clauseNamesEvent(clause, idsOf);
  return ages.flatMap((a) => {
    const noun = a.value.noun;
    // The linked events give it: compared there as any count.
    if (linked.some((e) => e.quantities.some((q) => q.nouns.has(noun)))) return [];
    // Events that give the same age (the stop, and the watching before it) are one fact told twice.
    const fits = all.filter((e) => e.quantities.some((q) => q.nouns.has(noun)));
    const range = (e: IndexedEvent) => e.quantities.find((x) => x.nouns.has(noun))!;
    if (
      !fits.length ||
      fits.some(
        (e) => range(e).min !== range(fits[0]!).min || range(e).max !== range(fits[0]!).max,
      ) ||
      !fits.some(named)
    )
      return [];
    const q = range(fits[0]!);
    const inside = a.value.min >= q.min && (a.value.max ?? a.value.min) <= q.max;
    const record = q.min === q.max ? `${q.min}` : `${q.min} to ${q.max}`;
    const role = noun.slice('year-old '.length);
    const r = inside
      ? null
      : {
          status: 'conflict' as const,
          comparison: { slot: 'count', page: a.text, record: `${record} ${noun}` },
          explanation: `The record gives the ${role} as ${record} years old, not ${a.text}.`,
        };
    return [{ m: a, r, events: fits }];
  });
}
