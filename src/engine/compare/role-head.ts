/**
 * A person of the story under the title of a head of a body ("Chief",
 * "Sheriff", "Mayor" …) that none of their posts has (issue 14), also when a
 * plural title is given to a list of names ("police chiefs Roe, Doe and
 * Poe"): the record says what they were at the events they took part in.
 *
 * Only in a clause linked to an event the person takes part in, and only for
 * someone the record gives a post (its `roles`, the free-text `role`, or the
 * world file's offices at any time, with all their names: "ICE chief" is the
 * ICE director's). "Mayor", "Sheriff", "Governor" must be the head of one of
 * their posts; "chief", "czar", "commissioner" are written loosely for anyone
 * who leads a body ("the revenue chief" for the head of the revenue office),
 * so they are wrong only for someone whose posts lead none (a captain, a
 * spokesman). When the page's title names a body their posts do not
 * ("Police Chief <the sheriff's captain>"), it may be a post outside the
 * record: unconfirmed. Any qualifier before the title leaves it alone.
 * The title may also be given in a predicate of the time told ("X, who was
 * <place>'s city manager at the time,"); "city manager" and "county
 * executive" are one-holder posts like "mayor" ("manager" alone is loose).
 * Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { TITLES } from '../person-names.ts';
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { heldOn } from './held-office.ts';
import { titleOf } from './office-never-held.ts';
import { postOf, titlePhrase, type Post } from './person-post.ts';
import type { RecordPerson } from './story-record.ts';

type Person = Mention & { type: 'person' };

/** Titles of one post each: the page's must be a head of one of the person's posts. */
const STRICT = new Set(['mayor', 'sheriff', 'governor']);
/** Titles of one post of a city or county when a word says so ("city manager", "county executive"); "manager" alone is loose. */
const CIVIC = new Set(['manager', 'executive']);
const CIVIC_BODY = new Set(['city', 'county']);
const civic = (p: Post) => CIVIC.has(p.head) && p.body.some((w) => CIVIC_BODY.has(w));
/** Titles written loosely for anyone who leads a body ("FBI chief", "border czar"): wrong only for someone who leads none. */
export const LOOSE = new Set(['chief', 'czar', 'commissioner']);
/** Words of a post that leads a body. */
const LEADING = new Set([
  'chief',
  'head',
  'director',
  'commissioner',
  'secretary',
  'czar',
  'administrator',
  'mayor',
  'governor',
  'president',
  'sheriff',
  'leader',
  'superintendent',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'manager',
  'commander',
]);

/** A qualifier (or up to three capitalised words after one) right before the title. */
export const QUALIFIED =
  /\b(?:former|ex|then|onetime|one-time|acting|interim|past|future|later|deputy|assistant|vice)[\s-]+(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}$/iu;

/** A plural title before a list of names ending at the person: "police chiefs Roe, Doe and " → "police chief". */
const GROUP =
  /(?:^|[^\p{L}])((?:\p{L}+\s+)?(?:[Cc]hiefs|[Mm]ayors|[Ss]heriffs|[Gg]overnors|[Cc]ommissioners))\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,2}\p{Lu}[\p{L}.'\u2019-]*(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))*$/u;

const words = (text: string) =>
  foldText(text)
    .replace(/['\u2019]s\b/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * A post given in a predicate of the time told, with the place it is of: "X, who was Tucson's city manager at the
 * time," / "X was Denver's mayor then". Not "is" (a later post), nor "was later", nor a post dated on ("from 2022").
 */
const PREDICATE =
  /^(?:\s*,\s*who)?\s+was\s+(?:then\s+|at\s+the\s+time\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['\u2019]s\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s*(?:[,.;:]|$|\s(?:at\s+the\s+time|then|when)\b))/u;

/** Between a name and a title in apposition after it: a comma, an article, up to three capitalised words ("the Denver"). */
const APPOSED_BEFORE = /^\s*,\s*(?:the\s+|an?\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;
/** Between a name and its title as the predicate: "was", perhaps "then" or "at the time", an article, capitalised words. */
const WAS_BEFORE =
  /^\s+was\s+(?:then\s+|at\s+the\s+time\s+)?(?:the\s+|an?\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;
/** After a predicate's title: the time told ("at the time", "then"). */
const AT_THE_TIME = /^\s+(?:at\s+the\s+time|then|back\s+then|in\s+those\s+days)\b/i;
/** After the title: the apposition closes (a comma, the clause's end), so the title is the person's, not an owner's ("the chief's spokesman"). */
const APPOSED_CLOSED = /^\s*(?:[,;:.)\u2014\u2013]|$)/u;

/**
 * The title the page gives the person: the one right before them, one in apposition right after ("X, the Denver
 * police chief, said"), a plural one over a list they end, or one in a predicate.
 */
export function pageTitle(ctx: CompareContext, m: Person): { text: string; at: number } | null {
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && t.end <= m.start && m.start - t.end <= 2,
  );
  if (m.value.title && title) return { text: titlePhrase(ctx.sentence, title), at: title.start };
  const apposed = ctx.mentions.find(
    (t) =>
      t.type === 'title' &&
      !t.negated &&
      t.start >= m.end &&
      APPOSED_BEFORE.test(ctx.sentence.slice(m.end, t.start)) &&
      APPOSED_CLOSED.test(ctx.sentence.slice(t.end)),
  );
  if (apposed) return { text: titlePhrase(ctx.sentence, apposed), at: apposed.start };
  // "X was the chief of the Denver Police Department": the title as the predicate, closing the clause or put at the time told.
  const predicate = m.value.title
    ? undefined
    : ctx.mentions.find(
        (t) =>
          t.type === 'title' &&
          !t.negated &&
          t.start >= m.end &&
          WAS_BEFORE.test(ctx.sentence.slice(m.end, t.start)) &&
          (APPOSED_CLOSED.test(ctx.sentence.slice(t.end)) ||
            AT_THE_TIME.test(ctx.sentence.slice(t.end))),
      );
  if (predicate) return { text: titlePhrase(ctx.sentence, predicate), at: predicate.start };
  // "<County> Sheriff <name>": a place's title the reader took for an agency, ending in the head right before the name.
  const titled = m.value.title
    ? ctx.mentions.find(
        (a) =>
          a.type === 'agency' &&
          a.end <= m.start &&
          /^\s+$/.test(ctx.sentence.slice(a.end, m.start)),
      )
    : undefined;
  if (
    titled &&
    STRICT.has(postOf(titled.text)?.head ?? '') &&
    words(titled.text).pop() === postOf(titled.text)?.head
  )
    return { text: titled.text, at: titled.start };
  // "The Sheriff of Los Angeles, <name>,": fronted in apposition with its place (office-never-held.ts).
  const fronted = titleOf(ctx, m);
  if (fronted && fronted.title.end < m.start - 2)
    return { text: fronted.phrase, at: fronted.title.start };
  const said = m.value.title ? null : PREDICATE.exec(ctx.sentence.slice(m.end, m.end + 120));
  if (said)
    return { text: said[1] as string, at: m.end + said.index + said[0].indexOf(said[1] as string) };
  const from = Math.max(0, m.start - 160);
  const group = GROUP.exec(ctx.sentence.slice(from, m.start));
  if (!group) return null;
  const plural = group[1] as string;
  const text = plural
    .replace(/s$/, '')
    .replace(/^(?:the|these|those|both|all|two|three|four|five|several)\s+/i, '');
  return { text, at: from + group.index + group[0].indexOf(plural) };
}

/** The posts the record and the world file give the person (their titles), with the words that name their bodies. */
export function postsOf(
  ctx: CompareContext,
  who: RecordPerson,
): { titles: string[]; body: string[] } {
  const free = (who.role ?? '').split(/[,;()]|\band\b/).filter((part) => {
    const p = postOf(part);
    return p !== null && (p.head === 'spokes' || p.head in TITLES);
  });
  const names = (ctx.record.world?.termsOf(who.name) ?? []).flatMap((t) => [
    t.office.title,
    ...(t.office.aliases ?? []),
  ]);
  const titles = [...free, ...who.roles.map((r) => r.title), ...names];
  const body = [
    ...words(who.role ?? ''),
    ...titles.flatMap(words),
    ...who.agencies.flatMap((a) => words(ctx.record.nameOf(a))),
  ];
  return { titles, body };
}

/**
 * The one-holder office of a world file (a police chief's, a mayor's, a sheriff's, a governor's) the person surely
 * held on every linked event's day: someone in such a post holds no other body's "Mayor", "Sheriff" or "Governor"
 * then, whatever body the page's title names.
 */
function soleOffice(
  ctx: CompareContext,
  who: RecordPerson,
): RecordPerson['roles'][number] | undefined {
  if (ctx.linkedByPlace) return undefined;
  const days = [
    ...new Set(
      ctx.events
        .filter((e) => e.participants.some((p) => p.canon === who.canon))
        .map((e) => e.event.date),
    ),
  ];
  if (!days.length || !days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) return undefined;
  return who.roles.find((r) => {
    const office = r.office ? ctx.record.world?.office(r.office) : undefined;
    const head = office ? postOf(office.title)?.head : undefined;
    return (
      office !== undefined &&
      (STRICT.has(head ?? '') || head === 'chief') &&
      days.every((d) => heldOn(ctx, r, who, d) === 'in')
    );
  });
}

export function compareRoleHead(ctx: CompareContext, m: Person): ValueResult | null {
  if (m.value.qualifier && m.value.qualifier !== 'then') return null;
  const title = pageTitle(ctx, m);
  const page = title ? postOf(title.text) : null;
  if (
    !title ||
    !page ||
    !(STRICT.has(page.head) || LOOSE.has(page.head) || civic(page)) ||
    page.rank ||
    QUALIFIED.test(ctx.sentence.slice(Math.max(0, title.at - 100), title.at))
  )
    return null;
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p): p is RecordPerson => p !== undefined);
  if (!who || !ctx.events.some((e) => e.participants.some((p) => p.canon === who.canon)))
    return null;
  const { titles, body } = postsOf(ctx, who);
  if (!titles.length || titles.some((t) => postOf(t)?.head === page.head)) return null;
  if (LOOSE.has(page.head) && titles.some((t) => words(t).some((w) => LEADING.has(w)))) return null;
  const sole = STRICT.has(page.head) ? soleOffice(ctx, who) : undefined;
  const theirs = sole?.title ?? who.roles[0]?.title ?? who.role ?? (titles[0] as string);
  const fits =
    !!sole || page.body.every((w) => body.includes(w) || (civic(page) && CIVIC_BODY.has(w)));
  return result(
    fits ? 'conflict' : 'unconfirmed',
    'role',
    m.text,
    `${who.name}, ${theirs}`,
    fits
      ? `The record has ${who.name} as ${theirs}${sole ? ' then' : ''}, not ${title.text}.`
      : `The record has ${who.name} as ${theirs}; it does not confirm the title ${title.text}.`,
  );
}
