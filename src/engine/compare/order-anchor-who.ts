/**
 * The anchor of an order point named by who acted, not by what happened: "after Magnus issued his statement",
 * "only after the Tucson chief had gone first", "before Denver's statement". The point phrase opens (within a few
 * words) on one of the story's people or agencies by name, or on one of its places followed by a post ("chief",
 * "mayor" …) or by a noun for what was said ("statement", "remarks" …). The anchor is the story's one event, dated
 * to the day, in which that person or agency spoke or acted (for a place: the one such event held there); none when
 * there are none or several, or when it is one of the clause's own events. General English; nothing here knows a story.
 */
import { TITLES } from '../person-names.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** How many words into the point phrase the name may start ("after the Tucson chief": two). */
const REACH = 3;
/** A capitalised name of one to three words. */
const NAME = /\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}/gu;
/** Nouns for what was said, after a place ("Tucson's statement", "the Denver remarks"). */
const SAID_NOUNS = [
  'statement',
  'statements',
  'remarks',
  'comments',
  'announcement',
  'interview',
  'pledge',
  'response',
];
const POSTS = new Set([...Object.keys(TITLES), ...SAID_NOUNS]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const actsIn = (e: IndexedEvent, canon: string) =>
  e.participants.some((p) => (p.role === 'spoke' || p.role === 'acted') && p.canon === canon);
const spokenAt = (e: IndexedEvent, place: string) =>
  e.places.includes(place) && e.participants.some((p) => p.role === 'spoke' || p.role === 'acted');

/** The one event the phrase names by who acted in it (see above); undefined when it names none, or not one. */
export function anchorByWho(
  phrase: string,
  record: StoryRecord,
  own: readonly IndexedEvent[],
): IndexedEvent | undefined {
  const candidates = new Set<IndexedEvent>();
  for (const m of phrase.matchAll(NAME)) {
    if (phrase.slice(0, m.index).split(/\s+/).filter(Boolean).length > REACH) break;
    // The longest run of the capitalised words that is a name of the story ("Police Chief Chris Magnus": "Chris Magnus").
    const words = m[0].split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const name = words
        .slice(from)
        .join(' ')
        .replace(/['\u2019]s$/, '');
      const entries = record.gazetteer.lookup(name);
      if (!entries.length) continue;
      const after =
        phrase
          .slice((m.index ?? 0) + m[0].length)
          .replace(/^['\u2019]s\b/, '')
          .trim()
          .split(/\s+/)[0]
          ?.toLowerCase()
          .replace(/[^\p{L}]+$/u, '') ?? '';
      for (const g of entries) {
        if (g.kind === 'person' || g.kind === 'agency')
          for (const e of record.events) if (actsIn(e, g.id)) candidates.add(e);
        if (g.kind === 'place' && POSTS.has(after))
          for (const e of record.events) if (spokenAt(e, g.id)) candidates.add(e);
      }
      break;
    }
    if (candidates.size) break;
  }
  const dated = [...candidates].filter((e) => DAY.test(e.event.date));
  if (dated.length !== 1 || candidates.size !== 1 || own.includes(dated[0]!)) return undefined;
  return dated[0];
}
