import type { Analysis } from '../engine/index.ts';

/**
 * The `sourcelight analyze --json` document (schemaVersion 3), documented in
 * docs/analyze-output.md. Field names are a contract: add, never rename.
 */
export interface AnalyzeReport {
  schemaVersion: 3;
  input: { source: string; kind: 'html' | 'text' };
  stories: {
    id: string;
    title: string;
    /** 0.5 at the recognition threshold, rising to 1 at twice the threshold. */
    confidence: number;
    timeContext: { start: string; end: string; summary: string };
    originals: {
      publisher: string;
      title: string | null;
      url: string;
      urlConfirmed: boolean;
      urlNote: string | null;
      published: string;
      author: string | null;
    }[];
  }[];
  findings: {
    story: string;
    verdict: 'consistent' | 'discrepant' | 'unverified';
    kind: string;
    text: string;
    claim: string;
    original: string;
    explanation: string;
    nuance: string | null;
    /** For a discrepant finding: "false", or "imprecise" where the record calls the page's value partly right; null otherwise. */
    severity: 'false' | 'imprecise' | null;
    /** For a finding from a typed comparison: each value of the page against the record's (empty otherwise). */
    comparison: { slot: string; page: string; record: string }[];
    /** For quoted words that differ from the speaker's recorded words: each change, "record words → page words" (empty otherwise). */
    diff: string[];
    sources: { publisher: string; url: string; published: string }[];
  }[];
  signals: { kind: string; text: string; explanation: string }[];
}

export function toJsonReport(analysis: Analysis, input: AnalyzeReport['input']): AnalyzeReport {
  const { story } = analysis;
  return {
    schemaVersion: 3,
    input,
    stories: story
      ? [
          {
            id: story.storyId,
            title: story.title,
            confidence: Math.round(Math.min(1, 0.5 * (story.score / story.threshold)) * 100) / 100,
            timeContext: story.timeContext,
            originals: story.originals.map((o) => ({
              publisher: o.publisher,
              title: o.headline ?? null,
              url: o.url,
              urlConfirmed: o.urlConfirmed,
              urlNote: o.urlNote ?? null,
              published: o.date,
              author: o.author ?? null,
            })),
          },
        ]
      : [],
    findings: story
      ? analysis.findings.map((f) => ({
          story: story.storyId,
          verdict: f.verdict,
          kind: f.kind,
          text: f.text,
          claim: f.claimId,
          original: f.original,
          explanation: f.explanation,
          nuance: f.nuance ?? null,
          severity: f.severity ?? null,
          comparison: (f.comparison ?? []).map(({ slot, page, record }) => ({
            slot,
            page,
            record,
          })),
          diff: f.diff ?? [],
          sources: f.sources.map((s) => ({
            publisher: s.publisher,
            url: s.url,
            published: s.date,
          })),
        }))
      : [],
    signals: analysis.signals.map(({ kind, text, explanation }) => ({ kind, text, explanation })),
  };
}
