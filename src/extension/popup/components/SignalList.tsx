import { t, type MessageKey } from '../../platform/browser-api.ts';
import type { PageReport } from '../../shared/page-report.ts';
import { FoldSection } from './FoldSection.tsx';

export interface SignalListProps {
  signals: PageReport['signals'];
}

const KIND_LABEL: Record<PageReport['signals'][number]['kind'], MessageKey> = {
  spam: 'signalSpam',
  'generated-text': 'signalGeneratedText',
  'duplicated-story': 'signalDuplicatedStory',
  artifact: 'signalArtifact',
  'no-original-link': 'signalNoOriginalLink',
  'undated-old-story': 'signalUndatedOldStory',
  'misspelled-name': 'signalMisspelledName',
};

/** How the page is made, apart from what it says: spam, machine-writing leftovers, no link to the original, no date. Folded: its heading says how many. */
export function SignalList({ signals }: SignalListProps) {
  if (signals.length === 0) return null;
  return (
    <FoldSection
      id="signals-section"
      headingId="signals-heading"
      heading={`${t('popupSignalsHeading')} (${signals.length})`}
    >
      <ul class="signals" id="signals">
        {signals.map((signal, i) => (
          <li key={i} data-kind={signal.kind}>
            <strong>{t(KIND_LABEL[signal.kind])}</strong>
            <span class="explanation"> {signal.explanation}</span>
            {signal.text && (
              <q class="signal-text">
                {signal.text.length > 160 ? `${signal.text.slice(0, 160)}…` : signal.text}
              </q>
            )}
          </li>
        ))}
      </ul>
    </FoldSection>
  );
}
