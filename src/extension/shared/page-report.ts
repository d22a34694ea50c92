import * as v from 'valibot';
import type { Analysis, FindingKind } from '../../engine/index.ts';
// Through the engine's light entry: its main entry would bring the whole analysis into the popup's bundle.
import { countVerdicts, SIGNAL_KINDS } from '../../engine/lite.ts';
import {
  PeriodSchema,
  SeveritySchema,
  SourceSchema,
  TimeContextSchema,
  TimelineEventSchema,
  VerdictSchema,
} from '../../pack/schema-basics.ts';

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const FINDING_KINDS = [
  'agency',
  'number',
  'date',
  'place',
  'person',
  'quote',
  'misattributed-quote',
  'attribution',
  'time-context',
  'contradicted',
  'statement',
  'unverified-claim',
] as const satisfies readonly FindingKind[];

const SignalSchema = v.object({
  kind: v.picklist(SIGNAL_KINDS),
  text: Str(2000),
  explanation: Str(2000),
});

const FindingSchema = v.object({
  verdict: VerdictSchema,
  kind: v.picklist(FINDING_KINDS),
  text: Str(4000),
  claimId: Str(200),
  original: Str(4000),
  explanation: Str(2000),
  nuance: v.optional(Str(2000)),
  sources: v.pipe(v.array(SourceSchema), v.maxLength(20)),
  passage: v.optional(Str(4000)),
  refersTo: v.optional(PeriodSchema),
  /** The typed values side by side (slot, the page's value, the record's), when the engine gives them. */
  comparison: v.optional(
    v.pipe(
      v.array(v.object({ slot: Str(200), page: Str(2000), record: Str(2000) })),
      v.maxLength(20),
    ),
  ),
  /** How wrong a discrepant value is, when the pack says: `false`, or `imprecise` (partly right). */
  severity: v.optional(SeveritySchema),
});

const StorySummarySchema = v.object({
  storyId: Str(100),
  title: Str(400),
  summary: Str(4000),
  originals: v.pipe(v.array(SourceSchema), v.maxLength(20)),
  timeContext: TimeContextSchema,
  timeline: v.pipe(v.array(TimelineEventSchema), v.maxLength(1000)),
});

/** What a content script found on its page: the message payload shared by content script, background and popup. */
export const PageReportSchema = v.object({
  url: Str(4000),
  story: v.nullable(StorySummarySchema),
  counts: v.object({ discrepant: Count, consistent: Count, unverified: Count }),
  findings: v.pipe(v.array(FindingSchema), v.maxLength(2000)),
  signals: v.pipe(v.array(SignalSchema), v.maxLength(200)),
});

export type PageReport = v.InferOutput<typeof PageReportSchema>;
export type ReportedFinding = PageReport['findings'][number];

/** Builds the report for a page from the engine's analysis (offsets stay in the page). */
export function toPageReport(url: string, analysis: Analysis): PageReport {
  const { story } = analysis;
  return {
    url,
    story: story && {
      storyId: story.storyId,
      title: story.title,
      summary: story.summary,
      originals: story.originals,
      timeContext: story.timeContext,
      timeline: story.timeline,
    },
    counts: countVerdicts(analysis.findings),
    findings: analysis.findings.map(({ start: _start, end: _end, ...finding }) => finding),
    signals: analysis.signals.map(({ kind, text, explanation }) => ({
      kind,
      text: text.slice(0, 2000),
      explanation,
    })),
  };
}
