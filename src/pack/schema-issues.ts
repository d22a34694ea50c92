/**
 * valibot's issues in plain words, for the pack and world-file checks: where
 * (a JSON path such as `stories[0].facts[2].sources[0]`) and why.
 */
import type * as v from 'valibot';

/** The issue's JSON path, or `root` for the document itself. */
export function issuePath(issue: v.BaseIssue<unknown>, root: string): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path || root;
}

/** A plain-English reason for a schema issue. */
export function issueReason(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  // The schemas' own messages are already plain English; valibot's defaults start with "Invalid".
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined') return 'missing required field';
    if (issue.type === 'picklist' || issue.type === 'literal')
      return `must be one of ${issue.expected}, not ${issue.received}`;
    if (issue.type === 'strict_object' || issue.type === 'object')
      return `must be an object, not ${issue.received}`;
    return `must be ${issue.expected === 'Array' ? 'a list' : `a ${issue.expected}`}, not ${issue.received}`;
  }
  return issue.message;
}
