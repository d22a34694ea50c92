/**
 * "the Utica officers", "Homan stood by the Syracuse cops": a town right before a noun for police officers names that
 * town's police. In a story whose own officers all serve one town (every local police department that takes part in
 * its events, other than as a bystander, is of that town), "the <town> officers" with the definite article is the
 * story's group of officers: in a clause about events that record no place of their own (a post, a briefing), a town
 * the world knows that is neither that town, nor inside or around it, nor any place or body of the story, gives the
 * officers to another town: a conflict. The story's town is left unconfirmed. Not in a denied clause, nor beside another town
 * ("like", "unlike", "also", "other", "neighboring"), nor in a story whose officers serve several towns. Nothing here
 * knows a story.
 */
import type { Mention } from '../read/types.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';

/** Right after the town: a noun for police officers ("officers", "police officers", "cops"). */
const OFFICERS_AFTER =
  /^\s+(?:police\s+)?(?:officers|cops|policemen|patrolmen|patrol\s+officers)\b/i;
/** Words that set the town beside another, or make its officers others than the story's. */
const BESIDE =
  /\b(?:like|unlike|also|too|other|others|another|neighbou?ring|nearby|surrounding|area|both|as well|similar|similarly|compared|than|versus|vs\.?)\b/i;

/** The one town whose police department takes part in the story's events (not as a bystander), or null. */
function officersTown(ctx: CompareContext): string | null {
  const world = ctx.record.world;
  if (!world) return null;
  const towns = new Set<string>();
  for (const e of ctx.record.events) {
    for (const p of e.participants) {
      if (p.role === 'present' || !p.canon.startsWith('w:')) continue;
      const agency = world.agency(p.canon.slice(2));
      if (
        !agency ||
        agency.level !== 'local' ||
        world.agencyKindOf(agency.name)?.id !== 'police-department' ||
        !agency.place
      )
        continue;
      towns.add(`w:${agency.place}`);
    }
  }
  return towns.size === 1 ? ([...towns][0] as string) : null;
}

export function townOfficers(
  ctx: CompareContext,
  m: Mention & { type: 'place' | 'state' },
): ValueResult | null {
  if (
    m.type !== 'place' ||
    ctx.negatedClause ||
    !OFFICERS_AFTER.test(ctx.sentence.slice(m.end, m.end + 30))
  )
    return null;
  if (
    !/\bthe\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 5), m.start)) ||
    BESIDE.test(ctx.sentence)
  )
    return null;
  const town = officersTown(ctx);
  if (!town) return null;
  const { record } = ctx;
  const page = record.gazetteer
    .lookup(m.value.name)
    .filter((g) => g.kind === 'place')
    .map((g) => g.id);
  if (!page.length) return null;
  const related = (a: string, b: string) =>
    a === b || record.ancestors(a).has(b) || record.ancestors(b).has(a);
  // The recorded town is left as it was (the events record no place to confirm it by).
  if (page.some((p) => related(p, town))) return null;
  // A town of the story's own (a place of its events, a body's town; not a state around them): its officers may have been there.
  const storyTowns = [...record.storyCanons].flatMap((c) => {
    const id = c.startsWith('w:') ? c.slice(2) : '';
    const agency = id ? record.world?.agency(id) : undefined;
    if (agency?.place) return [`w:${agency.place}`];
    return id && record.world?.place(id) ? [c] : [];
  });
  if (page.some((p) => storyTowns.some((s) => p === s || record.ancestors(p).has(s)))) return null;
  const name = record.nameOf(town);
  return result(
    'conflict',
    'place',
    m.text,
    name,
    `The record's officers are of ${name}; ${m.text} is another town.`,
  );
}
