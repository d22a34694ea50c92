/**
 * A person the record has refusing to meet someone, or not at a meeting, said to have met them: the page has X
 * (the subject) meeting Y ("X met with Y", "X sat down with Y for a private conversation", "X later held talks
 * with Y"), and the record has X among those who said they would not meet (an event X `spoke` at whose
 * `negatives` include `met`) where Y came to an event of the week after, or X `absent` from a meeting of Y's.
 * Every refuser the record names counts, not only the one the refusal's wording names first. Not when the record
 * has X and Y meeting at any event, when the clause is denied, nor when it gives a day that is not the meeting's
 * (a later meeting may have happened). Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import {
  assertedPerson,
  canonsNamed,
  result,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';
import { onDate, onDay } from './visit-meeting.ts';

/** Right after the subject, a verb of meeting done (a few adverbs between; an apposition set off by commas). */
const MET_AFTER =
  /^\s*(?:,[^,;]{1,60},\s*)?(?:(?:had|has|have|also|then|later|privately|quietly|secretly|briefly|personally|eventually|finally|ultimately|even|indeed|in fact|actually|still)\s+)*(?:met|meets|did\s+(?:meet|sit\s+down\s+with)|sat\s+down\s+with|sits\s+down\s+with|huddled\s+with|held\s+(?:private\s+)?talks\s+with|had\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:meeting|sit-down|conversation|talk)\s+with)\s+(?:(?:privately|briefly|personally|face\s+to\s+face)\s+)?(?:with\s+)?/i;

/** After the object's possessive, a thing said or planned ("Homan's announcement", "his visit"). */
const SAID_OR_PLANNED =
  /^['\u2019]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:remarks|comments|announcement|visit|trip|plan|plans|message|post|criticism|statement|request|offer|invitation|claim|call|demand|words|news|arrival|threat|warning|push)\b/iu;

const DAY = 86_400_000;
const WEEK = 7;

/** The people who came to an event of the week after the refusal (whom it was about). */
export function cameAfter(refusal: IndexedEvent, all: readonly IndexedEvent[]): Set<string> {
  const out = new Set<string>();
  if (refusal.event.date.length !== 10) return out;
  const from = Date.parse(refusal.event.date);
  for (const e of all) {
    if (e.event.date.length !== 10) continue;
    const at = Date.parse(e.event.date);
    if (at < from || at - from > WEEK * DAY) continue;
    for (const p of e.participants) if (p.role === 'came') out.add(p.canon);
  }
  return out;
}

export function compareRefuserMet(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
): ValueResult | null {
  const canon = assertedPerson(ctx, m);
  if (!canon) return null;
  const met = MET_AFTER.exec(ctx.sentence.slice(m.end));
  if (!met) return null;
  const objectAt = m.end + met[0].length;
  const object = ctx.mentions.find(
    (x): x is Mention & { type: 'person' } =>
      x.type === 'person' &&
      x !== m &&
      !x.negated &&
      x.start >= objectAt &&
      x.start - objectAt <= 14,
  );
  // "met Homan's announcement with a refusal": what the person said or planned, not the person, is met ("met Homan's
  // team" is a meeting).
  if (object && SAID_OR_PLANNED.test(ctx.sentence.slice(object.end))) return null;
  const objects = object
    ? new Set(canonsNamed(ctx, object.value.name, ['person']))
    : new Set<string>();
  if (objects.size !== 1 || objects.has(canon)) return null;
  const why = refusedMeeting(ctx, canon, [...objects][0] as string);
  return why
    ? result('conflict', 'person', ctx.sentence.slice(m.start, object!.end).trim(), why, why)
    : null;
}

/**
 * Why the record excludes `canon` meeting `other` (a refusal by `canon` of someone who came in the week after, or
 * `canon` absent from a meeting of `other`'s), or null: also when the record has them meeting, or the clause gives a
 * day that is none of those meetings.
 */
export function refusedMeeting(ctx: CompareContext, canon: string, other: string): string | null {
  const all = ctx.allEvents;
  // The record has them meeting somewhere: the page may tell of that.
  if (
    all.some(
      (e) =>
        e.outcomes.has('met') &&
        e.participants.some((p) => p.canon === canon) &&
        e.participants.some((p) => p.canon === other),
    )
  )
    return null;
  const refusals = all.filter(
    (e) =>
      e.negatives.has('met') &&
      e.participants.some((p) => p.role === 'spoke' && p.canon === canon) &&
      cameAfter(e, all).has(other),
  );
  const absences = all.filter(
    (e) =>
      e.absent?.has(canon) &&
      e.outcomes.has('met') &&
      e.participants.some((p) => p.role === 'came' && p.canon === other),
  );
  if (!refusals.length && !absences.length) return null;
  // A day of its own that is none of the meetings refused: another, later meeting may be told of.
  const days = ctx.mentions.filter(
    (x) => (x.type === 'date' || x.type === 'weekday') && !x.negated,
  );
  const meetings = [
    ...absences,
    ...refusals.flatMap((r) =>
      all.filter(
        (e) =>
          e.event.date.length === 10 &&
          r.event.date.length === 10 &&
          Date.parse(e.event.date) >= Date.parse(r.event.date) &&
          Date.parse(e.event.date) - Date.parse(r.event.date) <= WEEK * DAY &&
          e.participants.some((p) => p.role === 'came' && p.canon === other),
      ),
    ),
  ];
  // A day from the refusal to the meeting refused ("met him on April 28", the day they said they would not) is no later one.
  const between = (d: Mention) =>
    refusals.some((r) => {
      const from = Date.parse(r.event.date);
      for (let k = 0; k <= WEEK; k++) {
        const day = from + k * DAY;
        if (
          onDay(new Date(day).toISOString().slice(0, 10), d) &&
          meetings.some((e) => Date.parse(e.event.date) >= day)
        )
          return true;
      }
      return false;
    });
  if (days.some((d) => !meetings.some((e) => onDate(e, d)) && !between(d))) return null;
  return [
    ...refusals.map((r) => r.negatives.get('met') as string),
    ...absences.map((e) => e.absent?.get(canon) as string),
  ]
    .filter((x, i, xs) => xs.indexOf(x) === i)
    .join(' ');
}
