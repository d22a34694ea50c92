import { t } from '../platform/browser-api.ts';
import type { CardStrings } from './ui/card.ts';

/** The card's words, from _locales. */
export function cardStrings(): CardStrings {
  return {
    verdict: { discrepant: t('verdictDiscrepant'), consistent: t('verdictConsistent'), unverified: t('verdictUnverified') },
    pageSays: t('cardPageSays'),
    originalSays: t('cardOriginalSays'),
    close: t('cardClose'),
    sources: t('cardSources'),
    unconfirmed: t('cardUnconfirmed'),
    hint: t('cardHint'),
  };
}
