/**
 * "The visit traces back to the evening of Monday, March 24, when city police answered a call": the time after a verb
 * of origin ("traces back to", "goes back to", "stems from", "grew out of", "has its roots in") is the time of what the
 * "when" clause right after it tells, not of the clause's own subject. Such time values (dates, weekdays, times of day)
 * move to the "when" clause: the first clause ends at the verb of origin and the next one starts there, so the time is
 * weighed against the events the "when" clause names. So does the time that ends a clause which only may be so
 * ("Readers may remember the headlines from this past November, when …"): the "when" clause asserts its event
 * happened then. So does the time a cleft puts first ("It was Sunday evening, 23 March, when the agents made the stop",
 * "It was at 7 p.m., when …"): the clause before "when" only holds the time, which is the "when" clause's. With no
 * "when" clause after, nothing changes. "What happened last week here in Rochester, when …" is read alike: the time (and
 * the place beside it) is the "when" clause's. So is the time of a plain clause that holds nothing else ("I was walking
 * my dog last Thursday evening when I saw the van pulled over"; plainWhen), and of a start the story's own ("It began last
 * Tuesday evening on X Street, when agents pulled over a van"). General English; nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';

/** A verb of origin, ending where the time phrase starts. */
const ORIGIN =
  /\b(?:(?:trac(?:es|ed|ing)|go(?:es)?|went|going|dat(?:es|ed|ing)|reach(?:es|ed|ing))\s+(?:all\s+the\s+way\s+)?back\s+to|(?:can|could)\s+be\s+traced\s+(?:back\s+)?to|was\s+traced\s+(?:back\s+)?to|stem(?:s|med|ming)?\s+from|gr(?:ew|ows?|own)\s+out\s+of|(?:has|had|have)\s+(?:its|their)\s+roots?\s+in|what\s+(?:happened|went\s+on|went\s+down|took\s+place|unfolded)(?:\s+(?:here|there))?)\s+/giu;

/** "It began …", "It all started …", "This kicked off …": the clause's subject is the story itself, whose start the "when" clause tells. */
const BEGAN =
  /^[\s,]*(?:(?:and|but|so)\s+)?(?:it|this|that|everything|the\s+whole\s+thing)\s+(?:all\s+)?(?:began|started|kicked\s+off)\s+/i;

const TIME_TYPES = new Set<Mention['type']>(['date', 'weekday', 'time-of-day', 'relative-time']);
const PLACE_TYPES = new Set<Mention['type']>(['place', 'state', 'street']);

/** A clause that only may be so ("readers may recall …"), not a condition ("if …", "unless …"). */
const MAY_BE = /^(?![\s,]*(?:if|unless|whether|suppose|supposing)\b)[^,;]*\b(?:may|might|could)\b/i;
/** Words that may sit inside a time phrase between its values ("Monday, the evening of March 24"). */
const IN_TIME = /^[\s,]*(?:(?:the|of|on|in|at|this|that|past|last|early|late|mid)\s+)*[\s,]*$/i;

/**
 * Where the time phrase that ends a clause which only may be so starts ("Readers may remember the headlines from this
 * past November, when …"): what the clause says is not asserted, but the "when" clause after the time is, so the time
 * goes with it. Undefined for an asserted clause (its own event keeps the time) or a clause that ends otherwise.
 */
function recalled(sentence: string, c: Clause): number | undefined {
  if (c.stance !== 'conditional' || !MAY_BE.test(sentence.slice(c.start, c.end))) return undefined;
  let k = c.mentions.length - 1;
  const last = c.mentions[k];
  if (!last || !TIME_TYPES.has(last.type) || !/^[\s,.;:]*$/.test(sentence.slice(last.end, c.end)))
    return undefined;
  while (
    k > 0 &&
    TIME_TYPES.has(c.mentions[k - 1]!.type) &&
    IN_TIME.test(sentence.slice(c.mentions[k - 1]!.end, c.mentions[k]!.start))
  )
    k--;
  return c.mentions[k]!.start;
}

/** A cleft's opening: "It was", "It is", "It's", "It had been", then a preposition of time or a hedge ("on", "at", "around"). */
const CLEFT_OPENING = /^[\s,]*it\s*(?:was|is|['\u2019]s|had\s+been|has\s+been)\s/i;
/** What may stand in a cleft's time phrase besides its time values ("on the evening of", "shortly after", "that"). */
const CLEFT_GLUE =
  /^(?:on|at|in|during|around|about|roughly|approximately|shortly|just|after|before|the|of|this|that|past|last|early|late|mid|morning|afternoon|evening|night|noon|midday|midnight|day|a\.?m\.?|p\.?m\.?)$/i;

/**
 * Where the time of a cleft starts ("It was Sunday evening, 23 March, when …"): the clause is the opening, time values
 * and glue words, nothing else (no denial, no other value). Undefined otherwise.
 */
function cleftTime(sentence: string, c: Clause): number | undefined {
  const first = c.mentions[0];
  if (!first || c.negated || c.mentions.some((m) => !TIME_TYPES.has(m.type) || m.negated))
    return undefined;
  const opening = CLEFT_OPENING.exec(sentence.slice(c.start, first.start));
  if (!opening) return undefined;
  let rest = sentence.slice(c.start + opening[0].length, c.end);
  for (const m of [...c.mentions].reverse())
    rest =
      rest.slice(0, m.start - c.start - opening[0].length) +
      ' ' +
      rest.slice(m.end - c.start - opening[0].length);
  const words = rest.split(/[\s,()]+/).filter(Boolean);
  return words.every((w) => CLEFT_GLUE.test(w)) ? first.start : undefined;
}

/** Words of learning of it later, of telling of it, or of a report of it: the "when" clause's act may come after what it tells of. */
export const LATER_NEWS =
  /\b(?:learn\w*|heard|hear|read|found\s+out|find\s+out|discover\w*|reali[sz]\w*|told|tell\w*|word|news|report\w*|article|story|video|post\w*|text\w*|phoned|e-?mail\w*|messag\w*|talk\w*|spoke|speak\w*|ask\w*|show\w*|sent|shar\w*|tweet\w*|mention\w*)\b/i;

/**
 * Where the time of a plain clause before "when" starts ("I was walking my dog last Thursday evening when I saw the
 * van pulled over"): the writer's own doing, holding time values and nothing else the reader takes, and the "when" clause, which
 * happened at that time, holds none of its own and tells of no learning or report of it (which may come later).
 */
function plainWhen(sentence: string, c: Clause, next: Clause): number | undefined {
  const first = c.mentions[0];
  if (
    !first ||
    c.negated ||
    c.stance !== 'asserted' ||
    c.mentions.some((m) => !TIME_TYPES.has(m.type) || m.negated) ||
    // The writer's own doing ("I was walking …", "We were at dinner …"): a clause of the story's own ("These statements
    // came in the fall of 2017, when …") keeps its time.
    !/^[\s,]*(?:(?:and|but|so|then)\s+)?(?:I|we)\b/i.test(sentence.slice(c.start, first.start)) ||
    next.mentions.some((m) => TIME_TYPES.has(m.type)) ||
    LATER_NEWS.test(sentence.slice(next.start, next.end)) ||
    /\b(?:since|until|till|from|by)\s*$/i.test(sentence.slice(c.start, next.start))
  )
    return undefined;
  return first.start;
}

/** The clauses with the time after a verb of origin moved to the "when" clause after it (see above). */
export function withOriginWhen(clauses: readonly Clause[], sentence: string): Clause[] {
  if (clauses.length < 2 || !/\bwhen\b/i.test(sentence)) return [...clauses];
  const out = [...clauses];
  for (let k = 0; k + 1 < out.length; k++) {
    const c = out[k] as Clause;
    const next = out[k + 1] as Clause;
    if (!/^[\s,]*when\b/i.test(sentence.slice(next.start, next.end))) continue;
    const text = sentence.slice(c.start, c.end);
    const origin = [...text.matchAll(ORIGIN)].pop() ?? BEGAN.exec(text) ?? undefined;
    const cut = origin
      ? c.start + (origin.index as number) + origin[0].length
      : (recalled(sentence, c) ?? cleftTime(sentence, c) ?? plainWhen(sentence, c, next));
    if (cut === undefined) continue;
    const moved = c.mentions.filter((m) => m.start >= cut);
    // Only a time phrase: what follows the verb of origin holds time values and nothing the clause compares otherwise.
    // A place beside it goes too ("what happened last week here in Rochester, when …").
    if (
      !moved.some((m) => TIME_TYPES.has(m.type)) ||
      moved.some((m) => !TIME_TYPES.has(m.type) && !PLACE_TYPES.has(m.type))
    )
      continue;
    out[k] = { ...c, end: cut, mentions: c.mentions.filter((m) => m.start < cut) };
    out[k + 1] = { ...next, start: cut, mentions: [...moved, ...next.mentions] };
  }
  return out;
}
