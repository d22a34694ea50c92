/**
 * An event's words with one more word slipped between two of them ("released
 * more details" for "released details", "a White House press briefing" for
 * "white house briefing", "pulled them over"): the same words, loosely. The
 * word slipped in is a lower-case word that denies or joins nothing ("released
 * no details", "the stop and the van" stay apart). Terms of one word are left
 * to the exact match. Nothing here knows a story.
 */
import { escapeRegExp } from '../terms.ts';

/** Words that may not be slipped in: they deny, join or turn the phrase. */
const BARRED = [
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'and',
  'or',
  'but',
  'than',
  'instead',
  'rather',
  'hardly',
  'barely',
  'nothing',
  'none',
];
const SLIPPED = String.raw`(?!(?:${BARRED.join('|')})\b)[a-z][a-z'-]*`;

const cache = new Map<string, { re: RegExp | null; words: string[] }>();

function loose(term: string): { re: RegExp | null; words: string[] } {
  let hit = cache.get(term);
  if (!hit) {
    const words = term.split(' ').filter(Boolean);
    let re: RegExp | null = null;
    if (words.length >= 2) {
      const gaps = words
        .slice(1)
        .map((_, gap) =>
          words
            .map((w, i) =>
              i === 0
                ? escapeRegExp(w)
                : `${i === gap + 1 ? ` ${SLIPPED}` : ''} ${escapeRegExp(w)}`,
            )
            .join(''),
        );
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${gaps.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    }
    hit = { re, words };
    cache.set(term, hit);
  }
  return hit;
}

/** The folded term with one word allowed between any two of its words, or null for a term of one word. */
export function looseForm(term: string): RegExp | null {
  return loose(term).re;
}

/**
 * The loose form of a term, or null where it cannot match `text`: every one of the term's words stands in any match,
 * so a text lacking one needs no scan (the pattern, an alternation behind a look-behind, is slow to fail).
 */
export function looseFormIn(term: string, text: string): RegExp | null {
  const { re, words } = loose(term);
  return re && words.every((w) => text.includes(w)) ? re : null;
}

const againCache = new Map<string, RegExp | null>();

/**
 * A one-word term of doing something again ("refiled", "re-filed", "reopened") also said with "again" after
 * the plain verb, up to three words on ("filed again", "filed it again in January"). Null for any other term.
 */
export function againForm(term: string): RegExp | null {
  const hit = againCache.get(term);
  if (hit !== undefined) return hit;
  const m = /^re-?([a-z]{4,})$/.exec(term);
  const re = m
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(m[1] as string)}(?:\\s+(?!(?:${BARRED.join('|')})\\b)[a-z][a-z'-]*){0,3}?\\s+again(?![\\p{L}\\p{N}])`,
        'u',
      )
    : null;
  againCache.set(term, re);
  return re;
}
