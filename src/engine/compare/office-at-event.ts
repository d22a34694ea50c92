/**
 * A world office's title on someone the world file has out of that office on
 * the days of the linked events, when the body the office heads (its
 * jurisdiction) acts in those events: "Attorney General X signed off on the
 * lawsuit" where the Justice Department sued on a day another held the post.
 * The page names the wrong holder acting for that body: a conflict naming the
 * holder then. Only for people of the world file who are no person of the
 * story (their titles are person-post.ts's), and for strangers (a full name
 * no one has: whoever they are, the holder then was another), under a bare or "then-" title
 * ("former" and "acting" say something else), on events with a full date, in
 * a clause with no year of its own that is none of the events' years. Nothing
 * here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './compare-values.ts';
import { postOf, stranger, titlePhrase } from './person-post.ts';

type Person = Mention & { type: 'person' };

/** Parts in an event that act for a body (not a subject of it, a reporter or an interviewer). */
const ACTING_PARTS = new Set(['acted', 'spoke', 'organizer', 'asked']);

const words = (text: string) => text.toLowerCase().replace(/['\u2019]s\b/g, ' ').replace(/\./g, '').replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter(Boolean);

export function officeAtEvent(ctx: CompareContext, m: Person): ValueResult | null {
  const world = ctx.record.world;
  const q = m.value.qualifier;
  if (!world || m.negated || !m.value.title || (q && q !== 'then') || !ctx.events.length) return null;
  const ids = [...new Set(canonsNamed(ctx, m.value.name, ['person']))];
  // A stranger (a name no one of the story or the world file has) may be compared too: whoever it is, the holder then was another.
  const unknown = !ids.length && stranger(ctx, m);
  if (!unknown && (ids.length !== 1 || !ids[0]!.startsWith('w:') || ctx.record.people.has(ids[0]!))) return null;
  const id = unknown ? '' : ids[0]!.slice(2);
  const title = ctx.mentions.find((t) => t.type === 'title' && t.end <= m.start && m.start - t.end <= 2);
  const post = title ? postOf(titlePhrase(ctx.sentence, title)) : null;
  if (!post) return null;
  const days = [...new Set(ctx.events.map((e) => e.event.date))];
  if (!days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) return null;
  const years = ctx.mentions.flatMap((d) => (d.type === 'date' && d.value.year !== undefined ? [d.value.year] : []));
  if (years.some((y) => !days.some((d) => Number(d.slice(0, 4)) === y))) return null;
  // The bodies that act in every linked event.
  const acting = ctx.events.map((e) => new Set(e.participants.filter((p) => ACTING_PARTS.has(p.role)).map((p) => p.canon)));
  // The offices the title names (head, rank and body words), of a body acting in every linked event, that the person held at some time.
  const offices = world.world.offices.filter((o) => {
    if (!acting.every((set) => set.has(`w:${o.jurisdiction}`))) return false;
    if (!unknown && !world.termsOf(m.value.name).some((t) => t.office.id === o.id && t.person.id === id)) return false;
    const names = [o.title, ...(o.aliases ?? [])];
    const known = new Set(names.flatMap(words));
    return names.some((n) => {
      const p = postOf(n);
      return p !== null && p.head === post.head && p.rank === post.rank;
    }) && post.body.every((w) => known.has(w));
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
  if (unknown && !post.body.some((w) => !bare.has(w)) && !ownsBody(ctx, m, `w:${office.jurisdiction}`)) return null;
  // On every day another surely held it, and the person surely did not.
  const others = days.map((d) => {
    const on = world.holdersOn(office.id, d);
    if (on.some((t) => t.person.id === id)) return undefined;
    return on.find((t) => t.status === 'in' && !t.holder.acting) ?? on.find((t) => t.status === 'in');
  });
  if (others.some((o) => o === undefined)) return null;
  const holder = others[0]!.person;
  if (others.some((o) => o!.person.id !== holder.id)) return null;
  const name = world.person(id)?.name ?? m.value.name;
  const spans = world.termsOf(m.value.name).filter((t) => t.office.id === office.id && t.person.id === id).map((t) => `${t.holder.start ?? t.holder.confirmedFrom ?? '?'} to ${t.holder.end ?? t.holder.confirmedThrough ?? '?'}`);
  const held = unknown ? `not ${name}` : `${name} held the post ${spans.join(', ')}`;
  return result('conflict', 'person', m.text, `${holder.name} (${office.title})`, `The world file has ${holder.name} as ${office.title} on ${days.join(', ')}; ${held}.`);
}

/** Whether the agency right after the person's possessive is the body ("X's Justice Department"). */
function ownsBody(ctx: CompareContext, m: Person, body: string): boolean {
  if (!/^['\u2019]s?\s+$/.test(ctx.sentence.slice(m.end, m.end + 3).replace(/\S+$/, '')) && !/^['\u2019]s?\s/.test(ctx.sentence.slice(m.end, m.end + 3))) return false;
  const agency = ctx.mentions.find((a): a is Mention & { type: 'agency' } => a.type === 'agency' && a.start > m.end && /^['\u2019]s?\s+$/.test(ctx.sentence.slice(m.end, a.start)));
  return !!agency && canonsNamed(ctx, agency.value.name, ['agency']).includes(body);
}
