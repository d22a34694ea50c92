/**
 * "The number of officers at the scene was about 20", "she put the number of arrests at five": a count set after
 * "the number of <noun>" counts that noun. The reader gives such a bare number no noun; here it takes the noun named
 * after "number of", so the comparer weighs it like "about 20 officers". A count that has a noun of its own is left
 * as it is. Nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';

/** Cheap gate: no "number of" in the sentence, nothing to do. */
const GATE = /\bnumber\s+of\b/i;

/** "the number of <noun> [<noun>]" and then up to eight words (no stop) before the count: "… at the scene at roughly", "… was". */
const NUMBER_OF =
  /\bthe\s+(?:total\s+|overall\s+|actual\s+)?number\s+of\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:[\s,]+[\p{L}-]+){0,8}?\s+(?:at|was|is|were|as|to\s+be|stood\s+at|came\s+to|reached|hit|topped)\s+(?:(?:roughly|about|around|some|nearly|almost|approximately|an\s+estimated|estimated\s+at|close\s+to|more\s+than|over|at\s+least|just\s+under|under|like)\s+)?$/iu;

/** Words after the counted noun that end it ("officers at the scene", "officers was"). */
const NOT_NOUN =
  /^(?:at|on|in|of|to|from|by|for|with|near|was|is|were|are|as|had|has|who|that|stood|came|reached|hit|topped|the|a|an)$/i;

export function withNumberOfNouns(clauses: readonly Clause[], sentence: string): Clause[] {
  if (!GATE.test(sentence)) return clauses as Clause[];
  return clauses.map((c) => {
    let changed = false;
    const mentions = c.mentions.map((m) => {
      if (m.type !== 'count' || m.value.noun !== '') return m;
      const hit = NUMBER_OF.exec(sentence.slice(Math.max(c.start, m.start - 120), m.start));
      if (!hit) return m;
      const [, first, second] = hit;
      // "police officers": a second word that is itself a plural noun; else the first word is the noun.
      const noun =
        second && !NOT_NOUN.test(second) && /s$/i.test(second) ? `${first} ${second}` : first!;
      changed = true;
      return { ...m, value: { ...m.value, noun: noun.toLowerCase() } };
    });
    return changed ? { ...c, mentions } : c;
  });
}
