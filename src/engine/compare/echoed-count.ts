/**
 * "The ten officers were put on desk duty, and all ten were back on patrol": a bare count ("all ten", "the
 * three", "those two") standing as the subject of a verb, with the same number as a count earlier in the
 * sentence that has a noun. The bare count is that group again, so it takes the earlier count's noun and the
 * comparer weighs it like "all ten officers were back on patrol". Nothing is given when no earlier count in the
 * sentence has that number and a noun, or when the count is no subject ("in all ten", "ten of them": see
 * partitive-count.ts). General English only; nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';

/** Right before the bare count: "all", "all of the", "the", "those", "these". */
const ECHO_BEFORE = /(?:^|[^\p{L}])(?:all(?:\s+of\s+the)?|the|those|these)\s+$/iu;
/** Right after it, a verb it is the subject of: "all ten were", "the three had been", "those two returned", "all eight ended up". */
const SUBJECT_OF =
  /^\s+(?:(?:all|then|later|also|soon|eventually)\s+)?(?:were|was|are|is|had|have|has|remained|remain|returned|went|got|came|stayed|wound\s+up|\p{L}{3,}ed)\b/iu;

type Count = Mention & { type: 'count' };

/**
 * The bare count `echo` repeats the number of `earlier`. The earlier may be hedged ("roughly eight people were in the
 * van, and all eight …"): the group is the one it counted, whatever its exact size; the echo itself must be exact.
 */
const sameNumber = (earlier: Count, echo: Count) =>
  earlier.value.min === echo.value.min &&
  earlier.value.max === echo.value.max &&
  !echo.value.approximate;

export function withEchoedCountNouns(clauses: readonly Clause[], sentence: string): Clause[] {
  // Cheap gate: a bare count somewhere, and a count with a noun.
  const all = clauses.flatMap((c) => c.mentions).filter((m): m is Count => m.type === 'count');
  if (!all.some((m) => !m.value.noun) || !all.some((m) => !!m.value.noun)) return [...clauses];
  const echo = (m: Mention): Mention => {
    if (m.type !== 'count' || m.value.noun) return m;
    if (
      !ECHO_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start)) ||
      !SUBJECT_OF.test(sentence.slice(m.end, m.end + 40))
    )
      return m;
    const earlier = all.filter((o) => o.end <= m.start && !!o.value.noun && sameNumber(o, m));
    const noun = earlier.length ? earlier[earlier.length - 1]!.value.noun : '';
    return noun ? { ...m, value: { ...m.value, noun } } : m;
  };
  return clauses.map((c) =>
    c.mentions.some((m) => m.type === 'count' && !m.value.noun)
      ? { ...c, mentions: c.mentions.map(echo) }
      : c,
  );
}

/** A number in digits or words, not one that measures ("a two-hour class"): a cheap test for another count in the sentence. */
const NUMBER =
  /(?<![\p{L}\d-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|thousand)(?![\p{L}\d-])/iu;

/** Right before a bare count that is the whole group: "all", "all of the". */
const ALL_BEFORE = /(?:^|[^\p{L}])all(?:\s+of\s+the)?\s+$/iu;

/**
 * "By Monday all ten were back on patrol", "put handcuffs on all eight of them": a bare count after "all", the subject
 * of a verb or followed by "of them", with no other number in the sentence to echo. Its group is the one the clause's outcome befalls (the caller takes the outcome's noun).
 */
export function bareAllSubject(
  text: string,
  m: Count,
  times: readonly { start: number; end: number }[] = [],
): boolean {
  // A date's day or a clock time ("by Monday, March 31") is no other count.
  const sentence = times.reduce(
    (s, t) => s.slice(0, t.start) + ' '.repeat(t.end - t.start) + s.slice(t.end),
    text,
  );
  const after = sentence.slice(m.end, m.end + 40);
  return (
    !m.value.noun &&
    // No other number in the sentence: "The twenty officers …, and all three were …" may count another group.
    !NUMBER.test(sentence.slice(0, m.start)) &&
    !NUMBER.test(sentence.slice(m.end)) &&
    !m.value.approximate &&
    ALL_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start)) &&
    // "all ten were back", or "handcuffed all eight of them".
    (SUBJECT_OF.test(after) || OF_THEM.test(after))
  );
}

/** Right after a bare count: "of them", "of those". */
const OF_THEM = /^\s+of\s+(?:them|those|these)\b/i;
