/**
 * A local body the world does not list speaking in a clause no event's words
 * name ("The Kells County Sheriff's Office said much the same"), where the
 * record has exactly one statement by an agency of the same place and of
 * another kind (the Kells police department): the page gives that statement
 * to another body. The kinds are the world file's agencyKinds (local-kind.ts).
 * Nothing here knows a story.
 */
import type { ClauseRole } from './clause-roles.ts';
import {
  canonsNamed,
  isProperName,
  result,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { isAgencyCanon } from './scene-agencies.ts';
import { otherLocalKind } from './local-kind.ts';

/** The place a local agency's name starts with ("Kells" of "Kells Police Department"), folded; null without a kind. */
function placeOf(ctx: CompareContext, name: string): string | null {
  const kind = ctx.record.world?.agencyKindOf(name);
  const folded = name.toLowerCase();
  const term = kind?.terms.map((t) => t.toLowerCase()).find((t) => folded.endsWith(` ${t}`));
  return term
    ? folded
        .slice(0, folded.length - term.length)
        .replace(/^the\s+/, '')
        .trim()
    : null;
}

export function unlinkedAgencySpeaker(
  ctx: CompareContext,
  role: ClauseRole | null,
): ValueResult | null {
  if (!role || (role.role !== 'spoke' && role.role !== 'reported') || role.doer.type !== 'agency')
    return null;
  const name = role.doer.value.name;
  if (!isProperName(name) || canonsNamed(ctx, name, ['agency']).length) return null;
  const place = placeOf(ctx, name);
  if (!place) return null;
  const { record } = ctx;
  // The record's statements by an agency named for the same place.
  const speakers = ctx.allEvents.flatMap((e) =>
    e.participants
      .filter(
        (p) =>
          (p.role === 'spoke' || p.role === 'reported') &&
          isAgencyCanon(record, p.canon) &&
          placeOf(ctx, record.nameOf(p.canon)) === place,
      )
      .map((p) => ({ e, canon: p.canon })),
  );
  if (new Set(speakers.map((s) => s.e)).size !== 1) return null;
  const recorded = [...new Set(speakers.map((s) => s.canon))];
  const kind = otherLocalKind(
    record,
    name,
    recorded,
    (prefix) => canonsNamed(ctx, prefix, ['place', 'state']).length > 0,
  );
  if (!kind) return null;
  const names = recorded.map(record.nameOf).join(' and ');
  return result(
    'conflict',
    'agency',
    role.doer.text,
    names,
    `The record has the statement from ${names}; ${role.doer.text} is a ${kind}, another body.`,
  );
}
