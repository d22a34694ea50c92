/**
 * "His pledge only made the news this week", "That statement came out yesterday": words told of before, said to have
 * become news at a time counted from the page's day, compared with the day of what the sentences before told of; on a
 * page long after the story, an old story told as recent. Only a conflict of that time is taken. Nothing here knows a
 * story.
 */
import { foldText } from './normalize.ts';
import type { Sentence } from './sentences.ts';
import { findTerm } from './terms.ts';
import type { Finding } from './types.ts';
import {
  compareOnPage,
  eventsWithIds,
  linkedIds,
  nearestLinkedIds,
  overlong,
  sentenceFinding,
  typedAlone,
  type OnPage,
} from './typed-finding.ts';

/** Words said, pointed back at by a possessive or a demonstrative, and a verb of becoming news. */
const MADE_NEWS =
  /^\s*(?:(?:and|but)\s+)?(?:his|her|their|its|this|that|the)\s+(?:same\s+|written\s+|full\s+|latest\s+)?(?:statement|remarks|comments|pledge|promise|vow|words|message|announcement|interview|stance|position)\s+(?:(?:to|on|about)\s+[^,;:.!?]{1,50}?\s+)?(?:only\s+|just\s+|first\s+)?(?:made\s+(?:the\s+)?(?:news|headlines)|came\s+out|surfaced|broke|emerged|became\s+(?:news|public)|went\s+public|hit\s+the\s+(?:news|papers|headlines))\b/i;

/**
 * The page's story itself, or the article it reads, said to be recent: "a story that broke this week", "the article
 * we're reading came out just this week", "a Police1 piece by Jane Roe that went up this week" (group 1 the words up to
 * and with the time). Compared with the story's central events of its first week.
 */
const STORY_BROKE =
  /\b((?:the|this|a|that)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:story|news|article|piece|report|roundup|write-up)\s+(?:(?:that|which)\s+|(?:we|you|i)(?:['\u2019]re|\s+are|\s+am|['\u2019]m)\s+(?:reading|discussing)\s+|by\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?\s+(?:that|which)\s+)(?:only\s+|just\s+|first\s+)?(?:broke|came\s+out|went\s+(?:up|online|live|out)|was\s+(?:published|posted)|ran|appeared|made\s+(?:the\s+)?(?:news|headlines)|surfaced|hit\s+the\s+(?:news|papers|headlines))\s+(?:(?:just|only|earlier|late)\s+)?(?:this\s+(?:week|month|morning)|last\s+week|yesterday|today|(?:a\s+few|two|three|several)\s+days\s+ago|days\s+ago))(?![\p{L}])/iu;

/** "… from a story that broke this week": on a page long after the story, an old story told as recent. */
export function recencyOfTheStory(onPage: OnPage, sentence: Sentence): Finding | null {
  if (overlong(sentence)) return null;
  const m = STORY_BROKE.exec(sentence.text);
  if (!m) return null;
  // "by" a name, not "by my colleague" (the pattern's letters are read without case).
  const by = /\bby\s+(\S)/.exec(m[1] as string);
  if (by && by[1] === by[1]!.toLowerCase()) return null;
  // When the story broke: its central events of its first week.
  const dated = onPage.story.record().central.filter((e) => /^\d{4}-\d\d-\d\d/.test(e.event.date));
  const first = dated.map((e) => Date.parse(e.event.date.slice(0, 10))).sort((x, y) => x - y)[0];
  if (first === undefined) return null;
  const week = dated.filter((e) => Date.parse(e.event.date.slice(0, 10)) - first < 7 * 86_400_000);
  // Only the story itself: a sentence that tells of a later event of it ("a story that broke this week: a judge
  // dismissed the suit"), or of a place or person the record does not have (another story), is not about when it broke.
  const whole = typedAlone(onPage, sentence.text);
  // Events of the story's first week or before it (a day, or a month or year that holds its first day) may be named.
  const firstDay = new Date(first).toISOString().slice(0, 10);
  const byThen = new Set(
    onPage.story
      .record()
      .events.filter((e) => {
        const d = e.event.date;
        return /^\d{4}-\d\d-\d\d/.test(d)
          ? Date.parse(d.slice(0, 10)) - first < 7 * 86_400_000
          : d <= firstDay.slice(0, d.length);
      })
      .map((e) => e.event.id),
  );
  // Or names a later event by one of its words ("… about the city asking a judge to throw out the refiled suit").
  const folded = foldText(sentence.text);
  const later = onPage.story
    .record()
    .events.some(
      (e) => !byThen.has(e.event.id) && e.words.some((w) => findTerm(folded, foldText(w)) !== -1),
    );
  if (
    later ||
    (whole &&
      (whole.events.some((id) => !byThen.has(id)) ||
        whole.comparisons.some(
          (c) => (c.slot === 'place' || c.slot === 'person') && c.record === 'not in the record',
        )))
  )
    return null;
  const typed = compareOnPage(onPage, m[1] as string, week);
  if (typed?.outcome !== 'discrepant' || !typed.comparisons.every((c) => c.slot === 'when'))
    return null;
  return sentenceFinding(typed, onPage.story, sentence, onPage.text);
}

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
