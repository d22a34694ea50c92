import { askShortcuts } from '../messaging/messenger.ts';
import { t } from '../platform/browser-api.ts';
import { shortcutHint } from '../shared/shortcut-hint.ts';
import type { CardStrings } from './ui/card.ts';

/** The card's words, from _locales (the same labels as the popup's). */
export function cardStrings(): CardStrings {
  return {
    verdict: {
      discrepant: t('verdictDiscrepant'),
      consistent: t('verdictConsistent'),
      unverified: t('verdictUnverified'),
    },
    severity: { false: t('severityFalse'), imprecise: t('severityImprecise') },
    pageSays: t('labelPageSays'),
    recordSays: t('labelRecordSays'),
    why: {
      discrepant: t('labelWhyDiffers'),
      consistent: t('labelWhyAgrees'),
      unverified: t('labelWhyUnverified'),
    },
    keepInMind: t('labelKeepInMind'),
    comparison: (page, record) => t('labelComparison', [page, record]),
    close: t('cardClose'),
    sources: t('labelSources'),
    unconfirmed: t('cardUnconfirmed'),
    scrollable: t('cardScrollable'),
    hint: () => askShortcuts().then(shortcutHint),
  };
}
