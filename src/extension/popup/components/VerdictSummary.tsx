import { t } from '../../platform/browser-api.ts';
import type { PageReport } from '../../shared/page-report.ts';

export interface VerdictSummaryProps {
  counts: PageReport['counts'];
}

/** The counts of discrepant, consistent and unverified sentences, in one line. */
export function VerdictSummary({ counts }: VerdictSummaryProps) {
  return (
    <p id="summary" class="summary-line">
      {t('popupSummary', [counts.discrepant, counts.consistent, counts.unverified])}
    </p>
  );
}
