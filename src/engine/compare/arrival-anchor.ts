/**
 * The recorded arrival a clause after "after" / "before" tells of by who came rather than by the event's words:
 * "the day before the inspector finally showed up", "two days after the minister arrived". The clause opens on a
 * named person or agency, at most two words stand between it and a verb of arriving, and the record has that one
 * doer coming (pack role `came`) on one day only: that event. Anything else (several arrivals, another occasion
 * "again", "first", a name inside a phrase) links nothing. General English; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';

/** A verb of arriving right after the doer and up to two words ("finally", "at last" …), not "came out" (a statement). */
const ARRIVING =
  /^\s*(?:\S+\s+){0,2}?(?:arrived|arrives|showed\s+up|shows\s+up|turned\s+up|turns\s+up|visited|visits|paid\s+(?:a|his|her|their|its)\s+visit|came\s+(?:to|into|through|by)\b)/i;
/** Another occasion than the recorded one. */
const OTHER_OCCASION = /\b(?:also|again|another|earlier|previously|other|too|first|once|back)\b/i;
/** What may open the clause before the doer: a conjunction, an article. */
const OPENING = /^[\s,;:\u2014-]*(?:(?:and|then|as|when|once)\s+)?(?:the\s+)?$/i;

export function linkedByArrival(
  sentence: string,
  [from, to]: [number, number],
  mentions: readonly Mention[],
  events: readonly IndexedEvent[],
): IndexedEvent[] {
  const text = sentence.slice(from, to);
  if (OTHER_OCCASION.test(text)) return [];
  const doer = mentions.find(
    (m) =>
      !m.negated && m.start >= from && m.end <= to && (m.type === 'person' || m.type === 'agency'),
  );
  if (
    !doer ||
    (doer.type !== 'person' && doer.type !== 'agency') ||
    !OPENING.test(sentence.slice(from, doer.start))
  )
    return [];
  const verb = ARRIVING.exec(sentence.slice(doer.end, to));
  if (!verb || /[,;:()]/.test(verb[0])) return [];
  const id = doer.value.id;
  const found = events.filter((e) =>
    e.participants.some((p) => p.role === 'came' && p.canon === id),
  );
  return new Set(found.map((e) => `${e.event.date}/${e.event.dateEnd ?? ''}`)).size === 1 &&
    found.length === 1
    ? found
    : [];
}
