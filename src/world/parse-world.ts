import * as v from 'valibot';
import { checkWorld, type WorldProblem } from './check-world.ts';
import { WorldSchema, type World } from './schema.ts';
import { issuePath, issueReason } from '../pack/schema-issues.ts';

export type { WorldProblem } from './check-world.ts';
export type WorldResult = { ok: true; world: World } | { ok: false; problems: WorldProblem[] };

const MAX_PROBLEMS = 50;

/** Formats a problem as one line. */
export const formatWorldProblem = (problem: WorldProblem): string =>
  `${problem.path}: ${problem.message}`;

/**
 * Validates world data (data/world.json or a replacement for it). It never
 * throws: every problem comes back with its JSON path and a plain-English
 * reason (at most 50 of them).
 */
export function parseWorld(data: unknown): WorldResult {
  if (Array.isArray(data))
    return { ok: false, problems: [{ path: '(world)', message: 'must be an object, not a list' }] };
  const parsed = v.safeParse(WorldSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => ({ path: issuePath(issue, '(world)'), message: issueReason(issue) })),
    };
  }
  const problems = checkWorld(parsed.output);
  return problems.length
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, world: parsed.output };
}
