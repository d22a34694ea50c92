import * as v from 'valibot';
import { checkWorld, type WorldProblem } from './check-world.ts';
import { WorldSchema, type World } from './schema.ts';

export type { WorldProblem } from './check-world.ts';
export type WorldResult = { ok: true; world: World } | { ok: false; problems: WorldProblem[] };

const MAX_PROBLEMS = 50;

/** Formats a problem as one line. */
export const formatWorldProblem = (problem: WorldProblem): string => `${problem.path}: ${problem.message}`;

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path || '(world)';
}

/** A plain-English reason for a schema issue. */
function reasonFor(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  // The schema's own messages are already plain English; valibot's defaults start with "Invalid".
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined') return 'missing required field';
    if (issue.type === 'picklist' || issue.type === 'literal') return `must be one of ${issue.expected}, not ${issue.received}`;
    if (issue.type === 'strict_object' || issue.type === 'object') return `must be an object, not ${issue.received}`;
    return `must be ${issue.expected === 'Array' ? 'a list' : `a ${issue.expected}`}, not ${issue.received}`;
  }
  return issue.message;
}

/**
 * Validates world data (data/world.json or a replacement for it). It never
 * throws: every problem comes back with its JSON path and a plain-English
 * reason (at most 50 of them).
 */
export function parseWorld(data: unknown): WorldResult {
  if (Array.isArray(data)) return { ok: false, problems: [{ path: '(world)', message: 'must be an object, not a list' }] };
  const parsed = v.safeParse(WorldSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.slice(0, MAX_PROBLEMS).map((issue) => ({ path: pathOf(issue), message: reasonFor(issue) })),
    };
  }
  const problems = checkWorld(parsed.output);
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, world: parsed.output };
}
