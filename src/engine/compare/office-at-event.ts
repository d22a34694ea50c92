/**
 * A world office's title on someone the world file has out of that office on
 * the days of the linked events, when the body the office heads (its
 * jurisdiction) acts in those events: "Attorney General X signed off on the
 * lawsuit" where the Justice Department sued on a day another held the post.
 * The page names the wrong holder acting for that body: a conflict naming the
 * holder then. Only for people of the world file who are no person of the
 * story (their titles are person-post.ts's), and for strangers (a full name
 * no one has: whoever they are, the holder then was another), under a bare or "then-" title
 * ("former" and "acting" say something else), on events with a full date or
 * a month (its first and last day; a span's both ends: one holder on all of
 * them), in a clause with no year of its own that is none of the events' years
 * and no word that puts the person at another time ("later", "one filed by",
 * "when …"). A sentence linking nothing of its own is judged here at the
 * events of the sentence before when it points back at them (office-back.ts).
 * A stranger under the bare title (a state's officer may bear it) is only
 * unconfirmed: the world file's holder then, and that it does not know the
 * page's person in the office (asked last, when nothing else told more).
 * Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { nameWords, postOf, stranger, titlePhrase } from './person-post.ts';
import { showDate } from './record-values.ts';

type Person = Mention & { type: 'person' };

/** Parts in an event that act for a body (not a subject of it, a reporter or an interviewer). */
const ACTING_PARTS = new Set(['acted', 'spoke', 'organizer', 'asked']);

/**
 * Words that put the titled person at another time than the linked events': a later or earlier act ("later", "once",
 * "had filed"), another instance ("one filed by", "a similar", "mirrors", "echoes", "like", "as it did under"), a
 * clause of its own time ("when", "while", "during", "since", "until", "before", "after"), a term ("years", "ago"), an
 * old thing taken up again ("revived", "recalls", "dates back").
 */
const OTHER_TIME =
  /\b(?:later|earlier|previously|formerly|once|ago|years?|decades?|since|until|when|while|during|before|after|had|one|ones|similar|same|mirror(?:s|ed|ing)?|echo(?:es|ed|ing)?|like|as\s+(?:it|they|he|she)\s+did|predecessors?|successors?|first\s+(?:term|administration)|reviv(?:e|es|ed|ing)|resurrect(?:s|ed|ing)?|revisit(?:s|ed|ing)?|recall(?:s|ed|ing)?|legacy|tradition|dates?\s+back)\b/i;

/**
 * `unsure`: only the stranger under the bare title that officeAtEvent leaves alone ("Attorney General Jane Roe" where
 * a state's attorney general has the same title), when the world file has another as the office's holder then and
 * the name is none of theirs: unconfirmed, saying who held it then.
 */
export function officeAtEvent(ctx: CompareContext, m: Person, unsure = false): ValueResult | null {
  const world = ctx.record.world;
  const q = m.value.qualifier;
  if (!world || m.negated || !m.value.title || (q && q !== 'then') || !ctx.events.length)
    return null;
  const ids = [...new Set(canonsNamed(ctx, m.value.name, ['person']))];
  // A stranger (a name no one of the story or the world file has) may be compared too: whoever it is, the holder then was another.
  const unknown = !ids.length && stranger(ctx, m);
  if (!unknown && (ids.length !== 1 || !ids[0]!.startsWith('w:') || ctx.record.people.has(ids[0]!)))
    return null;
  const id = unknown ? '' : ids[0]!.slice(2);
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && t.end <= m.start && m.start - t.end <= 2,
  );
  const post = title ? postOf(titlePhrase(ctx.sentence, title)) : null;
  if (!post) return null;
  // Each event's day, or both ends of its span (a month: its first and last day): one holder on all of them.
  const spans = ctx.events.map((e) => eventDays(e.event.date, e.event.dateEnd));
  if (spans.some((d) => d === null)) return null;
  const days = [...new Set(spans.flat() as string[])].sort();
  const years = ctx.mentions.flatMap((d) =>
    d.type === 'date' && d.value.year !== undefined ? [d.value.year] : [],
  );
  if (years.some((y) => !days.some((d) => Number(d.slice(0, 4)) === y))) return null;
  // The person put at another time than the event's ("later praised by", "one filed by", "as it did under", "when X sued …").
  if (OTHER_TIME.test(ctx.sentence)) return null;
  // The bodies that act in every linked event.
  const acting = ctx.events.map(
    (e) => new Set(e.participants.filter((p) => ACTING_PARTS.has(p.role)).map((p) => p.canon)),
  );
  // The offices the title names (head, rank and body words), of a body acting in every linked event, that the person held at some time.
  const offices = world.world.offices.filter((o) => {
    if (!acting.every((set) => set.has(`w:${o.jurisdiction}`))) return false;
    if (
      !unknown &&
      !world.termsOf(m.value.name).some((t) => t.office.id === o.id && t.person.id === id)
    )
      return false;
    const names = [o.title, ...(o.aliases ?? [])];
    const known = new Set(names.flatMap(nameWords));
    return (
      names.some((n) => {
        const p = postOf(n);
        return p !== null && p.head === post.head && p.rank === post.rank;
      }) && post.body.every((w) => known.has(w))
    );
  });
  if (offices.length !== 1) return null;
  const office = offices[0]!;
  // A stranger under a bare title may hold a like post elsewhere (a state's attorney general): only when the title names the
  // body ("U.S. Attorney General X") or the body is theirs right after the name ("Attorney General X's Justice Department").
  // The words of its shortest name of that head ("Attorney General"): any other word of the page's title names the body.
  const bodies = [office.title, ...(office.aliases ?? [])].flatMap((n) => {
    const p = postOf(n);
    return p && p.head === post.head ? [p.body] : [];
  });
  const bare = new Set(bodies.reduce((a, b) => (b.length < a.length ? b : a), bodies[0] ?? []));
  const bareStranger =
    unknown &&
    !post.body.some((w) => !bare.has(w)) &&
    !ownsBody(ctx, m, `w:${office.jurisdiction}`);
  if (bareStranger !== unsure) return null;
  // On every day another surely held it, and the person surely did not.
  const others = days.map((d) => {
    const on = world.holdersOn(office.id, d);
    if (on.some((t) => t.person.id === id)) return undefined;
    return (
      on.find((t) => t.status === 'in' && !t.holder.acting) ?? on.find((t) => t.status === 'in')
    );
  });
  if (others.some((o) => o === undefined)) return null;
  const holder = others[0]!.person;
  if (others.some((o) => o!.person.id !== holder.id)) return null;
  const name = world.person(id)?.name ?? m.value.name;
  const told = ctx.events
    .map(
      (e) =>
        `\u201C${e.event.label}\u201D (${showDate(e.event.date)}${e.event.dateEnd ? ` to ${showDate(e.event.dateEnd)}` : ''})`,
    )
    .join('; ');
  if (unsure) {
    // A name the holder then may go by (an alias, or their surname alone) is no one else.
    const last = (n: string) => foldText(n).trim().split(/\s+/).pop() ?? '';
    if ([holder.name, ...(holder.aliases ?? [])].some((n) => last(n) === last(name))) return null;
    return result(
      'unconfirmed',
      'person',
      m.text,
      `${holder.name} (${office.title})`,
      `At the time of the record's ${told}, the world file has ${holder.name} as ${office.title}; Sourcelight does not know ${name} as holding that office.`,
    );
  }
  const terms = world
    .termsOf(m.value.name)
    .filter((t) => t.office.id === office.id && t.person.id === id)
    .map(
      (t) =>
        `from ${showTermEnd(t.holder.start ?? t.holder.confirmedFrom)} to ${showTermEnd(t.holder.end ?? t.holder.confirmedThrough)}`,
    );
  const held = unknown
    ? `the world file does not have ${name} in it`
    : `${name} held it ${terms.join(' and ')}`;
  return result(
    'conflict',
    'person',
    m.text,
    `${holder.name} (${office.title})`,
    `At the time of the record's ${told}, the ${office.title} was ${holder.name}; ${held}.`,
  );
}

/** The end of a term as written, or "an unknown day". */
const showTermEnd = (d: string | undefined) => (d ? showDate(d) : 'an unknown day');

/** The days an event's date (and end) cover, as whole days: a month's first and last; else null. */
function eventDays(date: string, end: string | undefined): string[] | null {
  const ends = (d: string): string[] | null => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return [d];
    const month = /^(\d{4})-(\d{2})$/.exec(d);
    if (!month) return null;
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return [`${d}-01`, `${d}-${String(last).padStart(2, '0')}`];
  };
  const a = ends(date);
  const b = end ? ends(end) : [];
  return a && b ? [...a, ...b] : null;
}

/** Whether the agency right after the person's possessive is the body ("X's Justice Department"). */
function ownsBody(ctx: CompareContext, m: Person, body: string): boolean {
  if (
    !/^['\u2019]s?\s+$/.test(ctx.sentence.slice(m.end, m.end + 3).replace(/\S+$/, '')) &&
    !/^['\u2019]s?\s/.test(ctx.sentence.slice(m.end, m.end + 3))
  )
    return false;
  const agency = ctx.mentions.find(
    (a): a is Mention & { type: 'agency' } =>
      a.type === 'agency' &&
      a.start > m.end &&
      /^['\u2019]s?\s+$/.test(ctx.sentence.slice(m.end, a.start)),
  );
  return !!agency && canonsNamed(ctx, agency.value.name, ['agency']).includes(body);
}
