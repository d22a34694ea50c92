/**
 * Where an outcome left the people it befell ("held at the federal detention
 * facility in X"): a place named as a facility's, in a clause that names an
 * outcome whose record gives its place (an outcome's `places` in the pack).
 * Agrees when the page's place is that place, lies within it or holds it;
 * wrong only when the page's place is known and lies elsewhere. No recorded
 * place for the outcome → nothing (as before: a facility's town is not the
 * event's place).
 */
import { sameOrNested } from './story-record.ts';
import type { Mention } from '../read/types.ts';
import {
  agrees,
  canonsNamed,
  result,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { listNames } from './record-values.ts';

/** Words of a place where people are held ("the detention facility in X", "a jail in X"); not where they come from ("men from X"). */
const HELD_IN =
  /\b(facility|facilities|jail|prison|center|centre|camp)\b[^.;,]{0,12}\b(in|at|near|of)\s+$/i;

export function outcomePlace(
  ctx: CompareContext,
  m: Mention & { type: 'place' | 'state' },
  outcomes: readonly (Mention & { type: 'outcome' })[],
): ValueResult | null {
  if (!HELD_IN.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start))) return null;
  const live = outcomes.filter((o) => !o.negated);
  const places = [
    ...new Set(
      ctx.events.flatMap((e) => live.flatMap((o) => e.outcomes.get(o.value.kind)?.places ?? [])),
    ),
  ];
  if (!places.length) return null;
  const page = canonsNamed(ctx, m.value.name, m.type === 'state' ? ['state'] : ['place', 'state']);
  if (!page.length) return null;
  const related = page.some((p) => places.some((r) => sameOrNested(ctx.record, p, r)));
  if (related) return agrees;
  // Another place of the story (where the event happened): perhaps a second facility; say nothing.
  if (page.some((p) => ctx.record.storyCanons.has(p))) return null;
  const names = listNames(places.map(ctx.record.nameOf));
  return result(
    'conflict',
    m.type === 'state' ? 'state' : 'place',
    m.text,
    names,
    `The record has them held in ${names}, not ${m.text}.`,
  );
}
