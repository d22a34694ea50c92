/**
 * "Five of them were detained": a count of part of a group named before ("about
 * eight people were in the van"). The count takes the noun of the last count
 * before it, in its own sentence or the one before (the page's text), so the
 * comparer can weigh it like "five people were detained". Nothing is given when
 * no count with a noun comes before. The count is marked as a part: told with an
 * outcome it is that outcome's count; told alone ("three of them, a father and
 * his sons, were …") it says only that the group had at least that many, so it
 * is wrong only when it is more than every recorded size of the group.
 */
import type { Gazetteer } from '../read/gazetteer.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Clause, Mention } from '../read/types.ts';

const OF_THEM = /^\s+of\s+(them|those|these)\b/i;
/** A plural noun right before the count, set off by a comma: "officers, ten of them". */
const APPOSED_WHOLE = /(?<![\p{L}'\u2019-])(\p{L}{3,}s|men|women|people|police|children)\s*,\s*$/iu;

/** The sentence's subject, a plural with a verb after it: "City officers answered …, two dozen of them by the end". */
const SUBJECT_WHOLE =
  /^\W*(?:(?:the|our|all|\p{Lu}[\p{L}.-]*)\s+){0,2}((?!this\b|news\b)\p{Ll}{2,}[^su\s]s|men|women|people|police)\s+(?:\p{Ll}+ed|were|had|came|went|ran|rode|drove)\b/u;

/** Right after a count, the whole it is a part of: "of the", "of those roughly", "out of the". */
const OF_THE =
  /^\s+(?:out\s+)?of\s+(?:the|those|these|its|their)\s+(?:(?:roughly|about|around|some|nearly|estimated|approximately)\s+)?$/i;

/** Between the whole's number and the act that befell it: its noun and at most a relative pronoun ("men", "men who were"). */
const WHOLE_NOUN = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:who|that)\s+(?:were|had\s+been)\s+)?$/iu;
/** After the act: the verb the part is the subject of ("… were his sons", "… was later released"). */
const PART_VERB =
  /^[^,;:]{0,30}?\b(?:were|was|are|is|remain(?:ed|s)?|had|have|has|became|included?)\b/i;

/**
 * "Two of the three men detained were his sons": a count `m` told as a part of a whole counted right after it
 * (`whole`), where the recorded act (`act`) befell the whole ("the three men detained", "the three men who were
 * taken into custody") and the part is the subject of another verb. The part, smaller than the whole, is no count
 * of those the act befell. Not "two of the three men were detained", where the act is the part's.
 */
export function partOfWhole(
  sentence: string,
  m: Mention,
  whole: Mention,
  act: Mention | undefined,
): boolean {
  if (
    m.type !== 'count' ||
    whole.type !== 'count' ||
    !act ||
    act.type !== 'outcome' ||
    whole.start <= m.end ||
    act.start < whole.end
  )
    return false;
  if (
    !OF_THE.test(sentence.slice(m.end, whole.start)) ||
    (m.value.max ?? m.value.min) >= whole.value.min
  )
    return false;
  return (
    WHOLE_NOUN.test(sentence.slice(whole.end, act.start)) && PART_VERB.test(sentence.slice(act.end))
  );
}

/** The last count with a noun in `text`, or "". */
function lastCountNoun(text: string, gazetteer: Gazetteer): string {
  const counts = readSentence(text, gazetteer)
    .flatMap((c) => c.mentions)
    .filter((m): m is Mention & { type: 'count' } => m.type === 'count' && !!m.value.noun);
  return counts.length ? counts[counts.length - 1]!.value.noun : '';
}

/** The text before `sentence` in the page, back to the start of the sentence before it (list markers like "4/" skipped). */
function textBefore(page: string | undefined, sentence: string): string {
  const at = page ? page.indexOf(sentence.trim()) : -1;
  if (at <= 0) return '';
  const parts = page!
    .slice(Math.max(0, at - 600), at)
    .split(/(?<=[.!?]["\u201D\u2019)]?)\s+/)
    .filter((p) => /\p{L}{2}/u.test(p));
  return parts[parts.length - 1] ?? '';
}

export function withPartitiveNouns(
  clauses: readonly Clause[],
  sentence: string,
  gazetteer: Gazetteer,
  page?: string,
): Clause[] {
  let before: string | undefined;
  return clauses.map((c) => {
    if (
      !c.mentions.some(
        (m) => m.type === 'count' && !m.value.noun && OF_THEM.test(sentence.slice(m.end)),
      )
    )
      return c;
    return {
      ...c,
      mentions: c.mentions.map((m) => {
        if (m.type !== 'count' || m.value.noun || !OF_THEM.test(sentence.slice(m.end))) return m;
        // "Rochester officers, ten of them by the department's count, …": the group named right before, set off by a
        // comma, is the whole; an earlier count of another group is not.
        const apposed = APPOSED_WHOLE.exec(sentence.slice(0, m.start))?.[1]?.toLowerCase();
        const noun =
          apposed ||
          lastCountNoun(sentence.slice(0, m.start), gazetteer) ||
          SUBJECT_WHOLE.exec(sentence.slice(0, m.start))?.[1]?.toLowerCase() ||
          lastCountNoun((before ??= textBefore(page, sentence)), gazetteer);
        return noun ? { ...m, value: { ...m.value, noun, part: true as const } } : m;
      }),
    };
  });
}
