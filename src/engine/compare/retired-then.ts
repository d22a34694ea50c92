/**
 * "X, who had retired from the LAPD (the year before)", "X, who had already left the LAPD by then": a person told as having left a post before the time the
 * sentence tells of (a pluperfect of leaving in a relative clause on the name), where the world file has them holding
 * an office of that body, or any office when no body is named, on every day the clause is about (its linked events,
 * else the story's central days). A conflict naming the term. "who retired in 2018" (a simple past) or "who has since
 * retired" say nothing of the time told; a denial says nothing. World knowledge; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import {
  canonsNamed,
  result,
  worldPersonIds,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { showDate } from './record-values.ts';

type Person = Mention & { type: 'person' };

/** ", who had (already) retired from", ", who had left", ", who had stepped down as": group 1 the verb. */
const HAD_LEFT =
  /^\s*,\s*who\s+had\s+(?:already\s+|long\s+since\s+|by\s+then\s+)?(retired|left|stepped\s+down|resigned|quit)\b(?:\s+(?:from|as)\b)?/i;

/** After a verb of leaving with no "from" or "as": nothing left but the clause's end or a time before ("…, who had retired, told", "who had retired the year before"); "who had left the briefing early" left something else. */
const LEFT_ALONE =
  /^\s*(?:[,.;:)\u2014\u2013]|$|(?:the\s+(?:year|month|week)|(?:a\s+few|two|three|several)\s+(?:years|months|weeks))\s+(?:before|earlier)\b|(?:years|months)\s+(?:before|earlier)\b)/i;

/** After the body left ("left the LAPD"): nothing more of it ("LAPD headquarters", "the LAPD's press office"), only the clause's end, "by then" or a time before. */
const BODY_ALONE = new RegExp(
  String.raw`^(?:\s+(?:already\s+)?by\s+then\b|${LEFT_ALONE.source.slice(1)})`,
  'i',
);

const fullDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

export function retiredThen(
  ctx: CompareContext,
  m: Person,
  days: readonly string[],
): ValueResult | null {
  const world = ctx.record.world;
  if (!world || m.negated) return null;
  const left = HAD_LEFT.exec(ctx.sentence.slice(m.end, m.end + 80));
  if (!left || !days.length || !days.every(fullDay)) return null;
  const ids = worldPersonIds(ctx, m.value.name);
  if (ids.length !== 1) return null;
  const id = ids[0] as string;
  // The body left, when the clause names one right after the verb.
  const verbEnd = m.end + left.index + left[0].length;
  const body = ctx.mentions.find(
    (a): a is Mention & { type: 'agency' } =>
      a.type === 'agency' &&
      a.start >= verbEnd &&
      /^\s*(?:the\s+)?$/i.test(ctx.sentence.slice(verbEnd, a.start)),
  );
  // "from X" or "as X" that names neither a body read nor a post ("retired from the Marines") says nothing here.
  const post =
    /^\s*(?:the\s+|its\s+|his\s+|her\s+)?(?:[\p{L}.]+\s+){0,2}?(?:chief|director|commissioner|sheriff|mayor|head|president|leader|czar)\b/iu;
  const rest = ctx.sentence.slice(verbEnd);
  let bodyOnly = false;
  if (/\b(?:from|as)$/i.test(left[0])) {
    if (!body && !post.test(rest)) return null;
  } else if (!LEFT_ALONE.test(rest)) {
    if (!body || !BODY_ALONE.test(ctx.sentence.slice(body.end))) return null;
    // "who had already left the LAPD" with no "from": told on a page from after the term ended, the leaving may be
    // before the page's own time ("was succeeded by …", "by then"), not the event's: only a page from within the term.
    bodyOnly = true;
  }
  // A year in the sentence ("In a 2021 podcast, X, who had retired …", "By 2021, …") may put it at another time.
  if (/\b(?:19|20)\d\d\b/.test(ctx.sentence)) return null;
  const bodies = body
    ? canonsNamed(ctx, body.value.name, ['agency']).map((c) => c.replace(/^w:/, ''))
    : null;
  const terms = world.termsOf(m.value.name).filter((t) => {
    if (t.person.id !== id || !t.office.id) return false;
    if (!bodies) return true;
    const agency = world.agency(t.office.jurisdiction);
    return bodies.includes(t.office.jurisdiction) || (agency && bodies.includes(agency.id));
  });
  // Held surely on every day the clause is about.
  const held = terms.find((t) =>
    days.every((d) =>
      world.holdersOn(t.office.id!, d).some((h) => h.person.id === id && h.status === 'in'),
    ),
  );
  if (!held) return null;
  const name = world.person(id)?.name ?? m.value.name;
  const until = held.holder.end ?? held.holder.confirmedThrough;
  const page = ctx.pageDate?.slice(0, 10);
  if (
    bodyOnly &&
    (!page ||
      !fullDay(page) ||
      !world.holdersOn(held.office.id!, page).some((h) => h.person.id === id && h.status === 'in'))
  )
    return null;
  const first = [...days].sort()[0] as string;
  return result(
    'conflict',
    'role',
    `${left[1]}`,
    `${name}, ${held.office.title}`,
    `The world file has ${name} as ${held.office.title}${until ? ` until ${showDate(until)}` : ''}; on ${showDate(first)} ${name} had not ${left[1]}.`,
  );
}
