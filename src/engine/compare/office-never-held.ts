/**
 * A person of the story under a title that is not theirs (issue 14), read in
 * any clause, linked to an event or not:
 *
 * - the title of a world-file office (the reader resolved it: "Police Chief",
 *   "the Sheriff of Los Angeles", "County Executive") that the world file has
 *   another holder of on every day compared, surely and alone, while neither
 *   the world file nor the pack has the person holding it at any time: the
 *   office had one holder then, and it was another;
 * - another rank of the post the record has them holding on every day
 *   compared ("Deputy Chief <the chief>"), when the title names no body or
 *   only words of their post. In a clause linked to an event that is
 *   compare-values.ts's; here only for clauses no event links.
 *
 * The title is the one right before the name, or one put before it in
 * apposition with the place it is of ("The Sheriff of Los Angeles, <name>,").
 * "former", "acting", "ex-" and the like say something else: left alone;
 * "then-" is the time told. The days are the linked events' (a clause with a
 * year of its own that is none of theirs is left alone), or, for a clause no
 * event links, those the caller gives (the days it names, or the story's own
 * days when it names none). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { heldOn } from './held-office.ts';
import { postOf, titlePhrase } from './person-post.ts';
import type { RecordPerson } from './story-record.ts';

type Person = Mention & { type: 'person' };
type Title = Mention & { type: 'title' };

/** "The Sheriff of Los Angeles, " / "the mayor of the City of Denver, ": a title's place, then the comma of the apposition. */
const FRONT_APPOSED =
  /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.'\u2019-]*\s*,\s*$/u;

/** Heads written loosely for anyone who leads a body (role-head.ts). */
const LOOSE = new Set([
  'chief',
  'czar',
  'commissioner',
  'director',
  'head',
  'leader',
  'administrator',
]);

/** "<name>, the " / "<name>, " before a title in apposition. */
const APPOSED_AFTER = /^\s*,\s*(?:the\s+|a\s+|an\s+)?$/i;

const words = (text: string) =>
  foldText(text)
    .replace(/['\u2019]s\b/g, ' ')
    .replace(/\./g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** The title the reader gave the person: right before the name, or fronted with its place in apposition. */
export function titleOf(ctx: CompareContext, m: Person): { title: Title; phrase: string } | null {
  const own = m.value.title;
  if (!own) return null;
  // The reader's title for the person, perhaps with its place before it ("Monroe County Executive").
  const titles = ctx.mentions.filter(
    (t): t is Title =>
      t.type === 'title' && (t.value.title === own || t.value.title.endsWith(` ${own}`)),
  );
  const before = titles.filter((t) => t.end <= m.start);
  const near = before.find((t) => m.start - t.end <= 2);
  if (near) return { title: near, phrase: titlePhrase(ctx.sentence, near) };
  const fronted = before.find((t) => FRONT_APPOSED.test(ctx.sentence.slice(t.end, m.start)));
  if (fronted)
    return {
      title: fronted,
      phrase: `${titlePhrase(ctx.sentence, fronted)}${ctx.sentence.slice(fronted.end, m.start).replace(/\s*,\s*$/, '')}`,
    };
  // "<name>, the Monroe County executive," — the title in apposition after the name, closed by a comma or the sentence's end.
  const after = titles.find(
    (t) =>
      t.start >= m.end &&
      APPOSED_AFTER.test(ctx.sentence.slice(m.end, t.start)) &&
      /^\s*(?:[,;.)]|$)/.test(ctx.sentence.slice(t.end)),
  );
  return after ? { title: after, phrase: after.text } : null;
}

/** The one person of the story the name is, with their canonical id. */
function storyPerson(ctx: CompareContext, m: Person): RecordPerson | undefined {
  const ids = [...new Set(canonsNamed(ctx, m.value.name, ['person']))];
  return ids.length === 1 ? ctx.record.people.get(ids[0]!) : undefined;
}

/** Full days only, and none when the clause gives a year none of them is in. */
function usableDays(ctx: CompareContext, days: readonly string[]): string[] {
  const full = [...new Set(days)].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (full.length !== days.length) return [];
  const years = ctx.mentions.flatMap((d) =>
    d.type === 'date' && d.value.year !== undefined ? [d.value.year] : [],
  );
  return years.some((y) => !full.some((d) => Number(d.slice(0, 4)) === y)) ? [] : full;
}

/**
 * The title of a world office another surely held on every day, which the person never held. `on`: the days for a
 * clause no event links; otherwise the linked events' days.
 */
export function officeNeverHeld(
  ctx: CompareContext,
  m: Person,
  on?: readonly string[],
): ValueResult | null {
  const world = ctx.record.world;
  const q = m.value.qualifier;
  if (!world || m.negated || (q && q !== 'then')) return null;
  const given = titleOf(ctx, m);
  const officeId = given?.title.value.id?.startsWith('w:')
    ? given.title.value.id.slice(2)
    : undefined;
  const office = officeId ? world.office(officeId) : undefined;
  if (!given || !office || given.title.value.qualifier) return null;
  const who = storyPerson(ctx, m);
  if (!who) return null;
  const days = usableDays(ctx, on ?? ctx.events.map((e) => e.event.date));
  if (!days.length) return null;
  // Never theirs: no term in the world file, no role of the pack with that office or the office's own title.
  if (world.termsOf(who.name).some((t) => t.office.id === office.id)) return null;
  if (who.roles.some((r) => r.office === office.id)) return null;
  const post = postOf(given.phrase);
  if (!post || post.rank) return null;
  const theirs = [...who.roles.map((r) => r.title), ...(who.role ? [who.role] : [])];
  if (theirs.some((t) => postOf(t)?.head === post.head)) return null;
  // A loose head ("chief", "director") is written for anyone who leads a body: only when the title names the office's
  // body ("Police Chief") with a word none of their posts has.
  const known = new Set([office.title, ...(office.aliases ?? [])].flatMap(words));
  if (LOOSE.has(post.head)) {
    const mine = new Set(theirs.flatMap(words));
    if (
      !post.body.length ||
      !post.body.every((w) => known.has(w)) ||
      post.body.every((w) => mine.has(w))
    )
      return null;
  }
  // Any head: a body named before it that is not the office's ("Locust Club President", "Board President") is another post.
  // No body at all ("President Kevin Leckinger" of a union): which body's post it is, the title alone does not say.
  if (!post.body.length || post.body.some((w) => !known.has(w))) return null;
  // Another person, surely and alone in it, on every day.
  const holders = days.map((d) => {
    const on = world.holdersOn(office.id, d);
    return on.length === 1 && on[0]!.status === 'in' ? on[0]! : undefined;
  });
  if (holders.some((h) => !h || `w:${h.person.id}` === who.canon)) return null;
  const holder = holders[0]!.person;
  if (holders.some((h) => h!.person.id !== holder.id)) return null;
  const was = who.roles[0]?.title ?? who.role;
  return result(
    'conflict',
    'role',
    m.text,
    `${holder.name} (${office.title})`,
    `The record has ${holder.name} as ${office.title} then, not ${who.name}${was ? `; ${who.name} was ${was}` : ''}.`,
  );
}

/**
 * In a clause no event links: another rank of the post the record has the person holding on every day given
 * ("Deputy Chief <the chief>", "Vice President <the president>"), the title naming no body or only their post's.
 */
export function rankNeverHeld(
  ctx: CompareContext,
  m: Person,
  on: readonly string[],
): ValueResult | null {
  const q = m.value.qualifier;
  if (m.negated || (q && q !== 'then')) return null;
  const given = titleOf(ctx, m);
  const post = given ? postOf(given.phrase) : null;
  if (!given || !post || !post.rank || given.title.value.qualifier) return null;
  const who = storyPerson(ctx, m);
  const days = usableDays(ctx, on);
  if (!who || !days.length) return null;
  const world = ctx.record.world;
  const roleWords = (r: RecordPerson['roles'][number]) => {
    const o = r.office ? world?.office(r.office) : undefined;
    return [...r.titleWords, ...(o ? [o.title, ...(o.aliases ?? [])].flatMap(words) : [])];
  };
  const role = who.roles.find((r) => {
    const own = postOf(r.title);
    return (
      own !== null &&
      own.head === post.head &&
      own.rank === '' &&
      post.body.every((w) => roleWords(r).includes(w)) &&
      days.every((d) => heldOn(ctx, r, who, d) === 'in')
    );
  });
  if (!role) return null;
  return result(
    'conflict',
    'role',
    m.text,
    `${who.name}, ${role.title}`,
    `The record has ${who.name} as ${role.title} then, not ${given.title.text}.`,
  );
}

/**
 * Whether a clause no event links is told at the story's own time: it names no day, year or time of its own, and
 * the page was written no more than a year after the story (or gives no date).
 */
export function ownTimeless(
  mentions: readonly Mention[],
  pageDate: string | undefined,
  storyDays: readonly string[],
): boolean {
  if (
    !storyDays.length ||
    mentions.some(
      (m) =>
        m.type === 'date' ||
        m.type === 'weekday' ||
        m.type === 'relative-time' ||
        m.type === 'duration',
    )
  )
    return false;
  if (pageDate === undefined) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pageDate)) return false;
  const sorted = [...storyDays].sort();
  const day = (d: string) => Date.parse(`${d}T12:00:00Z`) / 86_400_000;
  return (
    day(pageDate) >= day(sorted[0] as string) &&
    day(pageDate) - day(sorted[sorted.length - 1] as string) <= 366
  );
}
