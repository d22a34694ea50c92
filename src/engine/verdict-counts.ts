/**
 * Counts findings per verdict. A module of its own, with nothing else of the
 * engine: the extension's messages use it, and importing it must not bring
 * the analysis into the popup's bundle.
 */
import type { Finding } from './types.ts';

export function countVerdicts(findings: readonly Finding[]): Record<Finding['verdict'], number> {
  const counts = { discrepant: 0, consistent: 0, unverified: 0 };
  for (const finding of findings) counts[finding.verdict]++;
  return counts;
}
