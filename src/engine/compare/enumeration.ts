/**
 * A count followed by a colon and the list of what it counts ("only three men
 * were detained: the driver and two passengers"; "The answer is three: a father
 * and his two sons were detained"): the list must add up to the count. When
 * it surely does not, the sentence contradicts itself, so at least one of its
 * numbers is wrong whatever the record says. Only lists whose every item is
 * countable (one thing after "a", "an", "the", "one" or a possessive, or a
 * number with its noun) are summed; anything else says nothing. General
 * English only; nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';

type Count = Mention & { type: 'count' };

export interface EnumerationResult {
  /** Absent when the list adds up. */
  comparison?: Comparison;
  explanation?: string;
  /** The counts the check judged (on a conflict the total and the list's numbers; else the list's numbers): compared no further. */
  judged: Mention[];
}

/** One item's words after its determiner and number: up to three lower-case words. */
const WORDS =
  /^(?!(?:and|or|nor)\b)[a-z][a-z'-]*(?:\s+(?!(?:and|or|nor|were|was|are|is|had|have|has|got)\b)[a-z][a-z'-]*){0,2}/;
/** A determiner of one thing, or a possessive before a number ("his two sons"). */
const ONE = /^(?:a|an|the|one|his|her|their|its|our|my)\s+/i;
const POSSESSIVE = /^(?:his|her|their|its|our|my)\s+/i;
/** Between items. */
const SEPARATOR = /^(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)/;
/** What may follow the list: the clause's end, or the verb the list is the subject of. */
const AFTER =
  /^(?:[\s.!?)]*$|\s+(?:were|was|are|is|had|have|has|got|remained|remain|stayed|all|both)\b)/i;
/** A plural noun ends in s (not ss), or is one of the few irregular plurals. */
const PLURAL = /(?:[^s]s|\b(?:men|women|people|children|police|personnel|staff|folks|feet))$/i;

/** The sum of a list starting at `from` in the sentence, or null when it is not a list of countable items. */
function listTotal(
  sentence: string,
  from: number,
  to: number,
  counts: readonly Count[],
): { min: number; max: number; end: number; numbers: Count[] } | null {
  let at = from;
  let min = 0;
  let max = 0;
  let items = 0;
  const numbers: Count[] = [];
  for (;;) {
    let rest = sentence.slice(at, to);
    const lead = /^\s*/.exec(rest)![0].length;
    at += lead;
    rest = rest.slice(lead);
    const count = counts.find(
      (c) =>
        c.start === at ||
        (POSSESSIVE.test(rest) && c.start === at + POSSESSIVE.exec(rest)![0].length),
    );
    if (count) {
      // "four passengers", "his two sons": the number and its plural noun.
      if (count.value.max === undefined || !count.value.noun) return null;
      min += count.value.min;
      max += count.value.max;
      numbers.push(count);
      const after = sentence.slice(count.end, to);
      const space = /^\s*/.exec(after)![0].length;
      const words = WORDS.exec(after.slice(space));
      if (!words) return null;
      at = count.end + space + words[0].length;
    } else {
      // "the driver", "a father": one thing, named by a singular noun.
      const det = ONE.exec(rest);
      if (!det) return null;
      const words = WORDS.exec(rest.slice(det[0].length));
      if (!words || PLURAL.test(words[0])) return null;
      min += 1;
      max += 1;
      at += det[0].length + words[0].length;
    }
    items++;
    const sep = SEPARATOR.exec(sentence.slice(at, to));
    if (!sep) break;
    at += sep[0].length;
  }
  if (items < 2 || !AFTER.test(sentence.slice(at, to))) return null;
  return { min, max, end: at, numbers };
}

/**
 * Lists after a colon, with the count each contradicts (or none when it adds up). `clauses` are the sentence's
 * asserted clauses, in order; a clause that ends at a colon and holds exactly
 * one count is the total, the clause after it the list.
 */
export function enumerationConflicts(
  clauses: readonly Clause[],
  sentence: string,
): EnumerationResult[] {
  const out: EnumerationResult[] = [];
  for (let i = 0; i + 1 < clauses.length; i++) {
    const total = clauses[i] as Clause;
    const list = clauses[i + 1] as Clause;
    if (!/:\s*$/.test(sentence.slice(total.start, list.start))) continue;
    const counts = total.mentions.filter((m): m is Count => m.type === 'count' && !m.negated);
    if (counts.length !== 1) continue;
    const n = counts[0] as Count;
    if (n.value.max === undefined || (n.value.min === 0 && n.value.max === 0)) continue;
    const sum = listTotal(
      sentence,
      list.start,
      list.end,
      list.mentions.filter((m): m is Count => m.type === 'count' && !m.negated),
    );
    if (!sum) continue;
    // "about eight: …" leaves room; an exact count must be met exactly.
    const widen = n.value.approximate ? Math.max(1, Math.round(n.value.min * 0.2)) : 0;
    // Adding up, the list's own numbers are parts of the total ("two passengers" of "three men"), not counts of their own.
    if (n.value.min - widen <= sum.max && n.value.max + widen >= sum.min) {
      out.push({ judged: sum.numbers });
      continue;
    }
    const items = sentence.slice(list.start, sum.end).trim();
    const made = sum.min === sum.max ? String(sum.min) : `${sum.min} to ${sum.max}`;
    out.push({
      // Which of the two is wrong the sentence cannot say: the comparison shows both, from the total to the list's end.
      comparison: {
        slot: 'count',
        page: sentence.slice(n.start, sum.end).trim(),
        record: `${items}: ${made}, not ${n.text}`,
      },
      explanation: `The sentence does not add up: it gives \u201C${n.text}\u201D, but ${items} make ${made}.`,
      judged: [n, ...sum.numbers],
    });
  }
  return out;
}
