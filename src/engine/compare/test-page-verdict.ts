/** Verdicts on whole pages, for tests: of a raid page's last sentence, or of the findings over one sentence of a page. */
import { analyzeText, type Finding, type PackIndex, type Verdict } from '../index.ts';

/**
 * The verdict on the last sentence of a page of the invented raid, read on 1
 * August 2024: its headline, its opening sentence, then `lines`.
 */
export function lastSentenceVerdict(index: PackIndex, lines: string[]): Verdict | undefined {
  const text = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street.',
    ...lines,
  ].join('\n');
  const final = lines[lines.length - 1]!.split(/(?<=\.)\s+/).pop()!;
  return analyzeText(text, index, { today: '2024-08-01' }).findings.find((f) =>
    f.text.includes(final),
  )?.verdict;
}

/** The findings of `text`, read on 21 November 2026, that overlap `sentence`, which stands at `start`. */
export function findingsOver(
  index: PackIndex,
  text: string,
  start: number,
  sentence: string,
): Finding[] {
  return analyzeText(text, index, { today: '2026-11-21' }).findings.filter(
    (f) => f.start < start + sentence.length && f.end > start,
  );
}

/** The gravest verdict of `found`: discrepant, else unverified, else consistent; none where nothing was found. */
export function gravestVerdict(
  found: Finding[],
): 'discrepant' | 'unverified' | 'consistent' | 'none' {
  return found.some((f) => f.verdict === 'discrepant')
    ? 'discrepant'
    : found.some((f) => f.verdict === 'unverified')
      ? 'unverified'
      : found.length
        ? 'consistent'
        : 'none';
}
