/**
 * A person of the story under the title of another post than any the record gives them (issue 14; the posts a
 * drafted pack holds, issue 17): "Police Chief <the fire chief>", "Battalion Chief <the fire chief>", "head coach
 * <the assistant coach>", "<the company's spokeswoman>, its president", "<the economic development director>,
 * the city's mayor,". role-head.ts judges a head's title in a clause linked to the person's events; this judges
 * the titles it leaves, in a clause that names one of the person's events by its own words (the author put them
 * there in their post), or one where they speak, on the page's day while the record surely has them in the story.
 *
 * Conservative on purpose: both the page's title and every post of theirs must be a specific post (a head of a
 * body, a trade's post), not a loose word ("official", "leader", "member") nor a rank ("captain"); posts one person
 * often holds together ("president and CEO", "chief" or "director" of one body) agree; a body word the record
 * cannot place is left alone; a title with a qualifier or a rank, beside a year or a career's words, or on a page
 * dated before their posts began may be of another time. A title outside the days the record knows is
 * unconfirmed, never wrong. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { foldText } from '../normalize.ts';
import { findTerm } from '../terms.ts';
import { attested, heldOn } from './held-office.ts';
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

/** Words that tell of a career: the title beside them may be of before or after the record's post. */
const CAREER =
  /\b(?:before|until|prior\s+to|elected|re-?elected|became|become|becomes|run\s+for|ran\s+for|running\s+for|named|appointed|sworn\s+in|promoted|nominated|candidate|retired|resigned|stepped\s+down|went\s+on\s+to|later|earlier|once|previously|formerly|used\s+to)\b/i;

/** Right after the name (and an aside): a verb of speech of theirs. */
const SPEAKING =
  /^(?:\s*,[^,]{1,60},)?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|explained|announced|warned|noted|promised|promises|stressed|insisted|spoke|made\s+(?:it|that|the)\b)/i;
/** Right before the title: "said" ("…, said Fire Chief X"). */
const SAID_BEFORE = /\b(?:said|says|added|explained)\s+$/i;

/** Heads one person often holds together, or that are written for one another: titles of one group agree. */
const GROUPS: readonly ReadonlySet<string>[] = [
  new Set(['president', 'ceo', 'chair', 'chairman', 'chairwoman', 'chairperson']),
  new Set(['chief', 'director', 'commissioner', 'administrator', 'superintendent', 'manager']),
];
const grouped = (a: string, b: string) => a === b || GROUPS.some((g) => g.has(a) && g.has(b));

/** Words that make a post a lower one within its body ("battalion chief", "assistant coach"). */
const SUB_RANK = new Set(['assistant', 'associate', 'deputy', 'vice', 'battalion']);

/** Ranks that are posts of their own in a body ("battalion chief" commands a battalion, not the department). */
const OWN_UNIT = new Set(['battalion', 'assistant']);

/**
 * Services no one body gives two of: a post of one is no post of another ("police chief" is not "fire chief"). Only
 * these: a drafted title may have lost words ("Recreation director" for the parks and recreation director).
 */
const SERVICES = new Set(['police', 'fire', 'sheriff', 'school', 'schools']);

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
  // (A rank of the same office left out, "Fire Marshal" for a deputy fire marshal, is a shortening, not another post.)
  const sub = ownWords.some((w) => OWN_UNIT.has(w) && !pageWords.includes(w));
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
  // Any qualifier ("then-", "former", "acting") puts the post at another time than the record's.
  if (m.negated || m.value.qualifier) return null;
  // A career told ("was elected mayor in 2021", "before he was mayor", "became chief"): the title may be of before.
  if (
    CAREER.test(ctx.sentence) ||
    ctx.mentions.some((d) => d.type === 'date' && d.value.year !== undefined)
  )
    return null;
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
  if (own.some((o) => agrees(page, pageWords, o.post, body))) return null;
  // "chief" is written loosely for anyone who leads a body (role-head.ts): only a service or a rank can make it wrong.
  if (LOOSE.has(page.head) && !page.body.length && !pageWords.some((w) => SUB_RANK.has(w)))
    return null;
  // A rank the page gives ("Deputy Chief X"), or a qualifier before the title: person-post.ts's and role-head.ts's.
  if (page.rank || QUALIFIED.test(ctx.sentence.slice(Math.max(0, title.at - 100), title.at)))
    return null;
  // A page written before any post the record gives them began names them by a post of its own day.
  const pageDay = ctx.pageDate?.slice(0, 10);
  if (
    pageDay &&
    who.roles.length &&
    who.roles.every((r) => r.from !== undefined && pageDay < r.from)
  )
    return null;
  // The days the title is of: the linked events they take part in whose own words the clause gives (a clause linked by
  // a place alone, or by their name alone, is linked to none of their events); else the page's day.
  const folded = foldText(ctx.sentence);
  const days = ctx.linkedByPlace
    ? []
    : ctx.events
        .filter(
          (e) =>
            e.participants.some((p) => p.canon === who.canon) &&
            e.words.some((w) => findTerm(folded, w) !== -1),
        )
        .map((e) => e.event.date);
  // In a clause no event of theirs links, only the title of someone speaking ("X said …"): a title in any other clause
  // may be of another time of their life ("Sheriff X grew up on the east side").
  if (
    !days.length &&
    !SPEAKING.test(ctx.sentence.slice(m.end, m.end + 60)) &&
    !SAID_BEFORE.test(ctx.sentence.slice(0, title.at))
  )
    return null;
  // At a linked event of theirs the author put them there in their post; on the page's day, a post they surely held
  // then, or any post of theirs on a page written while the record puts them in the story (undated posts included:
  // the report that names them so is of those days).
  const through = attested(ctx, who)?.through;
  const sure = days.length
    ? true
    : !!pageDay &&
      (who.roles.some((r) => heldOn(ctx, r, who, pageDay) === 'in') ||
        (through !== undefined &&
          pageDay <= through &&
          who.roles.every((r) => !r.from || r.from <= pageDay)));
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
