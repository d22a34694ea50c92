/**
 * A title with the opposite qualifier of the post a person held (issue 14):
 * "Majority Leader" for the minority leader, and the reverse. The page's title
 * names a post by its head ("leader") and body words; when one body word is
 * one of an exclusive pair, the person of the story is compared with the
 * posts the record and the world file give them:
 *
 * - a post with the page's word held at any time (a courtesy, or a post the
 *   record cannot date) says nothing;
 * - a post of the same head with the other word, held on every day the clause
 *   can be about, makes the title wrong.
 *
 * "former" and "acting" titles are not judged here. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { heldOn } from './held-office.ts';
import { postOf, titlePhrase } from './person-post.ts';
import type { RecordPerson } from './story-record.ts';

type Person = Mention & { type: 'person' };

/** Words that name one of two posts that exclude each other. */
const OPPOSITE: Readonly<Record<string, string>> = { majority: 'minority', minority: 'majority' };

/** "former", "ex-", "then-", "onetime", "acting" and up to three capitalised words before a title. */
const PAST_BEFORE =
  /\b(?:former|ex|then|onetime|one-time|acting|interim|past)[\s-]+(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}$/iu;

const words = (text: string) =>
  foldText(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** Between a name and a title apposed to it: ", the" ("X, the Senate majority leader,"). */
const APPOSED = /^\s*,\s*(?:the\s+)?$/i;

/**
 * A relative clause after the name that says whom the person leads: ", who leads the Republican majority in the state
 * Senate"; only party or chamber words before the word ("leads the fight against the majority" leads no majority).
 */
const LEADS =
  /^\s*,\s*who\s+(?:(?:now|currently|also|still)\s+)?((?:leads|heads)\s+(?:the\s+|its\s+|their\s+)?(?:(?:republican|democratic|gop|senate|senate['\u2019]s|state|assembly|house|chamber['\u2019]s|council['\u2019]s)\s+){0,3}(majority|minority)\b(?:\s+(?:caucus|conference|party|bloc))?(?:\s+(?:in|of)\s+(?:the\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?[\p{L}'\u2019-]+)?)(?=\s*[,;.)\u2014]|\s+and\b)/iu;

/** The title the page gives before or apposed after the name, or the majority or minority a relative clause says the person leads. */
function pageTitle(
  ctx: CompareContext,
  m: Person,
): { start: number; text: string; post: ReturnType<typeof postOf> } | null {
  // "Majority Leader X", or apposed after the name: "X, the Senate majority leader,".
  const title = m.value.title
    ? ctx.mentions.find(
        (t) =>
          t.type === 'title' &&
          ((t.end <= m.start && m.start - t.end <= 2) ||
            (t.start >= m.end && APPOSED.test(ctx.sentence.slice(m.end, t.start)))),
      )
    : undefined;
  if (title)
    return { start: title.start, text: title.text, post: postOf(titlePhrase(ctx.sentence, title)) };
  const leads = LEADS.exec(ctx.sentence.slice(m.end));
  if (!leads) return null;
  const text = leads[1] as string;
  return {
    start: m.end + leads[0].length - text.length,
    text: `“${text}”`,
    post: { head: 'leader', rank: '', body: [(leads[2] as string).toLowerCase()] },
  };
}

export function compareOppositePost(ctx: CompareContext, m: Person): ValueResult | null {
  const q = m.value.qualifier;
  if (q && q !== 'then') return null;
  const title = pageTitle(ctx, m);
  const page = title?.post;
  const word = page?.body.find((w) => w in OPPOSITE);
  // A qualifier the reading left off the title ("former Council Majority Leader") still puts the post at another time.
  if (
    !title ||
    !page ||
    !word ||
    PAST_BEFORE.test(ctx.sentence.slice(Math.max(0, title.start - 100), title.start))
  )
    return null;
  const other = OPPOSITE[word] as string;
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p): p is RecordPerson => p !== undefined);
  if (!who) return null;
  const days = ctx.events.length
    ? ctx.events.map((e) => e.event.date)
    : ctx.record.events
        .filter((e) => e.participants.some((p) => p.canon === who.canon))
        .map((e) => e.event.date);
  if (!days.length) return null;
  const world = ctx.record.world;
  const terms = world?.termsOf(who.name) ?? [];
  const officeWords = (t: (typeof terms)[number]) =>
    [t.office.title, ...(t.office.aliases ?? [])].flatMap(words);
  const sameHead = (title: string) => postOf(title)?.head === page.head;
  // Held a post with the page's word at some time: nothing to say.
  if (
    who.roles.some((r) => r.titleWords.includes(word)) ||
    terms.some((t) => officeWords(t).includes(word))
  )
    return null;
  const fromWorld = terms.find(
    (t) =>
      officeWords(t).includes(other) &&
      [t.office.title, ...(t.office.aliases ?? [])].some(sameHead) &&
      days.every((d) =>
        world!
          .holdersOn(t.office.id, d)
          .some((h) => h.person.id === t.person.id && h.status === 'in'),
      ),
  );
  const fromRecord = who.roles.find(
    (r) =>
      r.titleWords.includes(other) &&
      sameHead(r.title) &&
      days.every((d) => heldOn(ctx, r, who, d) === 'in'),
  );
  const held = fromWorld ? fromWorld.office.title : fromRecord?.title;
  if (!held) return null;
  return result(
    'conflict',
    'role',
    m.text,
    `${who.name}, ${held}`,
    `The record has ${who.name} as ${held} then, not ${title.text}.`,
  );
}
