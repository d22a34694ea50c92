import { t } from '../../platform/browser-api.ts';
import type { PageReport } from '../../shared/page-report.ts';
import { pluralKey } from '../../shared/plural.ts';

export interface VerdictSummaryProps {
  counts: PageReport['counts'];
}

/** The page's verdict in one sentence, then the counts of discrepant, consistent and unverified sentences. */
export function VerdictSummary({ counts }: VerdictSummaryProps) {
  return (
    <>
      <p id="verdict-line" class={`verdict-line ${verdictClass(counts)}`}>
        {verdictLine(counts)}
      </p>
      <p id="summary" class="summary-line">
        {t('popupSummary', [counts.discrepant, counts.consistent, counts.unverified])}
      </p>
    </>
  );
}

function verdictClass(counts: PageReport['counts']): string {
  if (counts.discrepant > 0) return 'verdict-discrepant';
  return counts.consistent > 0 ? 'verdict-consistent' : 'verdict-unverified';
}

function verdictLine(counts: PageReport['counts']): string {
  if (counts.discrepant > 0)
    return t(
      pluralKey(counts.discrepant, {
        one: 'popupVerdictDiffersOne',
        other: 'popupVerdictDiffersOther',
      }),
      [counts.discrepant],
    );
  return t(counts.consistent > 0 ? 'popupVerdictAgrees' : 'popupVerdictUnchecked');
}
