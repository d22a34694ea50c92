/**
 * Where a sentence sets recorded words ("Inside the union hall, he told the rank-and-file that “…”", "At the rally,
 * she said …") against where the record has them said: the quote's occasion ("White House briefing") and its event
 * (label, words, places). A setting whose head noun ("hall") and other words the occasion does not hold is not
 * confirmed: the words stay on record, but the sentence is not green. Only a setting outside the quotation marks,
 * opening a clause; only the place nouns listed (general English). Nothing here knows a story.
 */
import { foldText } from './normalize.ts';
import type { Comparison } from './compare/value-result.ts';
import type { IndexedEvent } from './compare/story-record.ts';
import type { Entity } from '../pack/schema.ts';
import { findTerm } from './terms.ts';

/** "Inside the union hall", "At a rally", "from the podium": a place of speaking, opening a clause. */
const SETTING =
  /(?:^|[,;:]\s*|\b(?:and|then|later)\s+)(?:inside|at|in|from)\s+(?:the|a|an|his|her|their|its)\s+((?:[\p{L}'\u2019-]+\s+){0,3}?(?:halls?|headquarters|hq|offices?|rooms?|chambers?|auditorium|church|school|rally|rallies|meeting|briefing|conference|hearing|ceremony|lectern|podium|gym|gymnasium|cafeteria|clubhouse|lodge|station|precinct|vigil|town\s+hall|interview|studio|banquet|luncheon|dinner|fundraiser|protest|march))\b/giu;
/** Quoted words: blanked before reading the setting. */
const QUOTED = /["\u201C\u201D][^"\u201C\u201D]*["\u201C\u201D]?/g;
/** Words of a setting that say nothing of which one it is. */
const SMALL = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'of',
  'big',
  'small',
  'packed',
  'crowded',
  'local',
  'same',
  'main',
  'closed',
  'private',
  'public',
]);

const stem = (w: string) => w.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/**
 * The setting the sentence gives the words, when the occasion (`occasion`, the quote's, shown as the record's side,
 * and `around`: its event's label, words and place names, read only when the sentence gives a setting) has neither its
 * head noun nor any other telling word of it; else null.
 */
export function unrecordedSetting(
  sentence: string,
  occasion: string,
  around: string | (() => string),
): { comparison: Comparison; explanation: string } | null {
  const text = sentence.replace(QUOTED, (q) => ' '.repeat(q.length));
  let known: Set<string> | undefined;
  for (const m of text.matchAll(SETTING)) {
    const seen = (known ??= new Set(
      foldText(`${occasion} ${typeof around === 'string' ? around : around()}`)
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .map(stem),
    ));
    const phrase = m[1] as string;
    const words = foldText(phrase)
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !SMALL.has(w))
      .map(stem);
    if (words.some((w) => seen.has(w))) continue;
    const page = text
      .slice(m.index, m.index + m[0].length)
      .replace(/^[\s,;:]+/, '')
      .trim();
    return {
      comparison: { slot: 'place', page, record: occasion },
      explanation: `the record has them said at ${occasion}; it does not place them \u201C${page}\u201D.`,
    };
  }
  return null;
}

/**
 * What the record says of the words' occasion, beside the occasion itself: its event's label, words and places, and the
 * roles of the bodies the occasion names ("meeting at the Locust Club": "the union of Rochester police officers").
 */
export function occasionWords(
  occasion: string,
  event: IndexedEvent,
  entities: readonly Entity[],
  nameOf: (canon: string) => string,
): string {
  const folded = foldText(occasion);
  const roles = entities
    .filter(
      (e) =>
        e.role && [e.name, ...(e.aliases ?? [])].some((n) => findTerm(folded, foldText(n)) !== -1),
    )
    .map((e) => e.role as string);
  return [event.event.label, ...event.event.words, ...event.places.map(nameOf), ...roles].join(' ');
}
