import type { ComponentChildren } from 'preact';
import { t } from '../../platform/browser-api.ts';
import { verdictLabelKey, WHY_LABEL } from '../../shared/finding-parts.ts';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { SourceLink } from './SourceLink.tsx';

export interface FindingListProps {
  findings: ReportedFinding[];
  /** Scrolls the page to the finding and opens its card; null where there is no page to scroll. */
  onShow: ((finding: ReportedFinding) => void) | null;
}

const KIND_LABEL: Record<ReportedFinding['kind'], string> = {
  agency: 'kindAgency', number: 'kindNumber', date: 'kindDate', place: 'kindPlace', person: 'kindPerson', quote: 'kindQuote',
  'misattributed-quote': 'kindMisattributedQuote', attribution: 'kindAttribution', 'time-context': 'kindTimeContext',
  contradicted: 'kindContradicted', statement: 'kindStatement', 'unverified-claim': 'kindUnverifiedClaim',
};

/** The page's discrepancies first, then what could not be verified. */
export function FindingList({ findings, onShow }: FindingListProps) {
  const indexed = findings.map((finding, index) => ({ finding, index }));
  const listed = [...indexed.filter((f) => f.finding.verdict === 'discrepant'), ...indexed.filter((f) => f.finding.verdict === 'unverified')];
  return (
    <section aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">{t('popupDiscrepanciesHeading')}</h2>
      {listed.every((f) => f.finding.verdict !== 'discrepant') && <p class="muted">{t('popupNoDiscrepancies')}</p>}
      <ul class="findings" id="findings">
        {listed.map(({ finding, index }) => (
          <FindingItem key={index} finding={finding} onShow={onShow && (() => onShow(finding))} />
        ))}
      </ul>
    </section>
  );
}

interface FindingItemProps {
  finding: ReportedFinding;
  onShow: (() => void) | null;
}

/** One finding: the verdict, the page's sentence against the record, the sources, and the way to it in the page. */
function FindingItem({ finding, onShow }: FindingItemProps) {
  const severity = finding.verdict === 'discrepant' ? finding.severity : undefined;
  return (
    <li class={`finding ${finding.verdict}${severity ? ` ${severity}` : ''}`} data-verdict={finding.verdict} data-kind={finding.kind} data-severity={severity}>
      <div class="finding-head">
        {/* "False" and "Imprecise" in words, not only in colour. */}
        <span class={`tag verdict-${finding.verdict}${severity ? ` severity-${severity}` : ''}`}>
          {t(verdictLabelKey(finding))}
          {finding.verdict === 'discrepant' && <span class="kind"> · {t(KIND_LABEL[finding.kind])}</span>}
        </span>
        {onShow && (
          <button type="button" class="show-in-page linkish" onClick={onShow} aria-label={t('popupShowInPageLabel', [finding.text.slice(0, 80)])}>
            {t('popupShowInPage')}
          </button>
        )}
      </div>
      {/* Every part under its own heading: whose words these are is never left to guess. */}
      <dl>
        <dt>{t('labelPageSays')}</dt>
        <dd class="page-text">{finding.text}</dd>
        <dt>{t('labelRecordSays')}</dt>
        <dd class="original-text">{finding.original}</dd>
        {finding.comparison?.map((value, i) => (
          <Part key={`c-${i}`} title={value.slot} cls="comparison">
            {t('labelComparison', [value.page, value.record])}
          </Part>
        ))}
        <dt>{t(WHY_LABEL[finding.verdict])}</dt>
        <dd class="explanation">{finding.explanation}</dd>
        {finding.nuance && (
          <Part title={t('labelKeepInMind')} cls="nuance">
            {finding.nuance}
          </Part>
        )}
        {finding.sources.length > 0 && (
          <Part title={t('labelSources')} cls="sources">
            {finding.sources.map((source, i) => (
              <span key={source.id}>
                {i > 0 && ' · '}
                <SourceLink source={source} passage={finding.passage} />
              </span>
            ))}
          </Part>
        )}
      </dl>
    </li>
  );
}

function Part({ title, cls, children }: { title: string; cls: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{title}</dt>
      <dd class={cls}>{children}</dd>
    </>
  );
}
