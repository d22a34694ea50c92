/**
 * One claim repeated across a page (a headline and the sentences that echo
 * it) is one thing for the reader to check: the popup lists it once, with
 * the sentences that repeat it, and the badge counts it once.
 */
import type { PageReport, ReportedFinding } from './page-report.ts';

export interface FindingGroup {
  /** The first sentence that says it: its parts are the group's. */
  first: ReportedFinding;
  /** Every sentence matched to the same claim with the same verdict, in page order. */
  findings: ReportedFinding[];
}

/** Groups findings by what they were matched to (and their verdict), in the order each claim first appears. */
export function groupFindings(findings: readonly ReportedFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.verdict}\u0000${finding.claimId}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { first: finding, findings: [finding] });
  }
  return [...groups.values()];
}

/** The number of distinct discrepancies on a page: discrepant findings counted once per claim. */
export function distinctDiscrepancies(report: Pick<PageReport, 'findings'>): number {
  return new Set(report.findings.filter((f) => f.verdict === 'discrepant').map((f) => f.claimId))
    .size;
}
