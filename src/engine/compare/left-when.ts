/**
 * "X, who retired as LAPD chief earlier this year", "X, who stepped down from the LAPD in 2016", "X, who resigned as
 * mayor": a person told as having left a post by some time (a year given, "this year", "last year", else the page's
 * own day), where the world file has them surely still holding it at the end of that time. A conflict naming the
 * term. Only an office the world file has them holding in one term, outright, named by its title after "as" or its
 * body after "from" (not "from the LAPD as an assistant chief"), still held a month past that time (a term's end is
 * its successor's first day); with no time given, only a term begun before the story. A leaving with no post or body,
 * a denial, or a pluperfect (retired-then.ts) says nothing here. World knowledge; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { showDate } from './record-values.ts';
import { result, worldPersonIds, type CompareContext, type ValueResult } from './value-result.ts';

type Person = Mention & { type: 'person' };

/** ", who retired as", ", who stepped down from": the simple past of leaving, with what was left after it. */
const WHO_LEFT =
  /^\s*,\s*who\s+(?:(?:recently|already|just)\s+)?(?:retired|stepped\s+down|resigned|quit|left)\s+(?:as|from)\s+(?:the\s+)?/i;

/** The last day of the time the clause gives the leaving (and how to say it), or null when it gives one this reading cannot place. */
function byDay(
  ctx: CompareContext,
  from: number,
  to: number,
): { day: string; shown: string; given: boolean } | null {
  const page =
    ctx.pageDate && /^\d{4}-\d{2}-\d{2}/.test(ctx.pageDate) ? ctx.pageDate.slice(0, 10) : null;
  const times = ctx.mentions.filter(
    (t) =>
      (t.type === 'date' || t.type === 'relative-time' || t.type === 'weekday') &&
      t.start >= from &&
      t.start < to,
  );
  if (!times.length)
    return page
      ? { day: page, shown: `on ${showDate(page)}, the page's date,`, given: false }
      : null;
  if (times.length !== 1) return null;
  const t = times[0]!;
  if (t.type === 'date' && t.value.year !== undefined && t.value.month === undefined)
    return /^\s*(?:in\s+)?$/i.test(ctx.sentence.slice(Math.max(from, t.start - 4), t.start))
      ? { day: `${t.value.year}-12-31`, shown: `by the end of ${t.value.year}`, given: true }
      : null;
  if (t.type === 'relative-time' && page) {
    if (t.value.kind === 'this-year')
      return { day: page, shown: `on ${showDate(page)}, the page's date,`, given: true };
    const last = Number(page.slice(0, 4)) - 1;
    if (t.value.kind === 'last-year')
      return { day: `${last}-12-31`, shown: `by the end of ${last}`, given: true };
  }
  return null;
}

export function leftWhen(ctx: CompareContext, m: Person): ValueResult | null {
  const world = ctx.record.world;
  if (!world || m.negated) return null;
  const left = WHO_LEFT.exec(ctx.sentence.slice(m.end, m.end + 80));
  if (!left) return null;
  const ids = worldPersonIds(ctx, m.value.name);
  if (ids.length !== 1) return null;
  const id = ids[0]!;
  const verbEnd = m.end + left.index + left[0].length;
  // The relative clause ends at its closing comma or the sentence's end.
  const close = ctx.sentence.indexOf(',', verbEnd);
  const end = close === -1 ? ctx.sentence.length : close;
  const post = ctx.mentions.find(
    (t) =>
      (t.type === 'title' || t.type === 'agency') &&
      !t.negated &&
      t.start === verbEnd + (/^\s*/.exec(ctx.sentence.slice(verbEnd))?.[0].length ?? 0),
  );
  if (!post || !('id' in post.value) || typeof post.value.id !== 'string') return null;
  // "retired from the LAPD as an assistant chief": another post of the body than the world file's.
  if (post.type === 'agency' && /^\s+as\b/i.test(ctx.sentence.slice(post.end))) return null;
  const postId = post.value.id.replace(/^w:/, '');
  const terms = world
    .termsOf(m.value.name)
    .filter(
      (t) =>
        t.person.id === id &&
        (post.type === 'title' ? t.office.id === postId : t.office.jurisdiction === postId),
    );
  // One term only, held outright: a second term, or an acting or interim one, may be the post left ("stepped down as
  // interim chief when named chief").
  if (terms.length !== 1 || terms[0]!.holder.acting) return null;
  if (/\b(?:acting|interim)\b/i.test(ctx.sentence.slice(verbEnd, end))) return null;
  const by = byDay(ctx, verbEnd, end);
  if (!by) return null;
  const still = terms[0]!;
  // A term's end is its successor's first day, and a leaving at a year's end is told as that year's: a month's grace.
  const grace = new Date(Date.parse(`${by.day}T00:00:00Z`) + 31 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  if (!world.holdersOn(still.office.id, grace).some((h) => h.person.id === id && h.status === 'in'))
    return null;
  // With no time given, the page's day: only a term begun before the story's first day (one begun later may be a
  // return to the body, not the post left).
  const first = [...ctx.record.central.map((e) => e.event.date)].sort()[0];
  if (!by.given && (!still.holder.start || !first || still.holder.start > first)) return null;
  const until = still.holder.end;
  return result(
    'conflict',
    'role',
    m.text,
    `${still.person.name} (${still.office.title})`,
    `The world file has ${still.person.name} as ${still.office.title}${until ? ` until ${showDate(until)}` : ''}; ${by.shown} ${still.person.name} had not left the post.`,
  );
}
