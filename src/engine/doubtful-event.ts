/**
 * An event the record holds only with low confidence (an event's `confidence: "low"`: one source for it, nothing
 * to confirm it), told by a sentence that names it by its words and names someone who took part in it (by name,
 * or by a title the record gives them: "the mayor"): the record cannot settle it, so the sentence is unverified,
 * however it is worded (told as fact, "reportedly", "we are told"). A low confidence on an event dated only to a
 * month is doubt about its day, not about the event: not this. Nothing here knows a story.
 */
import type { IndexedEvent, StoryRecord } from './compare/story-record.ts';
import { readSentence } from './read/read-sentence.ts';
import { foldText } from './normalize.ts';
import { hasAnyTerm } from './terms.ts';
import { namedCanons } from './compare/named-canons.ts';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The low-confidence event the sentence tells, if any. */
export function doubtfulEvent(sentence: string, record: StoryRecord): IndexedEvent | null {
  const doubtful = record.events.filter(
    (e) => e.event.confidence === 'low' && DAY.test(e.event.date),
  );
  if (!doubtful.length) return null;
  const folded = foldText(sentence);
  const worded = doubtful.filter((e) => hasAnyTerm(folded, e.words.map(foldText)));
  if (!worded.length) return null;
  const mentions = readSentence(sentence, record.gazetteer)
    .flatMap((c) => c.mentions)
    .filter((m) => !m.negated);
  const named = namedCanons(mentions, record, ['person', 'agency']);
  const titles = new Set(mentions.flatMap((m) => (m.type === 'title' ? [m.value.title] : [])));
  const takesPart = (canon: string) =>
    named.has(canon) ||
    (record.people.get(canon)?.roles.some((r) => titles.has(r.title.toLowerCase())) ?? false);
  return worded.find((e) => e.participants.some((p) => takesPart(p.canon))) ?? null;
}
