/**
 * The labelled parts of a finding, shared by the card and the popup, so that
 * the reader always knows whose words they read: the page's, the record's,
 * or Sourcelight's own explanation. Each label is a _locales key.
 */
import type { MessageKey } from '../platform/browser-api.ts';
import type { ReportedFinding } from './page-report.ts';

type Verdict = ReportedFinding['verdict'];

/** The heading over the explanation: why the sentence differs, agrees, or could not be checked. */
export const WHY_LABEL: Record<Verdict, MessageKey> = {
  discrepant: 'labelWhyDiffers',
  consistent: 'labelWhyAgrees',
  unverified: 'labelWhyUnverified',
};

/** The word for a discrepancy's weight, when the pack records it: a false value is not an imprecise one. */
const SEVERITY_LABEL = {
  false: 'severityFalse',
  imprecise: 'severityImprecise',
} as const;

export type Severity = keyof typeof SEVERITY_LABEL;

/** The verdict as the reader reads it: "False" or "Imprecise" for a discrepancy whose weight is known, else the verdict. */
export function verdictLabelKey(
  finding: Pick<ReportedFinding, 'verdict' | 'severity'>,
): MessageKey {
  if (finding.verdict === 'discrepant' && finding.severity) return SEVERITY_LABEL[finding.severity];
  return VERDICT_LABEL[finding.verdict];
}

const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  discrepant: 'verdictDiscrepant',
  unverified: 'verdictUnverified',
  consistent: 'verdictConsistent',
};
