/** Whether a person held a recorded role on a day, and whether as acting holder; a title against a role's words. */
import { firstDay } from '../../world/partial-dates.ts';
import { termStatus } from '../../world/terms.ts';
import type { RecordPerson } from './story-record.ts';
import type { CompareContext } from './value-result.ts';

export const titleMatches = (title: string, words: readonly string[]) => {
  const t = title.toLowerCase().split(/\s+/);
  return t.every((w) => words.includes(w)) || words.every((w) => t.includes(w));
};

/** Whether the person surely, surely not, or perhaps held a role on a date. */
export function heldOn(
  ctx: CompareContext,
  role: RecordPerson['roles'][number],
  person: RecordPerson,
  date: string,
  openEnded = false,
): 'in' | 'out' | 'unknown' {
  const world = ctx.record.world;
  if (role.office && world && person.canon.startsWith('w:')) {
    const id = person.canon.slice(2);
    const terms = world.holdersOn(role.office, date).filter((t) => t.person.id === id);
    if (terms.some((t) => t.status === 'in')) return 'in';
    return terms.length ? 'unknown' : 'out';
  }
  // A participant's post with no end: the author put them at the event in that post.
  if (openEnded && role.from && !role.to)
    return termStatus({ person: '', start: role.from, end: '9999' }, date) as
      'in' | 'out' | 'unknown';
  // A post with no end is surely theirs over the days the record puts them in the story, and a month after.
  // Only a post the record dates from a start: an undated one ("councilmember") may be of any time.
  if (!role.from && !role.to) return 'unknown';
  const seen = role.to ? undefined : attested(ctx, person);
  return termStatus(
    {
      person: '',
      ...(role.from ? { start: role.from } : {}),
      ...(role.to ? { end: role.to } : {}),
      ...(seen ? { confirmedThrough: seen.through } : {}),
    },
    date,
  ) as 'in' | 'out' | 'unknown';
}

/** Days after the last day the record puts a person in the story through which a post with no end is still theirs. */
const ATTESTED_DAYS = 30;

/**
 * The last day a post with a start and no recorded end is surely still held: a month after the last day the record
 * puts the person in the story in their post (the events they take part in, else the original report's day).
 */
export function attested(
  ctx: CompareContext,
  person: RecordPerson,
): { through: string } | undefined {
  // Asked for every post of every person a clause names: worked out once per record and person.
  let known = ATTESTED.get(ctx.record);
  if (!known) ATTESTED.set(ctx.record, (known = new Map()));
  if (known.has(person.canon)) return known.get(person.canon);
  const through = attestedThrough(ctx, person);
  known.set(person.canon, through);
  return through;
}

const ATTESTED = new WeakMap<object, Map<string, { through: string } | undefined>>();

function attestedThrough(
  ctx: CompareContext,
  person: RecordPerson,
): { through: string } | undefined {
  let last = '';
  for (const e of ctx.record.events) {
    const d = e.event.date;
    if (
      d &&
      /^\d{4}-\d{2}/.test(d) &&
      d > last &&
      e.participants.some((p) => p.canon === person.canon)
    )
      last = d;
  }
  if (!last)
    for (const o of ctx.record.originalDates ?? [])
      if (/^\d{4}-\d{2}-\d{2}$/.test(o.date) && o.date > last) last = o.date;
  if (!last) return undefined;
  const day = new Date(`${firstDay(last)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ATTESTED_DAYS);
  return { through: day.toISOString().slice(0, 10) };
}

export function isActing(
  ctx: CompareContext,
  role: RecordPerson['roles'][number],
  person: RecordPerson,
  date: string,
): boolean | undefined {
  const world = ctx.record.world;
  if (role.office && world && person.canon.startsWith('w:')) {
    const terms = world
      .holdersOn(role.office, date)
      .filter((t) => t.person.id === person.canon.slice(2) && t.status === 'in');
    if (!terms.length) return undefined;
    return terms.every((t) => t.holder.acting === true);
  }
  return role.acting === true;
}
