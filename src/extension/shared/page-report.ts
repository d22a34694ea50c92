import * as v from 'valibot';
import { countVerdicts, type Analysis } from '../../engine/index.ts';
import { SourceSchema, VerdictSchema, CheckSchema } from '../../pack/schema.ts';

const FindingSchema = v.object({
  verdict: VerdictSchema,
  kind: CheckSchema.entries.kind,
  text: v.pipe(v.string(), v.maxLength(4000)),
  checkId: v.pipe(v.string(), v.maxLength(100)),
  original: v.pipe(v.string(), v.maxLength(2000)),
  explanation: v.pipe(v.string(), v.maxLength(2000)),
  sources: v.pipe(v.array(SourceSchema), v.maxLength(20)),
});

const StorySummarySchema = v.object({
  storyId: v.pipe(v.string(), v.maxLength(100)),
  title: v.pipe(v.string(), v.maxLength(400)),
  summary: v.pipe(v.string(), v.maxLength(4000)),
  originals: v.pipe(v.array(SourceSchema), v.maxLength(20)),
});

/** What a content script found on its page: the message payload shared by content script, background and popup. */
export const PageReportSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(4000)),
  story: v.nullable(StorySummarySchema),
  counts: v.object({
    discrepant: v.pipe(v.number(), v.integer(), v.minValue(0)),
    consistent: v.pipe(v.number(), v.integer(), v.minValue(0)),
    unverified: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  findings: v.pipe(v.array(FindingSchema), v.maxLength(2000)),
});

export type PageReport = v.InferOutput<typeof PageReportSchema>;
export type ReportedFinding = PageReport['findings'][number];

/** Builds the report for a page from the engine's analysis. */
export function toPageReport(url: string, analysis: Analysis): PageReport {
  const { story } = analysis;
  return {
    url,
    story: story && {
      storyId: story.storyId,
      title: story.title,
      summary: story.summary,
      originals: story.originals,
    },
    counts: countVerdicts(analysis.findings),
    findings: analysis.findings.map(({ verdict, kind, text, checkId, original, explanation, sources }) => ({
      verdict, kind, text, checkId, original, explanation, sources,
    })),
  };
}
