import { t } from '../../platform/browser-api.ts';

const MARKS = [
  ['discrepant', 'legendDiscrepant'],
  ['unverified', 'legendUnverified'],
  ['consistent', 'legendConsistent'],
] as const;

/** What the three marks in the page mean, each beside a sample drawn like the mark itself. */
export function MarkLegend() {
  return (
    <ul class="legend" id="legend" aria-label={t('legendLabel')}>
      {MARKS.map(([verdict, key]) => (
        <li key={verdict} data-verdict={verdict}>
          <span class={`mark-sample mark-${verdict}`} aria-hidden="true">
            {t('legendSample')}
          </span>{' '}
          {t(key)}
        </li>
      ))}
    </ul>
  );
}
