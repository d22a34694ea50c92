/**
 * Quoted words no record holds, in which the credited speaker offers to meet the very person the record has them
 * refusing to meet: "My door is open whenever he wants to meet," "I'd be glad to sit down with Mr. X," from a
 * speaker who said they would not meet X (an event they `spoke` at whose `negatives` include `met`, X coming to an
 * event of the week after). The offer must be in the speaker's own first person, undenied and unconditioned, X must be named in the
 * sentence, and the sentence may give no day but one of that week's: a later change of mind may be told. Nothing
 * here knows a story.
 */
import { quotedStretches } from '../quoted-stretches.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

/** An offer to meet, in the first person: "my door is open", "I'd be happy to meet", "I will sit down with", "I welcome a meeting". */
const OFFER =
  /\b(?:(?:my|our)\s+door\s+(?:is|remains|will\s+(?:always\s+)?be)\s+(?:always\s+|wide\s+)?open|(?:i|we)(?:\s*['\u2019](?:d|ll|m|re)|\s+(?:would|will|am|are|'m))?\s+(?:(?:always|certainly|gladly|more\s+than)\s+)?(?:be\s+)?(?:happy|glad|willing|ready|eager|pleased|open)\s+to\s+(?:meet|sit\s+down|talk)|(?:i|we)(?:\s*['\u2019]ll|\s+will|\s+would|\s*['\u2019]d)\s+(?:gladly\s+|happily\s+)?(?:meet|sit\s+down)\s+with|(?:i|we)\s+(?:welcome|invite)\s+(?:a|the|any)\s+(?:meeting|sit-down|conversation)|(?:i|we)\s+look\s+forward\s+to\s+(?:meeting|sitting\s+down))\b/i;
/** A denial in the words before the offer ("not", "never", "no"), or a condition. */
const DENIED = /\b(?:not|never|no|n['\u2019]t|if|unless|only)\b/i;

/** A condition after the offer ("only if he apologizes", "as long as …"). */
const CONDITION = /\b(?:if|unless|only|provided|as\s+long\s+as|on\s+condition)\b/i;

const DAY = 86_400_000;
const WEEK = 7;

export interface QuotedRefusal {
  comparison: Comparison;
  explanation: string;
}

function weekAfter(refusal: IndexedEvent, all: readonly IndexedEvent[]): IndexedEvent[] {
  if (refusal.event.date.length !== 10) return [];
  const from = Date.parse(refusal.event.date);
  return all.filter(
    (e) =>
      e.event.date.length === 10 &&
      Date.parse(e.event.date) >= from &&
      Date.parse(e.event.date) - from <= WEEK * DAY,
  );
}

function onDay(date: string, m: Mention): boolean {
  const day = new Date(`${date}T12:00:00Z`);
  if (m.type === 'weekday') return day.getUTCDay() === m.value.day;
  if (m.type === 'date')
    return (
      (m.value.month === undefined || day.getUTCMonth() === m.value.month - 1) &&
      (m.value.day === undefined || day.getUTCDate() === m.value.day) &&
      (m.value.year === undefined || day.getUTCFullYear() === m.value.year)
    );
  return false;
}

export function quotedRefusalConflict(
  sentence: string,
  record: StoryRecord,
  canon: string,
): QuotedRefusal | null {
  const refusals = record.events.filter(
    (e) =>
      e.negatives.has('met') && e.participants.some((p) => p.role === 'spoke' && p.canon === canon),
  );
  if (!refusals.length) return null;
  const mentions = readSentence(sentence, record.gazetteer).flatMap((c) => c.mentions);
  const named = new Set(
    mentions.flatMap((m) =>
      m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
    ),
  );
  const days = mentions.filter(
    (m) => m.type === 'date' || m.type === 'weekday' || m.type === 'relative-time',
  );
  for (const refusal of refusals) {
    const week = weekAfter(refusal, record.events);
    const refused = [
      ...new Set(
        week.flatMap((e) => e.participants.filter((p) => p.role === 'came').map((p) => p.canon)),
      ),
    ].filter((c) => c !== canon && named.has(c));
    if (refused.length !== 1) continue;
    // A day of the sentence's own must be one of that week's (a relative time cannot be placed: nothing said).
    if (days.some((m) => m.type === 'relative-time' || !week.some((e) => onDay(e.event.date, m))))
      continue;
    for (const words of quotedStretches(sentence)) {
      for (const clause of words.split(/[.;!?]|,\s*(?:but|and)\b/)) {
        const offer = OFFER.exec(clause);
        if (
          !offer ||
          DENIED.test(clause.slice(0, offer.index + offer[0].length)) ||
          CONDITION.test(clause.slice(offer.index))
        )
          continue;
        const why = refusal.negatives.get('met') as string;
        const page = offer[0].trim();
        return {
          comparison: { slot: 'stance', page, record: why },
          explanation: `No record holds these words, and they turn round what the record has ${record.nameOf(canon)} saying: ${why}`,
        };
      }
    }
  }
  return null;
}
