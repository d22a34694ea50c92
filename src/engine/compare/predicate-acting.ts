/**
 * "X was only acting chief of the Y then", "X is the interim chief": an acting
 * or interim title said of a person of the story after a copula. Where the
 * record (or the world file) has X holding that post outright on every day
 * the clause is about (its linked events, else X's own events in the story),
 * "acting" is wrong. The body named after the title must be one X served, if
 * one is named (another body is the affiliation check's). Nothing here knows
 * a story.
 */
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { heldOn, isActing } from './held-office.ts';
import { postOf } from './person-post.ts';

type Person = Mention & { type: 'person' };

/** Between the person and the title: a copula, perhaps a hedge word, perhaps an article and a body's possessive ("the LAPD's"). */
const COPULA =
  /^\s+(?:was|is|had been|has been|served as|remained|was still|is still)(?:\s+(?:only|just|merely|still|then|actually|really|simply|in fact|at the time|at that point))?\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['\u2019]s\s+)?(?:(acting|interim)\s+)?$/iu;

export function predicateActing(ctx: CompareContext, m: Person): ValueResult | null {
  if (m.negated || ctx.negatedClause) return null;
  const title = ctx.mentions.find(
    (t): t is Mention & { type: 'title' } =>
      t.type === 'title' && t.start >= m.end && COPULA.test(ctx.sentence.slice(m.end, t.start)),
  );
  // The qualifier in the title ("acting chief"), or just before a title read without it ("acting chief of the X Department").
  const q = title
    ? (title.value.qualifier ??
      COPULA.exec(ctx.sentence.slice(m.end, title.start))?.[1]?.toLowerCase())
    : undefined;
  if (!title || (q !== 'acting' && q !== 'interim')) return null;
  const who = canonsNamed(ctx, m.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p) => p !== undefined);
  const head = postOf(title.text)?.head;
  if (!who || !head) return null;
  // A body named after the title ("acting chief of the LAPD") must be one they served.
  const body = ctx.mentions.find(
    (a): a is Mention & { type: 'agency' } =>
      a.type === 'agency' &&
      a.start >= title.end &&
      /^\s+(?:of|for|at)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(title.end, a.start)),
  );
  if (
    body &&
    !canonsNamed(ctx, body.value.name, ['agency']).some((id) => who.agencies.includes(id))
  )
    return null;
  // So must one inside the title ("chief of the X Police Department").
  const inTitle = ctx.record.gazetteer
    .find(title.text)
    .flatMap((hit) => hit.entries.filter((g) => g.kind === 'agency').map((g) => g.id));
  if (inTitle.length && !inTitle.some((id) => who.agencies.includes(id))) return null;
  const roles = who.roles.filter((r) => postOf(r.title)?.head === head);
  const theirs = ctx.record.events.filter((e) => e.participants.some((p) => p.canon === who.canon));
  const days = [...new Set((ctx.events.length ? ctx.events : theirs).map((e) => e.event.date))];
  if (!days.length) return null;
  const role = roles.find((r) =>
    days.every((d) => heldOn(ctx, r, who, d) === 'in' && isActing(ctx, r, who, d) === false),
  );
  if (!role) return null;
  return result(
    'conflict',
    'role',
    title.value.qualifier ? title.text : `${q} ${title.text}`,
    `${who.name}, ${role.title}`,
    `${who.name} held the post (${role.title}) outright then, not as ${q}.`,
  );
}
