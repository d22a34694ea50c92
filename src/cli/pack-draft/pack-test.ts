/**
 * `sourcelight pack test`: runs the engine with one pack over pages and, with
 * labels in the development-set format (eval/README.md), scores each page as
 * `npm run eval` does (src/cli/eval-score.ts): recall, precision, false alarms
 * on true sentences and on unrelated pages, and errors marked consistent.
 */
import { basename } from 'node:path';
import { indexPacks } from '../../engine/index.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import type { WorldIndex } from '../../world/world-index.ts';
import { analyzeInput } from '../analyze-input.ts';
import type { PageLabels } from '../eval-labels.ts';
import { scorePage, totalsOf, type PageResult, type Totals } from '../eval-score.ts';

export interface TestPage {
  name: string;
  content: string;
}

interface PageRun {
  file: string;
  story: string | null;
  findings: { verdict: string; text: string }[];
  /** With labels: the page's score, and its errors called consistent. */
  score?: PageResult;
  consistentErrors?: number;
}

export interface TestRun {
  pages: PageRun[];
  totals?: Totals & { consistentErrors: number };
  /** Pages given that have no labels (with labels on). */
  unlabelled: string[];
  /** Labelled pages not given. */
  missing: string[];
}

export function runPackTest(
  pack: ClaimPack,
  pages: readonly TestPage[],
  labels: readonly PageLabels[] | null,
  options: { world: WorldIndex; today: string },
): TestRun {
  const index = indexPacks([pack], { world: options.world });
  const byFile = new Map((labels ?? []).map((p) => [p.file, p]));
  const runs: PageRun[] = [];
  const unlabelled: string[] = [];
  for (const page of pages) {
    const input = analyzeInput(page.content, index, { today: options.today });
    const file = basename(page.name);
    const run: PageRun = {
      file,
      story: input.analysis.story?.storyId ?? null,
      findings: input.analysis.findings.map((f) => ({ verdict: f.verdict, text: f.text })),
    };
    const labelled = byFile.get(file);
    if (labels && !labelled) unlabelled.push(file);
    if (labelled) {
      run.score = scorePage('pack-test', labelled, input);
      run.consistentErrors = run.score.labels.filter(
        (l) => (l.label === 'discrepant' || l.label === 'flag') && l.verdict === 'consistent',
      ).length;
    }
    runs.push(run);
  }
  const given = new Set(runs.map((r) => r.file));
  const scored = runs.flatMap((r) => (r.score ? [r.score] : []));
  return {
    pages: runs,
    ...(labels
      ? {
          totals: {
            ...totalsOf(scored),
            consistentErrors: runs.reduce((n, r) => n + (r.consistentErrors ?? 0), 0),
          },
        }
      : {}),
    unlabelled,
    missing: (labels ?? []).map((p) => p.file).filter((f) => !given.has(f)),
  };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);

export function formatPackTest(run: TestRun): string {
  const lines: string[] = [];
  for (const p of run.pages) {
    const discrepant = p.findings.filter((f) => f.verdict === 'discrepant').length;
    if (!p.score) {
      lines.push(
        `${p.file}: story ${p.story ?? 'none'}; ${p.findings.length} findings, ${discrepant} discrepant`,
      );
      continue;
    }
    const s = p.score;
    const toCatch = s.labels.filter((l) => l.label === 'discrepant' || l.label === 'flag');
    const caught = toCatch.filter((l) => l.outcome === 'caught').length;
    const falseAlarms = s.labels.filter((l) => l.outcome === 'false-alarm').length;
    const storyNote = s.storyOk ? '' : ` (expected ${s.expectedStory ?? 'none'})`;
    lines.push(
      `${p.file}: story ${p.story ?? 'none'}${storyNote}; errors found ${caught}/${toCatch.length}; false alarms ${falseAlarms}; errors marked consistent ${p.consistentErrors ?? 0}; discrepant findings ${s.discrepantFindings} (${s.discrepantHits} on errors)`,
    );
    for (const l of s.labels) {
      if (l.outcome === 'missed' || l.outcome === 'false-alarm')
        lines.push(
          `  ${l.outcome === 'missed' ? 'missed' : 'FALSE ALARM'} [${l.label}] "${l.anchor}" → ${l.verdict ?? 'no finding'}`,
        );
    }
    for (const text of s.unlabelledDiscrepant)
      lines.push(`  discrepant on an unlabelled sentence: ${text.slice(0, 120)}`);
    for (const e of s.errors) lines.push(`  label error: ${e}`);
  }
  const t = run.totals;
  if (t) {
    lines.push('');
    lines.push(
      `Total over ${t.pages} labelled pages: recall ${pct(t.recall)} (${t.caught}/${t.toCatch}); precision ${pct(t.precision)} (${t.discrepantHits}/${t.discrepantFindings}); false alarms on true sentences ${t.falseAlarmsOnTrue}/${t.trueOrUnverifiedLabels}; unrelated pages with a story or finding ${t.unrelatedFalseAlarms}/${t.unrelatedPages}; errors marked consistent ${t.consistentErrors}; story recognised as labelled ${t.storyExact}/${t.pages}`,
    );
  }
  for (const f of run.unlabelled) lines.push(`note: ${f} has no labels`);
  for (const f of run.missing) lines.push(`note: labelled page ${f} was not given`);
  return lines.join('\n');
}
