/**
 * A post given a person of the world file in apposition or after a copula,
 * judged on the days the clause is about (its linked events, else the days
 * passed in: the story's central days for a clause no event links):
 *
 * - put at that time by "then" or "at the time" ("X, at the time the acting
 *   director of Y,", "X, then the Y", "At the time, X was the Y"), a post the
 *   world file has X holding only at other times is wrong: no courtesy title
 *   is meant. Only when X surely held another office then, or another person
 *   surely held this one;
 * - a one-holder post of a jurisdiction (sheriff, mayor, governor) X never
 *   held at any time ("X, the <County> sheriff", "X, the sheriff of <County>",
 *   "X was the sheriff of <County>"), where the world file has X in another
 *   office on every one of those days: one person does not hold both.
 *
 * "Former", "once", "a" before the title, a year of the clause's own, a denial
 * or a wish ("would be", "ran for") say nothing here. Nothing here knows a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import type { Term } from '../../world/world-index.ts';
import { result, worldPersonIds, type CompareContext, type ValueResult } from './value-result.ts';
import { nameWords, postOf, titlePhrase } from './person-post.ts';

type Person = Mention & { type: 'person' };

const TIME = String.raw`(?:at the time|at that time|back then|by then|by that time|then)`;
/** ", at the time the acting", ", then the", ", the" (or a dash or bracket opening the aside): between the name and the title in apposition. */
const APPOSED = new RegExp(
  String.raw`^\s*(?:,|\u2014|\u2013|--|\()\s*(?:(${TIME})\s*,?\s+)?(?:the\s+)?(?:(?:acting|interim)\s+)?$`,
  'i',
);
/** " was at the time the", " was then the": a copula between the name and the title. */
const COPULA = new RegExp(
  String.raw`^\s*,?\s+(?:was|is)\s+(?:(${TIME})\s*,?\s+)?(?:the\s+)?(?:(?:acting|interim)\s+)?$`,
  'i',
);
/** ", who was at the time the", ", who was then": a relative clause of the name with a copula before the title. */
const RELATIVE = new RegExp(
  String.raw`^\s*,\s*who\s+(?:was|is)\s+(?:(${TIME})\s*,?\s+)?(?:the\s+)?(?:(?:acting|interim)\s+)?$`,
  'i',
);
const RELATIVE_LEAD = /^\s*,\s*who\s+(?:was|is)\b/i;
/** "At the time, X was …", "Back then X was …": the time phrase opening the clause. */
const OPENING = new RegExp(String.raw`(?:^|[.;:!?]\s*|\b(?:and|but)\s+)(${TIME})\s*,?\s*$`, 'i');

/** One-holder posts of a jurisdiction that no one holds together with another office. */
const SOLE_HEADS = new Set(['sheriff', 'mayor', 'governor']);

/** The title the page gives the person right after the name, and whether the words put it at the time told. */
function titleAfter(
  ctx: CompareContext,
  m: Person,
): { title: Mention & { type: 'title' }; timed: boolean } | null {
  // "then-ICE director X", "then-acting ICE director X": a title before the name put at the time told.
  const before = ctx.mentions.find(
    (t): t is Mention & { type: 'title' } =>
      t.type === 'title' && t.end <= m.start && /^\s*$/.test(ctx.sentence.slice(t.end, m.start)),
  );
  if (
    before &&
    (before.value.qualifier === 'then' ||
      /\bthen[\s-]+$/i.test(ctx.sentence.slice(Math.max(0, before.start - 6), before.start)))
  )
    return { title: before, timed: true };
  // "X, who was then the Pima County sheriff, …": the relative clause is a clause of its own; its title is read here.
  const relative = RELATIVE_LEAD.test(ctx.sentence.slice(m.end, m.end + 12));
  const mentions = relative
    ? [
        ...ctx.mentions,
        ...readSentence(ctx.sentence, ctx.record.gazetteer)
          .flatMap((c) => c.mentions)
          .filter((t) => t.type === 'title' && t.start > m.end),
      ]
    : ctx.mentions;
  for (const t of mentions) {
    if (t.type !== 'title' || t.start < m.end) continue;
    // The title with the capitalised words that name its body ("the Pima County sheriff").
    const start = t.start - (titlePhrase(ctx.sentence, t).length - t.text.length);
    const gap = ctx.sentence.slice(m.end, start < m.end ? t.start : start);
    const hit = APPOSED.exec(gap) ?? COPULA.exec(gap) ?? (relative ? RELATIVE.exec(gap) : null);
    if (!hit) continue;
    const opening =
      COPULA.test(gap) && OPENING.test(ctx.sentence.slice(Math.max(0, m.start - 30), m.start));
    return { title: t, timed: Boolean(hit[1]) || opening };
  }
  return null;
}

const fullDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

export function timedPost(
  ctx: CompareContext,
  m: Person,
  given?: readonly string[],
): ValueResult | null {
  const world = ctx.record.world;
  if (
    !world ||
    m.negated ||
    (m.value.qualifier && !['acting', 'interim', 'then'].includes(m.value.qualifier))
  )
    return null;
  const found = titleAfter(ctx, m);
  if (!found) return null;
  const { title, timed } = found;
  // A year of the clause's own puts the post at that time; so does a count of years or months from another time
  // ("eight years before the Rochester stop, then-chief X …").
  if (
    ctx.mentions.some(
      (d) =>
        (d.type === 'date' && d.value.year !== undefined) ||
        (d.type === 'relative-time' && /^(?:years|months)-(?:before|later)$/.test(d.value.kind)),
    )
  )
    return null;
  const days = [
    ...new Set(given ?? (ctx.linkedByPlace ? [] : ctx.events.map((e) => e.event.date))),
  ];
  if (!days.length || !days.every(fullDay)) return null;
  const ids = worldPersonIds(ctx, m.value.name);
  if (ids.length !== 1) return null;
  const id = ids[0] as string;
  const terms = world.termsOf(m.value.name).filter((t) => t.person.id === id);
  // The body named after the title ("sheriff of Pima County") is the post's too.
  const body = ctx.mentions.find(
    (a) =>
      (a.type === 'agency' || a.type === 'place') &&
      a.start >= title.end &&
      /^\s+(?:of|for)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(title.end, a.start)),
  );
  const post = postOf(`${titlePhrase(ctx.sentence, title)}${body ? ` of ${body.text}` : ''}`);
  if (!post) return null;
  const pageWords = post.body;
  const namesOf = (t: Term) => [t.office.title, ...(t.office.aliases ?? [])];
  const sameHead = terms.filter((t) =>
    namesOf(t).some((n) => postOf(n)?.head === post.head && postOf(n)?.rank === post.rank),
  );
  // What the world file has them holding on those days.
  const heldThen = days.map((d) =>
    terms.filter(
      (t) =>
        t.office.id &&
        world.holdersOn(t.office.id, d).some((h) => h.person.id === id && h.status === 'in'),
    ),
  );
  const name = world.person(id)?.name ?? m.value.name;
  // The office they surely held on a day of the story's time the world file covers (a later day it does not reach says nothing).
  const other = heldThen.find((h) => h.length)?.[0];
  if (sameHead.length) {
    if (!timed) return null;
    // The one office of that head whose names hold the page's body words.
    const offices = [
      ...new Set(
        sameHead
          .filter((t) => pageWords.every((w) => namesOf(t).flatMap(nameWords).includes(w)))
          .map((t) => t.office.id),
      ),
    ];
    if (offices.length !== 1) return null;
    const office = offices[0] as string;
    // Held (or perhaps held) on one of the days: nothing to say.
    if (days.some((d) => world.holdersOn(office, d).some((h) => h.person.id === id))) return null;
    const holders = days.flatMap((d) =>
      world.holdersOn(office, d).filter((h) => h.status === 'in'),
    );
    if (!other && !holders.length) return null;
    const spans = sameHead
      .filter((t) => t.office.id === office)
      .map(
        (t) =>
          `${t.holder.start ?? t.holder.confirmedFrom ?? '?'} to ${t.holder.end ?? t.holder.confirmedThrough ?? '?'}`,
      )
      .join(', ');
    const officeTitle = sameHead.find((t) => t.office.id === office)!.office.title;
    const then = other
      ? `${name} was ${other.office.title} then`
      : `${holders[0]!.person.name} held the post then`;
    return result(
      'conflict',
      'role',
      title.text,
      other ? `${name}, ${other.office.title}` : `${holders[0]!.person.name} (${officeTitle})`,
      `The world file has ${name} as ${officeTitle} only from ${spans}; ${then}.`,
    );
  }
  // A post of a jurisdiction they never held, while they held another office.
  if (!SOLE_HEADS.has(post.head) || post.rank || !other) return null;
  // Not theirs in the story's record either ("sheriff" in their pack role).
  const who = ctx.record.people.get(`w:${id}`);
  if (
    who &&
    (who.roles.some((r) => postOf(r.title)?.head === post.head) ||
      nameWords(who.role ?? '').includes(post.head))
  )
    return null;
  if (!pageWords.length && !body) return null;
  return result(
    'conflict',
    'role',
    body ? `${title.text} of ${body.text}` : title.text,
    `${name}, ${other.office.title}`,
    `The world file has ${name} as ${other.office.title} then, never as ${post.head}.`,
  );
}

/** Before a title that dates a post: a copula or an appointment ("who had been acting director of X in 2017"). */
const POST_LEAD =
  /\b(?:had been|has been|was|were|served as|became|named|appointed|as)\s+(?:(?:the|an?)\s+)?(?:(?:acting|interim)\s+)?$/i;

/**
 * The dates of a clause that date a post, not an event: right after a title told of someone ("who had been acting
 * director of ICE in 2017", "served as police chief from 2009"). Nothing here knows a story.
 */
export function postDates(mentions: readonly Mention[], sentence: string): Mention[] {
  return mentions.filter(
    (d) =>
      d.type === 'date' &&
      mentions.some(
        (t) =>
          t.type === 'title' &&
          t.end <= d.start &&
          /^\s+(?:in|from|until|through|since|between)\s+$/i.test(sentence.slice(t.end, d.start)) &&
          POST_LEAD.test(sentence.slice(Math.max(0, t.start - 40), t.start)),
      ),
  );
}
