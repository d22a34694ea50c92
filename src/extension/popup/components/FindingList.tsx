import { t } from '../../platform/browser-api.ts';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { SourceLink } from './SourceLink.tsx';

export interface FindingListProps {
  findings: ReportedFinding[];
}

const VERDICT_LABEL = {
  discrepant: 'verdictDiscrepant',
  unverified: 'verdictUnverified',
  consistent: 'verdictConsistent',
} as const;

/** The page's discrepancies first, then what could not be verified. */
export function FindingList({ findings }: FindingListProps) {
  const discrepant = findings.filter((f) => f.verdict === 'discrepant');
  const unverified = findings.filter((f) => f.verdict === 'unverified');
  return (
    <section aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">{t('popupDiscrepanciesHeading')}</h2>
      {discrepant.length === 0 && <p class="muted">{t('popupNoDiscrepancies')}</p>}
      <ul class="findings" id="findings">
        {[...discrepant, ...unverified].map((finding, i) => (
          <FindingItem key={`${finding.claimId}-${i}`} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

interface FindingItemProps {
  finding: ReportedFinding;
}

/** One finding: the verdict, the page's sentence against the record, and the sources. */
function FindingItem({ finding }: FindingItemProps) {
  return (
    <li class={`finding ${finding.verdict}`} data-verdict={finding.verdict}>
      <span class={`tag verdict-${finding.verdict}`}>{t(VERDICT_LABEL[finding.verdict])}</span>
      <dl>
        <dt>{t('popupPageSays')}</dt>
        <dd class="page-text">{finding.text}</dd>
        <dt>{t('popupOriginalSays')}</dt>
        <dd class="original-text">{finding.original}</dd>
      </dl>
      <p class="explanation">{finding.explanation}</p>
      {finding.nuance && <p class="nuance">{finding.nuance}</p>}
      <p class="sources">
        {finding.sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && ' · '}
            <SourceLink source={source} />
          </span>
        ))}
      </p>
    </li>
  );
}
