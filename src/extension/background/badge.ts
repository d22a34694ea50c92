import { setBadge } from '../platform/browser-api.ts';
import { distinctDiscrepancies } from '../shared/finding-groups.ts';
import type { PageReport } from '../shared/page-report.ts';

const DISCREPANT_COLOUR = '#b3261e';

/**
 * The toolbar badge for a tab: its number of distinct discrepancies (a claim
 * repeated in several sentences, a headline and the body, counts once),
 * empty when there are none.
 */
export function badgeText(report: PageReport | null): string {
  const count = report ? distinctDiscrepancies(report) : 0;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}

export function showReportOnBadge(tabId: number, report: PageReport | null): Promise<void> {
  return setBadge(tabId, badgeText(report), DISCREPANT_COLOUR);
}
