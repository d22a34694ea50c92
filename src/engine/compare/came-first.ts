/**
 * "X came first, and Y and Z followed": an order claim between the clause's event and others the rest of the
 * sentence names as following. The clause says its event "came first" ("went first", "spoke first", "moved first",
 * "acted first"), with nothing after that would make it first in something else ("first in line", "first on the
 * list"); the words after it say others followed ("followed", "later", "after", "then") and name them by a person
 * or agency of the story, or by a place of the story (the events held there in which someone spoke or acted). When
 * the record dates one of those before every one of the clause's events, the clause's event did not come first.
 * Not denied or hedged. General English; nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import { dayRange, showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const FIRST = /\b(?:came|went|spoke|moved|acted)\s+first\b(?=\s*(?:[,;.)\u2014]|and\b|$))/i;
const FOLLOWED = /\b(?:followed|following|follow|later|afterwards?|then)\b/i;
const DENIED = /\b(?:not|never|neither|nor|may|might|perhaps|probably)\b|n['\u2019]t\b/i;
const NAME = /\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}/gu;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Cheap precheck: a "came first" in the sentence. */
export const mayClaimFirst = (sentence: string): boolean => FIRST.test(sentence);

/** The story's events, dated to the day, that the names in `text` point to (who spoke or acted in them, or where). */
function namedEvents(text: string, record: StoryRecord): Set<IndexedEvent> {
  const out = new Set<IndexedEvent>();
  for (const m of text.matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const entries = record.gazetteer.lookup(
        words
          .slice(from)
          .join(' ')
          .replace(/['\u2019]s$/, ''),
      );
      if (!entries.length) continue;
      for (const g of entries) {
        for (const e of record.events) {
          if (!DAY.test(e.event.date)) continue;
          const acts = e.participants.some(
            (p) =>
              (p.role === 'spoke' || p.role === 'acted') &&
              (p.canon === g.id || (g.kind === 'place' && e.places.includes(g.id))),
          );
          if ((g.kind === 'person' || g.kind === 'agency' || g.kind === 'place') && acts)
            out.add(e);
        }
      }
      break;
    }
  }
  return out;
}

export function cameFirstResults(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  record: StoryRecord,
): ValueResult[] {
  const text = sentence.slice(clause.start, clause.end);
  const first = FIRST.exec(text);
  if (
    !first ||
    !events.length ||
    clause.negated ||
    DENIED.test(text.slice(0, first.index)) ||
    events.some((e) => !DAY.test(e.event.date))
  )
    return [];
  const rest = sentence.slice(clause.start + first.index + first[0].length);
  if (!FOLLOWED.test(rest) || DENIED.test(rest)) return [];
  const others = [...namedEvents(rest, record)].filter((e) => !events.includes(e));
  const start = Math.min(...events.map((e) => dayRange(e.event.date)[0]));
  const earlier = others.filter((e) => dayRange(e.event.dateEnd ?? e.event.date)[1] < start);
  // Green only when the record dates every one of them after the clause's days (the same day orders nothing).
  const end = Math.max(...events.map((e) => dayRange(e.event.dateEnd ?? e.event.date)[1]));
  if (!earlier.length)
    return others.length && others.every((e) => dayRange(e.event.date)[0] > end)
      ? [{ status: 'agrees' }]
      : [];
  const when = [...new Set(events.map((e) => showDate(e.event.date)))].join(' and ');
  const before = earlier
    .map((e) => `\u201C${e.event.label}\u201D (${showDate(e.event.date)})`)
    .join(' and ');
  return [
    {
      status: 'conflict',
      comparison: { slot: 'date', page: first[0], record: when },
      explanation: `The record dates it ${when}, after ${before}, so it did not come first.`,
    },
  ];
}
