import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../platform/browser-api.ts';
import { useState } from 'preact/hooks';
import { verdictLabelKey, WHY_LABEL } from '../../shared/finding-parts.ts';
import { groupFindings, type FindingGroup } from '../../shared/finding-groups.ts';
import { pluralKey } from '../../shared/plural.ts';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { SourceLink } from './SourceLink.tsx';
import { FoldSection } from './FoldSection.tsx';

export interface FindingListProps {
  findings: ReportedFinding[];
  /** Scrolls the page to the finding and opens its card; null where there is no page to scroll. */
  onShow: ((finding: ReportedFinding) => void) | null;
}

const KIND_LABEL: Record<ReportedFinding['kind'], MessageKey> = {
  agency: 'kindAgency',
  number: 'kindNumber',
  date: 'kindDate',
  place: 'kindPlace',
  person: 'kindPerson',
  quote: 'kindQuote',
  'misattributed-quote': 'kindMisattributedQuote',
  attribution: 'kindAttribution',
  'time-context': 'kindTimeContext',
  contradicted: 'kindContradicted',
  statement: 'kindStatement',
  'unverified-claim': 'kindUnverifiedClaim',
};

/** The page's discrepancies first, then what could not be verified; a claim repeated in several sentences once. Open, and folds. */
export function FindingList({ findings, onShow }: FindingListProps) {
  const groups = groupFindings(findings);
  const listed = [
    ...groups.filter((g) => g.first.verdict === 'discrepant'),
    ...groups.filter((g) => g.first.verdict === 'unverified'),
  ];
  return (
    <FoldSection
      id="findings-section"
      headingId="discrepancies-heading"
      heading={t('popupDiscrepanciesHeading')}
      open
    >
      {listed.every((g) => g.first.verdict !== 'discrepant') && (
        <p class="muted">{t('popupNoDiscrepancies')}</p>
      )}
      <ul class="findings" id="findings">
        {listed.map((group) => (
          <FindingItem
            key={`${group.first.verdict}:${group.first.claimId}`}
            group={group}
            onShow={onShow}
          />
        ))}
      </ul>
    </FoldSection>
  );
}

interface FindingItemProps {
  group: FindingGroup;
  onShow: ((finding: ReportedFinding) => void) | null;
}

/**
 * One claim: the verdict, the page's sentence against the record, the
 * sources, and the way to it in the page. A claim the page repeats says in
 * how many sentences, and "Show in page" steps through them in turn.
 */
function FindingItem({ group, onShow }: FindingItemProps) {
  // The sentence last shown in the page (none yet): the entry reads it, the button goes to the one after.
  const [shown, setShown] = useState(-1);
  const count = group.findings.length;
  const finding = group.findings[Math.max(shown, 0)] ?? group.first;
  const next = (shown + 1) % count;
  const target = group.findings[next] ?? group.first;
  const severity = finding.verdict === 'discrepant' ? finding.severity : undefined;
  const show =
    onShow &&
    (() => {
      onShow(target);
      setShown(next);
    });
  return (
    <li
      class={`finding ${finding.verdict}${severity ? ` ${severity}` : ''}`}
      data-verdict={finding.verdict}
      data-kind={finding.kind}
      data-severity={severity}
      data-repeats={count}
    >
      <div class="finding-head">
        {/* "False" and "Imprecise" in words, not only in colour. */}
        <span class={`tag verdict-${finding.verdict}${severity ? ` severity-${severity}` : ''}`}>
          {t(verdictLabelKey(finding))}
          {finding.verdict === 'discrepant' && (
            <span class="kind"> · {t(KIND_LABEL[finding.kind])}</span>
          )}
        </span>
        {show && (
          <button
            type="button"
            class="show-in-page linkish"
            onClick={show}
            aria-label={
              count > 1
                ? t('popupShowInPageStepLabel', [next + 1, count, target.text.slice(0, 80)])
                : t('popupShowInPageLabel', [target.text.slice(0, 80)])
            }
          >
            {count > 1 ? t('popupShowInPageStep', [next + 1, count]) : t('popupShowInPage')}
          </button>
        )}
      </div>
      {count > 1 && (
        <p class="repeats">
          {t(pluralKey(count, { one: 'popupRepeatsOne', other: 'popupRepeatsOther' }), [count])}
        </p>
      )}
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

function Part({
  title,
  cls,
  children,
}: {
  title: string;
  cls: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <dt>{title}</dt>
      <dd class={cls}>{children}</dd>
    </>
  );
}
