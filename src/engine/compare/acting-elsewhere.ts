/**
 * "Acting <title> X" (or "interim") for a person of the story whom the world
 * file has in that office only at other times: unlike a full title, an acting
 * one is not kept as a courtesy, so where the clause gives no year and the
 * page's date and every day of X's own events in the story fall outside all of
 * X's terms in that office, it is a conflict ("Acting ICE Director X" on a page
 * about X's acts years after X left ICE). A year in the clause puts the title
 * at that time: nothing. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { postOf } from './person-post.ts';
import type { StoryRecord } from './story-record.ts';

export function actingElsewhere(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
): { mention: Mention; comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world || !pageDate) return [];
  if (/\b(?:19|20)\d\d\b/.test(sentence.slice(clause.start, clause.end))) return [];
  const dated = clause.mentions.some((m) => m.type === 'date');
  const out: { mention: Mention; comparison: Comparison; explanation: string }[] = [];
  for (const m of clause.mentions) {
    if (m.type !== 'person' || m.negated) continue;
    // "Acting Director X" (no date in the clause: a date may put the title then), or ", who was running ICE as its
    // acting director at the time," (the clause's own time, a month or day with no year, is the story's).
    const own = m.value.qualifier === 'acting' || m.value.qualifier === 'interim';
    const told = own
      ? dated
        ? undefined
        : { q: m.value.qualifier as string, title: m.value.title }
      : openedOnStoryTime(sentence, m.start)
        ? relativeActing(sentence.slice(m.end, clause.end))
        : undefined;
    const q = told?.q;
    if (!told?.title || !q) continue;
    // "former acting chief", "then-acting chief": the title is put at another time.
    if (
      /\b(?:former|ex|then|onetime|once|previously)\b[^,;]*$/i.test(
        sentence.slice(Math.max(clause.start, m.start - 40), m.start),
      )
    )
      continue;
    const head = postOf(told.title)?.head;
    const ids = [
      ...new Set(
        record.gazetteer
          .lookup(m.value.name)
          .filter((g) => g.kind === 'person' && g.id.startsWith('w:') && record.people.has(g.id))
          .map((g) => g.id),
      ),
    ];
    if (!head || ids.length !== 1) continue;
    const id = ids[0] as string;
    const terms = world
      .termsOf(m.value.name)
      .filter(
        (t) =>
          t.person.id === id.slice(2) &&
          [t.office.title, ...(t.office.aliases ?? [])].some((n) => postOf(n)?.head === head),
      );
    const offices = [...new Set(terms.map((t) => t.office.id))];
    if (offices.length !== 1) continue;
    const office = offices[0] as string;
    const days = [
      pageDate.slice(0, 10),
      ...record.events
        .filter((e) => e.participants.some((p) => p.canon === id))
        .map((e) => e.event.date),
    ];
    if (days.some((d) => world.holdersOn(office, d).some((h) => h.person.id === id.slice(2))))
      continue;
    const title = terms[0]!.office.title;
    const span = terms.map((t) => `${t.holder.start ?? '?'} to ${t.holder.end ?? '?'}`).join(', ');
    out.push({
      mention: m,
      comparison: { slot: 'role', page: `${q} ${told.title}`, record: `${title}, ${span}` },
      explanation: `The world file has ${m.value.name} as ${title} only from ${span}, not at the time told; an ${q} title is not kept afterwards.`,
    });
  }
  return out;
}

/**
 * ", who was running ICE as its acting director at the time,", ", who was then the acting director of ICE,": an acting
 * or interim post a relative clause gives the person at the time told (not "once", "earlier" or "had been").
 */
const RELATIVE_ACTING =
  /^\s*,\s*who\s+was\s+(?:then\s+|at\s+the\s+time\s+)?(?:(?:running|heading|leading)\s+(?:the\s+)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,5})\s+as\s+(?:its\s+|the\s+)?(acting|interim)\s+(director|head|chief|commissioner|administrator)|(?:the\s+|its\s+)?(acting|interim)\s+((?:director|head|chief|commissioner|administrator)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,5}))(?:\s+at\s+the\s+time|\s+then)?\s*(?:[,;.]|$)/u;

function relativeActing(after: string): { q: string; title: string } | undefined {
  const m = RELATIVE_ACTING.exec(after);
  // Only "then" or "at the time" puts the post at the time told; a bare "who was" is the person's past.
  if (!m || !/\b(?:then|at\s+the\s+time)\b/i.test(m[0])) return undefined;
  return m[1]
    ? { q: m[2] as string, title: `${m[3] as string} of ${m[1]}` }
    : { q: m[4] as string, title: m[5] as string };
}

/**
 * Before the person, nothing but the story's own time, if anything: a month or a day with no year and its glue ("Then
 * in April, X, who was …"). Not a time frame of another time ("During Trump's first term,", "In 2017,", "Eight years
 * before the stop,"), and no year anywhere in the sentence.
 */
function openedOnStoryTime(sentence: string, at: number): boolean {
  if (/\b(?:19|20)\d\d\b/.test(sentence)) return false;
  const words = sentence
    .slice(0, at)
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  return words.every((w) => STORY_TIME_WORD.test(w));
}
const STORY_TIME_WORD =
  /^(?:then|in|on|late|early|mid|that|this|last|the|of|and|but|so|when|\d{1,2}(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)$/;
