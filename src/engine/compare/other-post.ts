/**
 * A person of the story under the title of another post than any the record gives them (issue 14; the posts a
 * drafted pack holds, issue 17): "Police Chief <the fire chief>", "Battalion Chief <the fire chief>", "head coach
 * <the assistant coach>", "<the company's spokeswoman>, its president", "<the economic development director>,
 * the city's mayor,". role-head.ts judges a head's title in a clause linked to the person's events; this judges
 * the titles it leaves, in any clause, on the days the title is of: the linked events the person takes part in,
 * else the page's own day while the record surely has them in their post (held-office.ts).
 *
 * Conservative on purpose: both the page's title and every post of theirs must be a specific post (a head of a
 * body, an officer's rank, a trade's post), not a loose word ("official", "leader", "member"); posts one person
 * often holds together ("president and CEO", "chief" or "director" of one body) agree; a body word the record
 * cannot place is left alone. A title outside the days the record knows is unconfirmed, never wrong.
 * Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { heldOn } from './held-office.ts';
import { postOf, type Post } from './person-post.ts';
import { LOOSE, pageTitle, postsOf, QUALIFIED } from './role-head.ts';
import type { RecordPerson } from './story-record.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';

type Person = Mention & { type: 'person' };

/** Heads of specific posts: a title with one of these says what the person is. */
const POST_HEADS = new Set([
  'mayor',
  'sheriff',
  'governor',
  'senator',
  'representative',
  'councilmember',
  'judge',
  'chief',
  'commissioner',
  'president',
  'ceo',
  'spokes',
  'captain',
  'lieutenant',
  'sergeant',
  'manager',
  'director',
  'superintendent',
  'principal',
  'coach',
  'master',
  'marshal',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'treasurer',
  'administrator',
  'supervisor',
  'epidemiologist',
  'meteorologist',
  'inspector',
]);

/** Heads one person often holds together, or that are written for one another: titles of one group agree. */
const GROUPS: readonly ReadonlySet<string>[] = [
  new Set(['president', 'ceo', 'chair', 'chairman', 'chairwoman', 'chairperson']),
  new Set(['chief', 'director', 'commissioner', 'administrator', 'superintendent', 'manager']),
];
const grouped = (a: string, b: string) => a === b || GROUPS.some((g) => g.has(a) && g.has(b));

/** Words that make a post a lower one within its body ("battalion chief", "assistant coach"). */
const SUB_RANK = new Set([
  'assistant',
  'associate',
  'deputy',
  'vice',
  'battalion',
  'division',
  'district',
  'station',
  'interim',
]);

/** The services a public body gives: a post of one is no post of another ("police chief" is not "fire chief"). */
const SERVICES = new Set([
  'police',
  'fire',
  'school',
  'schools',
  'health',
  'parks',
  'recreation',
  'utilities',
  'water',
  'transit',
  'library',
  'harbor',
  'ferry',
  'emergency',
  'sheriff',
]);

/** Whether a post of theirs (its title and words) may be the page's post. */
function agrees(
  page: Post,
  pageWords: readonly string[],
  own: Post,
  body: readonly string[],
): boolean {
  if (!grouped(page.head, own.head)) return false;
  const ownWords = [own.rank, ...own.body].filter(Boolean);
  // A lower rank the page gives ("Battalion Chief") that their post lacks, or theirs ("assistant coach") that the page
  // leaves out while it says "head coach" or names the body ("Fire Chief" for a battalion chief).
  if (pageWords.some((w) => SUB_RANK.has(w) && !ownWords.includes(w))) return false;
  const sub = ownWords.some((w) => SUB_RANK.has(w) && !pageWords.includes(w));
  if (sub && (pageWords.includes('head') || page.body.some((w) => SERVICES.has(w)))) return false;
  // A service the page names that none of their bodies gives, where theirs is another service.
  const service = page.body.filter((w) => SERVICES.has(w));
  return !(
    service.length &&
    service.some((w) => !body.includes(w)) &&
    body.some((w) => SERVICES.has(w) && !service.includes(w))
  );
}

export function compareOtherPost(ctx: CompareContext, m: Person): ValueResult | null {
  if (m.negated || (m.value.qualifier && m.value.qualifier !== 'then')) return null;
  const title = pageTitle(ctx, m);
  const page = title ? postOf(title.text) : null;
  if (
    !title ||
    !page ||
    !POST_HEADS.has(page.head) ||
    /\b(?:former|ex|onetime|one-time|acting|interim|past|future|later|now|new|next|incoming|outgoing)[\s-]+(?:\p{L}[\p{L}'\u2019.-]*\s+){0,3}$/iu.test(
      ctx.sentence.slice(Math.max(0, title.at - 100), title.at),
    )
  )
    return null;
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p): p is RecordPerson => p !== undefined);
  if (!who) return null;
  const { titles, body } = postsOf(ctx, who);
  const own = titles.flatMap((t) => {
    const p = postOf(t);
    return p ? [{ title: t, post: p }] : [];
  });
  // Every post of theirs must be a specific one: a loose one ("official") may be anything.
  if (!own.length || own.length !== titles.length || own.some((o) => !POST_HEADS.has(o.post.head)))
    return null;
  const pageWords = title.text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  // "chief" is written loosely for anyone who leads a body (role-head.ts): only a service or a rank can make it wrong.
  if (own.some((o) => agrees(page, pageWords, o.post, body))) return null;
  if (LOOSE.has(page.head) && !page.body.length && !pageWords.some((w) => SUB_RANK.has(w)))
    return null;
  if (QUALIFIED.test(ctx.sentence.slice(Math.max(0, title.at - 100), title.at)) && !page.rank)
    return null;
  // The days the title is of: the linked events they take part in, else the page's day while the record surely has them in post.
  const days = ctx.events
    .filter((e) => e.participants.some((p) => p.canon === who.canon))
    .map((e) => e.event.date);
  const sure = days.length
    ? true
    : !!ctx.pageDate &&
      who.roles.some((r) => heldOn(ctx, r, who, ctx.pageDate!.slice(0, 10)) === 'in');
  const theirs = who.roles[0]?.title ?? who.role ?? own[0]!.title;
  return result(
    sure ? 'conflict' : 'unconfirmed',
    'role',
    m.text,
    `${who.name}, ${theirs}`,
    sure
      ? `The record has ${who.name} as ${theirs}, not ${title.text}.`
      : `The record has ${who.name} as ${theirs}; it does not confirm the title ${title.text}.`,
  );
}
