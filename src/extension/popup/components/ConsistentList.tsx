import { t } from '../../platform/browser-api.ts';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { FoldSection } from './FoldSection.tsx';

/** The sentences that agree with the record, each with what it agrees with: folded, listed on demand. */
export function ConsistentList({ findings }: { findings: ReportedFinding[] }) {
  const consistent = findings.filter((f) => f.verdict === 'consistent');
  if (consistent.length === 0) return null;
  return (
    <FoldSection
      id="consistent-section"
      headingId="consistent-heading"
      heading={`${t('popupConsistentHeading')} (${consistent.length})`}
    >
      <ul class="findings consistent-list" id="consistent">
        {consistent.map((finding, i) => (
          <li key={`${finding.claimId}:${i}`} class="finding consistent" data-verdict="consistent">
            <dl>
              <dt>{t('labelPageSays')}</dt>
              <dd class="page-text">{finding.text}</dd>
              <dt>{t('popupConsistentAgreesWith')}</dt>
              <dd class="original-text">{finding.original}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </FoldSection>
  );
}
