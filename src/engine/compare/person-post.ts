/**
 * The post a page gives a person, against who held it (issue 14): a title
 * names a post by its head ("chief", "mayor", "spokesman", "czar") and,
 * perhaps, a rank ("vice", "deputy", "assistant") and the body it belongs to
 * ("Council", "Denver's police"). Three readings that conflict:
 *
 * - a stranger (a full name no one of the story or world file has, or a
 *   surname the page never gives a first name) under the title of a post
 *   the record has one person of the story holding at the linked events'
 *   dates (a world-file office, decided by its terms), or under the title
 *   the record gives a participant of the linked event ("Denver's police
 *   spokesman, Jane Roe," where the record names its spokesman);
 * - a person of the story under a neighbouring rank of the post they held
 *   then ("Council Vice President X" for the council president);
 * - a person of the story under the title of a one-holder post that another
 *   person of the story held then ("Police Chief <the mayor>").
 *
 * A post someone held only at other times, named on days another held it, is
 * unconfirmed, not wrong: a title once held is often kept as a courtesy.
 * A year the clause gives that is none of the linked days' puts the post at
 * that time (not judged here). "then-" reads as a bare title; "former" and "acting" are compare-values.ts's
 * (but "acting" in a clause no event links is checked here, on its days);
 * a title the record can neither confirm nor exclude is left alone. Nothing
 * here knows a story.
 */
import { TITLES, titleForms, wordsOf } from '../person-names.ts';
import type { Mention } from '../read/types.ts';
import { apposedTitle } from './apposed-title.ts';
import { verbRoles, type ClauseRole } from './clause-roles.ts';
import { compareDoer } from './compare-doer.ts';
import { strangerSurname } from './stranger-surname.ts';
import {
  canonsNamed,
  result,
  worldPersonIds,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { heldOn, isActing } from './held-office.ts';
import { otherChamber } from './legislative-chamber.ts';
import type { HeldRole, IndexedEvent, RecordPerson } from './story-record.ts';
import { listNames, showDate } from './record-values.ts';

type Person = Mention & { type: 'person' };

/** Words that make a post another, lower one of the same body. */
export const RANK_WORDS: ReadonlySet<string> = new Set([
  'vice',
  'deputy',
  'assistant',
  'associate',
  'under',
]);
/** Words of a title that say nothing of the body or the post. */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'of',
  'for',
  'at',
  'and',
  's',
  'former',
  'ex',
  'acting',
  'interim',
  'then',
  'top',
  'chief',
  'head',
]);

const SPOKES = /^spokes(?:man|woman|person)$/;
/** ", president of the union local," : lower-case words of a body after a title in apposition, closed by a comma. */
const LOWER_BODY_AFTER = /^\s+of\s+(?:the\s+)?((?:[a-z]+\s+){0,3}[a-z]+)\s*,/;

export interface Post {
  /** A TITLES key ("chief", "president"), "spokes" for any spokesman, else the title's last word ("czar"). */
  head: string;
  /** "vice", "deputy" …, or "". */
  rank: string;
  /** The other words (the body): "council", "police", "denver". */
  body: string[];
}

/** Each TITLES key with its written forms as word lists, longest first. */
const FORMS = Object.keys(TITLES)
  .flatMap((t) => titleForms(t).map((f) => ({ head: t, words: wordsOf(f) })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * Posts already read, by the exact title: the same few titles (every role of the record's people, the page's
 * titles) are asked for by dozens of checks per sentence. Bounded, so a long session of pages cannot grow it
 * without end.
 */
const POSTS = new Map<string, Post | null>();

/** A name's or title's words in lower case, without possessives, dots or other marks ("Denver's Police" → denver, police). */
export const nameWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, ' ')
    .replace(/\./g, '')
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** The post a title names; null for no title. A fresh copy each call: callers may keep or change it. */
export function postOf(title: string): Post | null {
  const post = sharedPost(title);
  return post && { head: post.head, rank: post.rank, body: [...post.body] };
}

/** The remembered post itself, for readers that only look. */
function sharedPost(title: string): Readonly<Post> | null {
  let post = POSTS.get(title);
  if (post === undefined) {
    if (POSTS.size >= 4096) POSTS.clear();
    post = readPost(title);
    POSTS.set(title, post);
  }
  return post;
}

function readPost(title: string): Post | null {
  // A possessive word names whose post it is ("the sheriff's spokesman", "Denver's chief"), never the post.
  const tokens = title
    .split(/[\s-]+/)
    .flatMap((t) => wordsOf(t).map((w) => ({ w, owner: /['\u2019]s\W*$/.test(t) })));
  const words = tokens.map((t) => t.w);
  if (!words.length) return null;
  let head = '';
  let at = -1;
  for (let i = words.length - 1; i >= 0 && !head; i--) {
    if (tokens[i]!.owner) continue;
    if (SPOKES.test(words[i] as string)) [head, at] = ['spokes', i];
    for (const f of FORMS) {
      if (head) break;
      if (f.words.every((w, k) => words[i + k] === w)) [head, at] = [f.head, i];
    }
  }
  if (!head) [head, at] = [words[words.length - 1] as string, words.length - 1];
  const rest = words.filter((_, i) => i !== at);
  const rank = rest.find((w) => RANK_WORDS.has(w)) ?? '';
  return {
    head,
    rank,
    body: rest.filter((w) => !RANK_WORDS.has(w) && !FILLER.has(w) && w !== head),
  };
}

/** Whether two titles name the same rank of a post ("deputy mayor" is not "mayor"; "police chief" is "chief"). */
export function sameRank(a: string, b: string): boolean {
  return (sharedPost(a)?.rank ?? '') === (sharedPost(b)?.rank ?? '');
}

/** The words around a title that name its body: up to three capitalised words just before it ("Council Vice President", "Denver's police spokesman"). */
export function titlePhrase(sentence: string, title: Mention): string {
  const before = /((?:\p{Lu}[\p{L}.]*(?:['\u2019]s)?\s+){1,3})$/u.exec(
    sentence.slice(Math.max(0, title.start - 60), title.start),
  );
  return `${before ? before[1] : ''}${title.text}`;
}

/** Whether the page's name is surely no one the story or the world file knows. */
export function stranger(ctx: CompareContext, m: Person): boolean {
  if (canonsNamed(ctx, m.value.name, ['person']).length) return false;
  if (!/^\p{Lu}/u.test(m.value.name)) return false;
  return (
    /^\p{Lu}\S*\s+(?:\p{Lu}\.?\s+)?\p{Lu}/u.test(m.value.name) || strangerSurname(ctx, m.value.name)
  );
}

/** The post a record person's role names, and the words it may be written with. */
function rolePosts(
  who: RecordPerson,
): { role: HeldRole | undefined; post: Post; words: string[] }[] {
  const held = who.roles.flatMap((r) => {
    const post = postOf(r.title);
    return post ? [{ role: r, post, words: r.titleWords }] : [];
  });
  // The free-text role ("Captain and spokesman, Los Angeles County Sheriff's Department") may name more posts.
  const free = (who.role ?? '').split(/[,;()]|\band\b/).flatMap((part) => {
    const post = postOf(part);
    return post && (post.head === 'spokes' || post.head in TITLES)
      ? [{ role: undefined, post, words: wordsOf(who.role ?? '') }]
      : [];
  });
  return [...held, ...free];
}

/** Whether the page's body words are all words the record's role uses (or it names none); a post of the United States is a federal one. */
const bodyFits = (page: Post, words: readonly string[]) =>
  page.body.every(
    (w) =>
      words.includes(w) || (w === 'federal' && words.some((x) => x === 'us' || x === 'united')),
  );

const dates = (events: readonly IndexedEvent[]) => [...new Set(events.map((e) => e.event.date))];

/**
 * The people of the story who held a one-holder post (a world-file office) with
 * the page's head, rank and body on every date given; a role without a world
 * office is not one-holder (many are councilmembers).
 */
function officeHolders(
  ctx: CompareContext,
  page: Post,
  on: readonly string[],
  named?: Person,
): { who: RecordPerson; role: HeldRole }[] {
  if (!on.length) return [];
  const out: { who: RecordPerson; role: HeldRole }[] = [];
  for (const who of ctx.record.people.values()) {
    for (const { role, post, words } of rolePosts(who)) {
      if (!role?.office || post.head !== page.head || post.rank !== page.rank) continue;
      // A bare title ("Chief", "Mayor") names the office only when the world file lists it as a name of it ("President" is not the council president's).
      if (
        page.body.length
          ? !bodyFits(page, [...words, ...officeWords(ctx, role.office)])
          : !(
              bareName(ctx, role.office, page) ||
              (named !== undefined && soleStoryPost(ctx, role.office, page, named))
            ) || elsewhere(ctx, role.office)
      )
        continue;
      if (on.every((d) => heldOn(ctx, role, who, d, true) === 'in')) out.push({ who, role });
    }
  }
  return out.filter((h, i) => out.findIndex((o) => o.who === h.who) === i);
}

/**
 * Whether the clause names a place outside the office's jurisdiction ("Mayor Byron Brown of Buffalo"): a bare title
 * there is that place's post.
 */
function elsewhere(ctx: CompareContext, office: string): boolean {
  const jurisdiction = ctx.record.world?.office(office)?.jurisdiction;
  if (!jurisdiction) return false;
  const home = `w:${jurisdiction}`;
  return ctx.mentions.some(
    (m) =>
      (m.type === 'place' || m.type === 'state') &&
      !m.negated &&
      canonsNamed(ctx, m.value.name, ['place', 'state']).every(
        (c) =>
          c !== home && !ctx.record.ancestors(home).has(c) && !ctx.record.ancestors(c).has(home),
      ),
  );
}

/**
 * Whether a bare title ("Sheriff", "Chief") names a post of the story's own record (an office the world file does not
 * know, as a drafted pack gives), for a stranger the page has speaking under it: "Sheriff Jane Roe said …". Only when
 * one person of the story holds a post with that head and rank at all, so the bare title can be no other of the
 * story's posts; the title stands right before the name with nothing of another time or body around it ("the late",
 * "former", "of Duluth", "…, who runs a neighbouring district,", "Chief Deputy", a year, "predecessor"); and a speech
 * verb follows the name. Anything else may be another town's or another time's holder: left alone.
 */
function soleStoryPost(ctx: CompareContext, office: string, page: Post, named: Person): boolean {
  if (ctx.record.world?.office(office)) return false;
  let holders = 0;
  for (const who of ctx.record.people.values())
    if (rolePosts(who).some(({ post }) => post.head === page.head && post.rank === page.rank))
      holders++;
  if (holders !== 1) return false;
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && t.end <= named.start && named.start - t.end <= 2,
  );
  if (!title || postOf(title.text)?.body.length) return false;
  // The name itself opens on no rank ("Chief Deputy Tom Ruud", "Chief Petty Officer Ben Alley").
  const first = named.value.name.split(/\s+/)[0]!.toLowerCase();
  if (RANK_OPENING.test(first) || RANK_WORDS.has(first)) return false;
  const after = ctx.sentence.slice(named.end, named.end + 60);
  return (
    !OTHER_TIME_OR_BODY.test(ctx.sentence) &&
    SPEAKS_NEXT.test(after) &&
    !ctx.mentions.some((m) => m.type === 'date' && m.value.year !== undefined)
  );
}

/**
 * Words of a rank that may follow "Chief" and open what reads as a name ("Chief Petty Officer …"), besides the
 * RANK_WORDS of a lower post ("Chief Deputy …").
 */
const RANK_OPENING =
  /^(?:petty|warrant|master|staff|first|chief|senior|lieutenant|sergeant|officer|captain|major|colonel|general|commander|corporal|private|specialist|inspector|detective|trooper|agent|executive|operating|financial|justice|judge|engineer)$/;
/** Words that put a title at another time or in another body than the story's. */
const OTHER_TIME_OR_BODY =
  /\b(?:late|former|ex|then|once|retired|predecessor|successor|onetime|one-time|previous|neighbou?ring|nearby|next|visiting|other|another|across|years|decades|ago)\b/i;
/** Right after the name: a speech verb, perhaps after "also", "later" or a day ("said", "told reporters", "says"). */
const SPEAKS_NEXT =
  /^\s+(?:(?:also|later|then|on\s+\w+)\s+)?(?:said|says|told|tells|added|explained|confirmed|announced|warned|stated)\b/i;

/** Whether the world file names the office by the bare title alone (an alias with no body words). */
function bareName(ctx: CompareContext, office: string, page: Post): boolean {
  const o = ctx.record.world?.office(office);
  return (
    !!o &&
    [o.title, ...(o.aliases ?? [])].some((n) => {
      const post = postOf(n);
      return (
        post !== null && post.head === page.head && post.rank === page.rank && !post.body.length
      );
    })
  );
}

/** The words of a world office's title and aliases ("chief of the rochester police department"). */
function officeWords(ctx: CompareContext, office: string): string[] {
  const o = ctx.record.world?.office(office);
  return o ? [o.title, ...(o.aliases ?? [])].flatMap(wordsOf) : [];
}

/**
 * Compares the post the page gives a titled person; null unless it conflicts
 * with the record. `events` are the linked events (none for a clause no event
 * links: then only the dates the clause gives, or the person's own events).
 */
export function comparePost(
  ctx: CompareContext,
  m: Person,
  on?: readonly string[],
): ValueResult | null {
  const copula = copulaTitle(ctx, m);
  const title =
    ctx.mentions.find((t) => t.type === 'title' && t.end <= m.start && m.start - t.end <= 2) ??
    ctx.mentions.find((t) => t.type === 'title' && t.start >= m.end && t.start - m.end <= 8) ??
    copula;
  // "then-" puts the post at the time told, as a bare title does; "former" and "acting" are compare-values.ts's (and below).
  const q = m.value.qualifier;
  if (
    (!m.value.title && !copula) ||
    !title ||
    (q && q !== 'then' && !(on && (q === 'acting' || q === 'interim')))
  )
    return null;
  // A stranger's post in apposition before their rank ("Denver's spokesman, Sergeant Jane Roe"): the post is the one named.
  const apposed =
    !copula && stranger(ctx, m)
      ? apposedTitle(ctx.mentions, ctx.sentence, title.end <= m.start ? title : m)
      : undefined;
  const post = postOf(titlePhrase(ctx.sentence, apposed ?? title));
  if (!post) return null;
  // The body named after the title ("a spokesman for the Denver Police Department") is the post's too.
  const after = ctx.mentions.find(
    (a) =>
      (a.type === 'agency' || a.type === 'place') &&
      a.start >= title.end &&
      /^\s+(?:of|for|at|with)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(title.end, a.start)),
  );
  // Or a body told in lower-case words in an apposition after the name ("X, president of the union local, said").
  const told =
    !after && title.start >= m.end
      ? LOWER_BODY_AFTER.exec(ctx.sentence.slice(title.end, title.end + 50))
      : null;
  const bodyWords = after ? wordsOf(after.text) : told ? wordsOf(told[1] as string) : [];
  const named: Post = bodyWords.length
    ? { ...post, body: [...post.body, ...bodyWords.filter((w) => !FILLER.has(w))] }
    : post;
  // A body named by its kind alone in a clause linked by the place it names ("In Denver, the department's spokesman"): that place's body of the kind.
  const kind =
    !named.body.length && ctx.linkedByPlace
      ? OWNER_KIND.exec(ctx.sentence.slice(Math.max(0, title.start - 40), title.start))
      : null;
  const placed = kind ? ctx.mentions.filter((p) => p.type === 'place' && !p.negated) : [];
  const page: Post =
    kind && placed.length === 1
      ? {
          ...named,
          body: [...wordsOf(placed[0]!.text), ...wordsOf(kind[1]!)].filter((w) => !FILLER.has(w)),
        }
      : named;
  const { record } = ctx;
  // A year of its own that is none of the linked days' ("Mayor X opened it in 2015"): the post is of that time.
  const years = ctx.mentions.flatMap((d) =>
    d.type === 'date' && d.value.year !== undefined ? [d.value.year] : [],
  );
  const when = (on ?? (ctx.linkedByPlace ? [] : dates(ctx.events))).filter(
    (d) => !years.length || years.includes(Number(d.slice(0, 4))),
  );
  if (q === 'acting' || q === 'interim') return actingOn(ctx, m, page, when);
  if (stranger(ctx, m)) {
    const holders = officeHolders(ctx, page, when, m);
    if (holders.length === 1) return conflict(m, holders[0]!.who, holders[0]!.role.title);
    // A participant of the linked event whose role names the post ("the department's spokesman"); on a link by
    // place alone, only when the title names the body the record's holder serves ("Denver's police spokesman").
    // There the holder must be who spoke, and the clause say that someone spoke.
    if (
      on ||
      (ctx.linkedByPlace &&
        (!page.body.length || !verbRoles(ctx.sentence, 0, ctx.sentence.length, true).has('spoke')))
    )
      return null;
    const parts = ctx.events.flatMap((e) =>
      e.participants.filter(
        (p) => !ctx.linkedByPlace || p.role === 'spoke' || p.role === 'reported',
      ),
    );
    const inEvent = [...new Set(parts.map((p) => p.canon))].flatMap((c) => {
      const who = record.people.get(c);
      const post =
        who &&
        rolePosts(who).find(
          (r) =>
            r.post.head === page.head &&
            r.post.rank === page.rank &&
            bodyFits(
              page,
              ctx.linkedByPlace
                ? r.words
                : [...r.words, ...who.agencies.flatMap((a) => wordsOf(record.nameOf(a)))],
            ),
        );
      return who && post ? [{ who, title: post.role?.title ?? who.role ?? page.head }] : [];
    });
    return inEvent.length === 1 ? conflict(m, inEvent[0]!.who, inEvent[0]!.title) : null;
  }
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => record.people.get(c))
    .find((p) => p !== undefined);
  if (!who) return formerHolder(ctx, m, page, when, on !== undefined);
  // Their posts in the record, and the offices the world file has them holding at any time.
  const held = record.world?.termsOf(who.name) ?? [];
  const own = [
    ...rolePosts(who),
    ...held.flatMap((t) =>
      [t.office.title, ...(t.office.aliases ?? [])].flatMap((title) => {
        const post = postOf(title);
        return post
          ? [{ role: undefined as HeldRole | undefined, post, words: wordsOf(title) }]
          : [];
      }),
    ),
  ];
  const theirs = record.events.filter((e) => e.participants.some((p) => p.canon === who.canon));
  const days = when.length ? when : (on ?? dates(theirs));
  // A seat in another chamber than theirs on those days, read from the title with the capitalised words before it
  // ("Assembly Minority Leader" for the Senate's; legislative-chamber.ts).
  const seatElsewhere = (on: readonly string[]) =>
    otherChamber(
      ctx,
      m,
      who,
      titlePhrase(ctx.sentence, title),
      [
        ...who.roles,
        ...(who.role ? [{ title: who.role, titleWords: wordsOf(who.role) }] : []),
        ...held.map((t) => ({
          title: t.office.title,
          office: t.office.id,
          titleWords: wordsOf(t.office.title),
        })),
      ],
      on,
    );
  // Their own post: held on those days, or nothing to say here; one the record dates to other years only
  // ("Mayor <the mayor before>" at this year's events), while another person of the story held it then, is unconfirmed.
  const same = own.filter((r) => r.post.head === page.head && r.post.rank === page.rank);
  if (same.length) {
    // The same post in another chamber ("Assembly Minority Leader" for the Senate Minority Leader).
    const chamber = days.length ? seatElsewhere(days) : null;
    if (chamber?.status === 'conflict') return chamber;
    const dated = same.filter((r) => r.role);
    if (
      !days.length ||
      !dated.length ||
      !dated.every((r) => days.every((d) => heldOn(ctx, r.role!, who, d) === 'out'))
    )
      return null;
    // The clause's own year puts its event before they ever held the post, and the event's holder of it then is named.
    const later =
      years.length && when.length
        ? beforeTerm(
            ctx,
            m,
            who,
            page,
            dated.map((r) => r.role!),
            when,
          )
        : null;
    if (later) return later;
    // "At the news conference, Mayor <the mayor before> said …": the one holding the post on the linked events' days
    // took part in every one of them, and the one named held it neither then nor when the page was written, so the page
    // names the post's holder there with another's name: not a courtesy title, nor a title of today.
    const holderThen = officeHolders(ctx, page, days).filter((h) => h.who !== who);
    if (
      !years.length &&
      !q &&
      !ctx.linkedByPlace &&
      // A title of today ("Mayor X" for the holder when the page was written) makes no claim about the events' time.
      ctx.pageDate !== undefined &&
      dated.every((r) => heldOn(ctx, r.role!, who, ctx.pageDate!.slice(0, 10)) === 'out') &&
      holderThen.length === 1 &&
      ctx.events.length > 0 &&
      ctx.events.every(
        (e) =>
          e.participants.some((p) => p.canon === holderThen[0]!.who.canon) &&
          !e.participants.some((p) => p.canon === who.canon),
      )
    ) {
      const other = holderThen[0]!;
      return result(
        'conflict',
        'person',
        m.text,
        `${other.who.name} (${other.role.title})`,
        `The ${other.role.title} on ${listNames(ctx.events.map((e) => showDate(e.event.date)))} was ${other.who.name}, who took part; ${who.name} held the post at another time.`,
      );
    }
    // Held it at an event of theirs in the story: the clause may be linked to an older event than the one it tells of.
    if (
      dated.some((r) => theirs.some((e) => heldOn(ctx, r.role!, who, e.event.date, true) === 'in'))
    )
      return null;
    const then = officeHolders(ctx, page, days).filter((h) => h.who !== who);
    if (then.length !== 1) return null;
    const other = then[0]!;
    // A title once held is often kept as a courtesy ("Mayor X" years later): not confirmed, not wrong.
    return result(
      'unconfirmed',
      'role',
      m.text,
      `${other.who.name} (${other.role.title})`,
      `The record has ${other.who.name} as ${other.role.title} then; ${who.name} held the post at another time.`,
    );
  }
  if (!days.length) return null;
  // A neighbouring rank of the post they held then ("Council Vice President" for the council president).
  const near = own.find(
    (r) =>
      r.role &&
      r.post.head === page.head &&
      r.post.rank !== page.rank &&
      page.body.length > 0 &&
      bodyFits(page, [...r.words, ...(r.role.office ? officeWords(ctx, r.role.office) : [])]) &&
      days.every((d) => heldOn(ctx, r.role!, who, d, true) === 'in'),
  );
  if (near) {
    return result(
      'conflict',
      'role',
      m.text,
      `${who.name}, ${near.role!.title}`,
      `The record has ${who.name} as ${near.role!.title} then, not ${title.text}.`,
    );
  }
  // A legislator's seat in another chamber than theirs then ("Assemblyman X" for a state senator; legislative-chamber.ts).
  const seat = seatElsewhere(days);
  if (seat) return seat;
  // A one-holder post another person of the story held then.
  if (!(page.head in TITLES) && page.head !== 'spokes') return null;
  const others = officeHolders(ctx, page, days).filter((h) => h.who !== who);
  if (others.length !== 1 || own.some((r) => r.post.head === page.head)) return null;
  const other = others[0]!;
  const mine = own.find(
    (r) => r.role && days.every((d) => heldOn(ctx, r.role!, who, d, true) === 'in'),
  );
  const was = mine ? `; ${who.name} was ${mine.role!.title}` : '';
  return result(
    'conflict',
    'role',
    m.text,
    `${other.who.name} (${other.role.title})`,
    `The record has ${other.who.name} as ${other.role.title} then, not ${who.name}${was}.`,
  );
}

/**
 * A person of the story under a post they took only after the days the clause's own date gives ("introduced by
 * Mayor <the next mayor>" in a year of the mayor before), when another person of the story held it then and takes
 * part in the event of that day while they do not: the record names who acted in that post. Wrong.
 */
function beforeTerm(
  ctx: CompareContext,
  m: Person,
  who: RecordPerson,
  page: Post,
  roles: readonly HeldRole[],
  days: readonly string[],
): ValueResult | null {
  const year = (d: string) => Number(d.slice(0, 4));
  const first = Math.max(...days.map(year));
  // Only the agent of a participle ("introduced by Mayor X"), in a clause with no other time ("praised by Mayor X last week").
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && t.end <= m.start && m.start - t.end <= 2,
  );
  if (
    !title ||
    !/\b\p{L}+ed\s+by\s+(?:the\s+)?$/u.test(
      ctx.sentence.slice(Math.max(0, title.start - 40), title.start),
    )
  )
    return null;
  if (ctx.mentions.some((t) => t.type === 'relative-time')) return null;
  const later = roles.every((r) => {
    const terms =
      r.office && who.canon.startsWith('w:')
        ? (ctx.record.world?.termsOf(who.name) ?? []).filter(
            (t) => t.office.id === r.office && t.person.id === who.canon.slice(2),
          )
        : [];
    if (r.office && who.canon.startsWith('w:'))
      return (
        terms.length > 0 &&
        terms.every((t) => t.holder.start !== undefined && year(t.holder.start) > first)
      );
    return r.from !== undefined && year(r.from) > first;
  });
  if (!later) return null;
  const then = officeHolders(ctx, page, days).filter((h) => h.who !== who);
  if (then.length !== 1) return null;
  const other = then[0]!;
  const events = ctx.events.filter((e) => days.includes(e.event.date));
  if (
    !events.length ||
    !events.every(
      (e) =>
        e.participants.some(
          (p) => p.canon === other.who.canon && (p.role === 'organizer' || p.role === 'acted'),
        ) && !e.participants.some((p) => p.canon === who.canon),
    )
  )
    return null;
  return result(
    'conflict',
    'person',
    m.text,
    `${other.who.name} (${other.role.title})`,
    `The record has ${other.who.name} as ${other.role.title} then; ${who.name} took the post only later.`,
  );
}

/**
 * "Acting" for someone who held the post outright on every day the clause can be about, in a clause no
 * event links (a linked one is compared in compare-values.ts).
 */
function actingOn(
  ctx: CompareContext,
  m: Person,
  page: Post,
  days: readonly string[],
): ValueResult | null {
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p) => p !== undefined);
  const role = who?.roles.find((r) => {
    const post = postOf(r.title);
    return post && post.head === page.head && post.rank === page.rank;
  });
  if (!who || !role || !days.length) return null;
  if (
    !days.every((d) => heldOn(ctx, role, who, d) === 'in' && isActing(ctx, role, who, d) === false)
  )
    return null;
  return result(
    'conflict',
    'role',
    m.text,
    `${who.name}, ${role.title}`,
    `${who.name} held the post (${role.title}) outright then, not as ${m.value.qualifier}.`,
  );
}

/** The possessive of a body named by its kind alone, right before a title: "the department's ", "the police department's ". */
const OWNER_KIND =
  /\b(?:the|its|their)\s+((?:police\s+)?(?:department|force|agency|office))['\u2019]s\s+$/i;

/** "The chief at the time was X": the title before a copula that names the holder at the time told. */
const COPULA =
  /^\s+(?:at the time|back then|then|at that time|in those days)?\s*,?\s*(?:was|is)\s+$/i;
const copulaTitle = (ctx: CompareContext, m: Person) =>
  ctx.mentions.find(
    (t) =>
      t.type === 'title' && t.end <= m.start && COPULA.test(ctx.sentence.slice(t.end, m.start)),
  );
/** A post put at the time told ("the chief at the time was X", "then-Chief X"): no courtesy title. */
const AT_THE_TIME = /\b(?:at the time|back then|at that time|in those days)\b/i;

/**
 * Someone the world file has holding the post at another time ("Mayor <the mayor before>"), named under it on
 * days when one person of the story held it: unconfirmed (a title once held is often kept as a courtesy).
 */
function formerHolder(
  ctx: CompareContext,
  m: Person,
  page: Post,
  days: readonly string[],
  unlinked: boolean,
): ValueResult | null {
  const world = ctx.record.world;
  const ids = worldPersonIds(ctx, m.value.name);
  const holders = officeHolders(ctx, page, days);
  if (!world || ids.length !== 1 || holders.length !== 1) return null;
  const { who, role } = holders[0]!;
  // The holder takes part in the linked event: the record names who held the post there (compare-values.ts says so).
  // (In a clause no event links, the events are all the story's: only the days given decide.)
  if (!unlinked && ctx.events.some((e) => e.participants.some((p) => p.canon === who.canon)))
    return null;
  const office = role.office as string;
  const terms = world
    .termsOf(m.value.name)
    .filter((t) => t.office.id === office && t.person.id === ids[0]);
  if (
    !terms.length ||
    days.some((d) => world.holdersOn(office, d).some((t) => t.person.id === ids[0]))
  )
    return null;
  const name = terms[0]!.person.name;
  // Put at the time told ("the LAPD chief at the time was X", "then-Chief X"), the post is no courtesy title.
  if (m.value.qualifier === 'then' || AT_THE_TIME.test(ctx.sentence)) {
    return result(
      'conflict',
      'person',
      m.text,
      `${who.name} (${role.title})`,
      `The record has ${who.name} as ${role.title} then; ${name} held the post at another time.`,
    );
  }
  return result(
    'unconfirmed',
    'person',
    m.text,
    `${who.name} (${role.title})`,
    `The record has ${who.name} as ${role.title} then; ${name} held the post at another time.`,
  );
}

function conflict(m: Person, who: RecordPerson, title: string): ValueResult {
  const names = `${who.name} (${title})`;
  return result(
    'conflict',
    'person',
    m.text,
    names,
    `The record has ${names} in that role, not ${m.value.name}.`,
  );
}

/**
 * The dates of the story's events a clause's own date mentions fit (month and day, and year when given); without
 * one, the days of the events of the people the clause names (`people`, canonical ids) that fall on its weekday
 * ("Evans and Police Chief X spoke to reporters on Wednesday").
 */
export function datesNamed(
  mentions: readonly Mention[],
  events: readonly IndexedEvent[],
  people: ReadonlySet<string> = new Set(),
): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'date' || m.value.day === undefined || m.value.month === undefined) continue;
    for (const e of events) {
      const [y, mo, d] = e.event.date.split('-').map(Number);
      if (
        d === m.value.day &&
        mo === m.value.month &&
        (m.value.year === undefined || m.value.year === y)
      )
        out.add(e.event.date);
    }
  }
  if (out.size || !people.size) return [...out];
  for (const m of mentions) {
    if (m.type !== 'weekday') continue;
    for (const e of events) {
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(e.event.date) ||
        !e.participants.some((p) => people.has(p.canon))
      )
        continue;
      if (new Date(`${e.event.date}T12:00:00Z`).getUTCDay() === m.value.day) out.add(e.event.date);
    }
  }
  return [...out];
}

/**
 * In a clause no event links: a surname the page never introduces as who spoke, on a date the clause
 * gives that is the day of exactly one event whose speakers the record names, is compared as that
 * event's speaker ("Roe issued his statement on Wednesday, November 16, 2016").
 */
export function unlinkedSpeaker(ctx: CompareContext, role: ClauseRole | null): ValueResult | null {
  if (
    !role ||
    role.role !== 'spoke' ||
    role.doer.type !== 'person' ||
    !strangerSurname(ctx, role.doer.value.name)
  )
    return null;
  const days = datesNamed(ctx.mentions, ctx.allEvents);
  const events = ctx.allEvents.filter(
    (e) =>
      days.includes(e.event.date) &&
      e.participants.some(
        (p) => (p.role === 'spoke' || p.role === 'reported') && ctx.record.people.has(p.canon),
      ),
  );
  if (events.length !== 1) return null;
  const r = compareDoer({ ...ctx, events, linkedByPlace: false }, role);
  return r?.status === 'conflict' ? r : null;
}
