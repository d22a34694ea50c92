/**
 * "His pledge only made the news this week", "That statement came out yesterday": words told of before, said to have
 * become news at a time counted from the page's day, compared with the day of what the sentences before told of; on a
 * page long after the story, an old story told as recent. Only a conflict of that time is taken. Nothing here knows a
 * story.
 */
import type { Sentence } from './sentences.ts';
import type { Finding } from './types.ts';
import {
  compareOnPage,
  eventsWithIds,
  linkedIds,
  nearestLinkedIds,
  overlong,
  sentenceFinding,
  type OnPage,
} from './typed-finding.ts';

/** Words said, pointed back at by a possessive or a demonstrative, and a verb of becoming news. */
const MADE_NEWS =
  /^\s*(?:(?:and|but)\s+)?(?:his|her|their|its|this|that|the)\s+(?:same\s+|written\s+|full\s+|latest\s+)?(?:statement|remarks|comments|pledge|promise|vow|words|message|announcement|interview|stance|position)\s+(?:(?:to|on|about)\s+[^,;:.!?]{1,50}?\s+)?(?:only\s+|just\s+|first\s+)?(?:made\s+(?:the\s+)?(?:news|headlines)|came\s+out|surfaced|broke|emerged|became\s+(?:news|public)|went\s+public|hit\s+the\s+(?:news|papers|headlines))\b/i;

export function recencyOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  if (overlong(sentence) || !MADE_NEWS.test(sentence.text)) return null;
  // A sentence that links events of its own is read as itself.
  if (linkedIds(onPage, sentence.text).length) return null;
  const events = eventsWithIds(onPage.story, nearestLinkedIds(onPage, recent)).filter((e) =>
    e.participants.some((p) => p.role === 'spoke'),
  );
  if (!events.length) return null;
  const typed = compareOnPage(onPage, sentence.text, events);
  if (typed?.outcome !== 'discrepant' || !typed.comparisons.every((c) => c.slot === 'when'))
    return null;
  return sentenceFinding(typed, onPage.story, sentence, onPage.text);
}
