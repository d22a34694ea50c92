/**
 * "Stepped down", "resigned", "retired", "left the post" said of a person of
 * the story, checked like "former" (issue 14):
 *
 * - in the past perfect ("X had already stepped down as chief") the leaving
 *   comes before the time the clause tells of: wrong when the record has X in
 *   that post on every day of the events the clause is linked to;
 * - in the present perfect ("X has retired") it comes before the page's date:
 *   wrong when X still held the post then.
 *
 * "X was no longer chief" reads as the past perfect, "X is no longer the mayor"
 * as the present perfect; "X, who had retired," as the first.
 *
 * The simple past ("X, who retired in 2018, said …") dates nothing against the
 * event and is left alone, as is a clause giving a year none of its events
 * has ("by 2019 X had retired"), a post the person never held ("had resigned
 * as mayor" for a chief), and a post the record cannot date. Nothing here
 * knows a story.
 */
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { heldOn } from './held-office.ts';
import { postOf } from './person-post.ts';
import { showDate } from './record-values.ts';
import type { HeldRole, RecordPerson } from './story-record.ts';

type Person = Mention & { type: 'person' };

/**
 * Right after the name (perhaps after an apposition between commas): "had"/"has" (adverbs allowed), the verb of
 * leaving, and perhaps "as <post>" / "from <post>". Group 1: had|has|have; group 2: the verb; group 3: the post's words.
 */
const LEFT =
  /^(?:\s*,[^,]{1,80},)?(?:\s*,\s*who)?\s+(had|has|have)\s+(?:(?:already|previously|long\s+since|since|by\s+then|just|recently|quietly)\s+)*(stepped\s+down|resigned|retired|left\s+(?:the|his|her|their)\s+(?:post|office|job|position|department|force))\b(?:\s+(?:as|from)\s+(?:the\s+)?((?:[\p{L}'\u2019.-]+\s+){0,3}?(?:chief|mayor|president|director|leader|czar|sheriff|commissioner|secretary|governor|head|spokes(?:man|woman|person)|[\p{L}-]+)))?/iu;

/** "was no longer chief" (the time told), "is no longer the mayor" (the page's date): as "had"/"has" above, the post required. */
const NO_LONGER =
  /^(?:\s*,[^,]{1,80},)?(?:\s*,\s*who)?\s+(was|is)\s+(?:already\s+|by\s+then\s+)?(no\s+longer)\s+(?:the\s+|a\s+)?((?:[\p{L}'\u2019.-]+\s+){0,3}?(?:chief|mayor|president|director|leader|czar|sheriff|commissioner|secretary|governor|head|spokes(?:man|woman|person)))\b/iu;

/** Compares a claim that a person of the story had left a post; null unless the record says otherwise. */
export function compareLeftPost(ctx: CompareContext, m: Person): ValueResult | null {
  // The words right after the name (bounded: a sentence may be huge, and every person of it is looked at).
  const after = ctx.sentence.slice(m.end, m.end + 300);
  const longer = NO_LONGER.exec(after);
  const hit = longer
    ? [longer[0], longer[1]!.toLowerCase() === 'was' ? 'had' : 'has', longer[2], longer[3]]
    : LEFT.exec(after);
  if (!hit) return null;
  // Without "as <post>", the leaving must end the clause ("had resigned when …"), not go on to something else ("had resigned his seat on the board").
  if (
    !hit[3] &&
    !/^\s*(?:[,.;:!?)\u2014\u2013-]|$|(?:when|before|by|and|so|but|at|already|earlier|then)\b)/i.test(
      after.slice((hit[0] ?? '').length),
    )
  )
    return null;
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p): p is RecordPerson => p !== undefined);
  if (!who) return null;
  const perfect = (hit[1] as string).toLowerCase() !== 'had';
  // The clause's years, and one written right after the leaving ("was no longer mayor in 2025", past a relative clause).
  const tail = /^[^.;!?]{0,30}?\b((?:19|20)\d\d)\b/.exec(after.slice((hit[0] ?? '').length));
  const years = [
    ...ctx.mentions.flatMap((d) =>
      d.type === 'date' && d.value.year !== undefined ? [d.value.year] : [],
    ),
    ...(tail ? [Number(tail[1])] : []),
  ];
  const days = perfect ? (ctx.pageDate ? [ctx.pageDate] : []) : ctx.events.map((e) => e.event.date);
  if (
    !days.length ||
    (!perfect && years.some((y) => !days.some((d) => Number(d.slice(0, 4)) === y)))
  )
    return null;
  // The post named ("as chief"), else the one post the record has them holding on those days.
  const named = hit[3] ? postOf(hit[3]) : null;
  const roles = who.roles.filter((r) => {
    const post = postOf(r.title);
    return (
      (!named || (post !== null && post.head === named.head && post.rank === named.rank)) &&
      (r.office || r.from || r.to)
    );
  });
  const held = roles.filter((r: HeldRole) => days.every((d) => heldOn(ctx, r, who, d) === 'in'));
  if (
    held.length !== 1 ||
    (!named && who.roles.filter((r) => r.office || r.from || r.to).length !== 1)
  )
    return null;
  const role = held[0]!;
  const verb = (hit[2] as string).replace(/\s+/g, ' ');
  const when = perfect ? 'when the page was written' : `on ${days.map(showDate).join(' and ')}`;
  const said = longer ? `${longer[1]} ${verb}` : `${hit[1]} ${verb}`;
  return result(
    'conflict',
    'role',
    `${m.value.name} ${said}`,
    `${who.name}, ${role.title}`,
    `The record has ${who.name} still in the post (${role.title}) ${when}; "${said}" is wrong.`,
  );
}
