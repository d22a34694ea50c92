/**
 * A count of a gathering counts people: "a crowd of about 1,000", "a crowd estimated at 1,000", "turnout was
 * about 1,000", "a 1,000-strong crowd", and a bare number that gathered ("some 1,000 turned out", "about 1,000
 * rallied"). The reader gives such a count no noun (or "strong"); here it takes the noun "people", so the comparer
 * weighs it against the record's count of people at the event the clause is linked to, like "1,000 people". A count
 * that has a noun of its own ("ten officers showed up") is left as it is. Nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';

/** A noun for a gathering of people, then up to seven words (no stop) before the number: "a crowd estimated at about", "turnout at the rally was". */
const GATHERING_BEFORE =
  /\b(?:crowds?|throngs?|turnout|gatherings?|audiences?)\b(?:,?\s+[\p{L}-]+){0,7},?\s+$/iu;

/** The number as the size of the gathering, after it: "1,000-strong crowd", "1,000 strong". */
const GATHERING_AFTER = /^(?:-|\s+)strong\b|^\s+(?:strong\s+)?(?:crowds?|throngs?|gatherings?)\b/i;

/** A bare number as the subject of a verb of gathering: "some 1,000 turned out", "about 1,000 rallied at City Hall". */
const GATHERED =
  /^\s+(?:(?:also|had|have|reportedly|then)\s+)?(?:turn(?:ed|s)?\s+(?:out|up)|show(?:ed|s)?\s+up|came\s+out|gather(?:ed|s)?|assembled|attended|marched|rall(?:ied|ies)|protested|demonstrated|packed)\b/i;

/** Nouns the reader may give a gathering's size by mistake ("strong" of "1,000-strong"). */
const NOT_A_NOUN = new Set(['', 'strong']);

export function withCrowdNouns(clauses: readonly Clause[], sentence: string): Clause[] {
  return clauses.map((c) => {
    let changed = false;
    const mentions = c.mentions.map((m) => {
      if (m.type !== 'count' || !NOT_A_NOUN.has(m.value.noun) || m.value.min < 2) return m;
      const before = sentence.slice(Math.max(c.start, m.start - 60), m.start);
      const after = sentence.slice(m.end, m.end + 40);
      // A number before the gathering's noun or verb, or one set after it with nothing but a few words between.
      const crowd =
        GATHERING_BEFORE.test(before) ||
        GATHERING_AFTER.test(after) ||
        (m.value.noun === '' && GATHERED.test(after));
      if (!crowd) return m;
      changed = true;
      return { ...m, value: { ...m.value, noun: 'people' } };
    });
    return changed ? { ...c, mentions } : c;
  });
}
