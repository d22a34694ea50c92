/**
 * A whole class across a nation ("every big-city chief in America", "just about every police chief in the country",
 * "all the nation's departments", "chiefs nationwide, every one") given something the record documents of only a
 * counted few of that class: the record counts the class's noun at one of its events (an event's quantities, or the
 * ones a report of it quoted), so it knows how many it documents, and a claim over every one of them in the country
 * says more than it shows. Unverified, explained as overstated; never discrepant (the record does not list who did
 * not). Not when the universal is denied ("not every chief …") or inside quotation marks (a speaker's words).
 * Nothing here knows a story: the quantifiers and the words for a nation are general English.
 */
import type { StoryRecord } from './compare/story-record.ts';
import { singular } from './compare/story-record.ts';

/** "every", "each", "all (of) the", with an optional hedge that keeps it a universal ("just about every"). */
const UNIVERSAL = String.raw`(?:(?:just\s+about|nearly|almost|virtually|practically|pretty\s+much)\s+)?(?:every|each|all(?:\s+of)?(?:\s+the)?)`;
/** The noun with up to three words before it ("big-city chief", "local police chief"). */
const WORDS = String.raw`((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`;
/** A whole nation after the noun. */
const NATION = String.raw`(?:in|across|around|throughout|all\s+over)\s+(?:America|the\s+(?:country|nation|United\s+States|U\.\s?S\.?|US)(?![\p{L}]))|nationwide|(?:in|across)\s+the\s+land`;
const CLAIM = new RegExp(String.raw`(?<![\p{L}])${UNIVERSAL}\s+${WORDS}\s+(?:${NATION})`, 'giu');
/** "all the nation's chiefs", "every one of America's chiefs". */
const OWNED = new RegExp(
  String.raw`(?<![\p{L}])${UNIVERSAL}\s+(?:one\s+of\s+)?(?:the\s+)?(?:nation|country|America)['\u2019]s\s+${WORDS}`,
  'giu',
);
/** "police chiefs across the country stood united": the class across the nation said to act as one, a universal in other words. */
const UNITED = new RegExp(
  String.raw`(?<![\p{L}])${WORDS}\s+(${NATION})\s+(?:[\p{L}-]+\s+){0,2}?(?:united|as\s+one|unanimous(?:ly)?|in\s+unison|with\s+one\s+voice)(?![\p{L}])`,
  'giu',
);
/** A denial right before the universal. */
const DENIED = /\b(?:not|never|hardly)\s+(?:quite\s+)?$/i;

/** Stretches inside quotation marks. */
function quotedSpans(sentence: string): [number, number][] {
  return [...sentence.matchAll(/\u201C[^\u201D]*\u201D?|"[^"]*"?/gu)].map((q) => [
    q.index,
    q.index + q[0].length,
  ]);
}

export interface OverstatedClass {
  /** The page's words ("every big-city chief in America"). */
  page: string;
  explanation: string;
  events: string[];
}

/** The overstated class in the sentence, when the record counts the noun it names; null otherwise. */
export function overstatedClass(sentence: string, record: StoryRecord): OverstatedClass | null {
  if (!/\b(?:every|each|all|united|as one|unanimous(?:ly)?|in unison|one voice)\b/i.test(sentence))
    return null;
  const quoted = quotedSpans(sentence);
  for (const re of [CLAIM, OWNED, UNITED]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const at = m.index;
      if (
        quoted.some(([a, b]) => at >= a && at < b) ||
        DENIED.test(sentence.slice(Math.max(0, at - 20), at))
      )
        continue;
      // The noun: any one word or two words in a row of those read ("police chiefs backed": "police chief", "chief").
      const words = (m[1] ?? '').toLowerCase().split(/\s+/);
      const candidates = words.flatMap((w, k) => [
        { noun: singular(w), end: k },
        ...(k + 1 < words.length ? [{ noun: `${w} ${singular(words[k + 1]!)}`, end: k + 1 }] : []),
      ]);
      const counts = (e: (typeof record.events)[number], noun: string) =>
        [...e.quantities, ...(e.quoted ?? [])].filter((q) => q.nouns.has(noun));
      const hit = candidates.filter((c) => record.events.some((e) => counts(e, c.noun).length));
      if (!hit.length) continue;
      const counted = record.events.flatMap((e) =>
        hit.flatMap((c) => counts(e, c.noun)).map((q) => ({ e, q })),
      );
      // The page's words: the whole claim, or for "all the nation's …" up to the noun read.
      const last = Math.max(...hit.map((c) => c.end));
      // For "… across the country stood united", the class without what it is said to have done.
      const page =
        re === OWNED
          ? m[0].slice(0, m[0].length - (m[1] ?? '').length) +
            (m[1] ?? '')
              .split(/\s+/)
              .slice(0, last + 1)
              .join(' ')
          : re === UNITED
            ? m[0].slice(0, m[0].lastIndexOf(m[2] ?? '') + (m[2] ?? '').length)
            : m[0];
      const most = Math.max(...counted.map(({ q }) => q.max));
      const labels = [...new Set(counted.map(({ e }) => e.event.label))];
      return {
        page,
        explanation: `The page gives this to ${page.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())}; the record documents only a few (at most ${most}: ${labels.join('; ')}), not every one in the country, so it is overstated.`,
        events: [...new Set(counted.map(({ e }) => e.event.id))],
      };
    }
  }
  return null;
}
