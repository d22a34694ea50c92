/**
 * "The Justice Department sued the city on April 29, the same Tuesday Homan visited the union hall": a date followed
 * by an apposition that names another event as on that day. The date is the main clause's event's; the apposition
 * only says the other fell on it. So the date is compared with the events the clause names outside the apposition,
 * when it names any there; the other event's day is not the date's confirmation. General English, nothing here knows
 * a story.
 */
import { foldText } from '../normalize.ts';
import { findTerm } from '../terms.ts';
import type { Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';

/** Right after the date: ", the (same) day / Tuesday / morning (that|when) …", ", which was also the day …". */
const SAME_DAY_AFTER =
  /^,\s+(?:(?:which|that)\s+was\s+(?:also\s+)?)?(?:the\s+(?:very\s+)?(?:same\s+)?(?:day|date|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\s+(?:after|before|following|prior|earlier|later))|(?:just\s+)?as)\b[^,;]*/i;

/**
 * The events of `events` the sentence names outside a same-day apposition right after the date (`rest`), and those it
 * names only inside it (`apposed`), or null.
 */
export function outsideSameDay(
  sentence: string,
  m: Mention,
  events: readonly IndexedEvent[],
): { rest: IndexedEvent[]; apposed: IndexedEvent[] } | null {
  if (events.length < 2) return null;
  const after = SAME_DAY_AFTER.exec(sentence.slice(m.end));
  if (!after) return null;
  const folded = foldText(sentence);
  const [from, to] = [m.end, m.end + after[0].length];
  const apposition = folded.slice(from, to);
  const inside = (e: IndexedEvent) => e.words.some((w) => findTerm(apposition, w) !== -1);
  const outside = (e: IndexedEvent) =>
    e.words.some((w) => {
      for (let at = findTerm(folded, w); at !== -1; at = findTerm(folded, w, at + 1))
        if (at < from || at >= to) return true;
      return false;
    });
  const apposed = events.filter((e) => inside(e) && !outside(e));
  const rest = events.filter((e) => !apposed.includes(e));
  return apposed.length && rest.length ? { rest, apposed } : null;
}
