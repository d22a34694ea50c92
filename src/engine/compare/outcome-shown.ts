/**
 * How an outcome kind of the record reads in an explanation ("8 back on duty", not the pack's id
 * "returned-to-duty"): the kinds whose id is not already the word a reader would use.
 */
import type { OutcomeKind } from '../read/types.ts';

const SHOWN: Partial<Record<OutcomeKind, string>> = {
  'desk-duty': 'put on desk duty',
  'returned-to-duty': 'back on duty',
  'kept-on-duty': 'kept on duty',
  'dropped-case': 'had the case dropped',
};

export function outcomeShown(kind: OutcomeKind): string {
  return SHOWN[kind] ?? kind;
}
