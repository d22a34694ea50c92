import { readFileSync } from 'node:fs';

/** Hand-checked expectations for each demo page: the story it retells and each finding's sentence. */
export interface PageExpectation {
  story: string | null;
  findings: { verdict: 'discrepant' | 'consistent' | 'unverified'; claim: string; text: string }[];
}

export const EXPECTED: Record<string, PageExpectation> = JSON.parse(
  readFileSync(new URL('../demo/expected.json', import.meta.url), 'utf8'),
);

export const textsOf = (
  page: string,
  verdict: PageExpectation['findings'][number]['verdict'],
): string[] =>
  (EXPECTED[page]?.findings ?? []).filter((f) => f.verdict === verdict).map((f) => f.text);
