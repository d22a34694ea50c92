/** The text report of `npm run eval`: a table per page, what failed, totals and targets. */
import type { PageResult, Target, Totals } from './score.ts';

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const frac = (a: number, b: number) => (b === 0 ? '-' : `${a}/${b}`);
const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const short = (s: string) => (s.length > 110 ? `${s.slice(0, 109)}…` : s).replace(/\s+/g, ' ');

function pageRow(r: PageResult): string {
  const toCatch = r.labels.filter((l) => l.label === 'discrepant' || l.label === 'flag');
  const caught = toCatch.filter((l) => l.outcome === 'caught').length;
  const alarms = r.labels.filter((l) => l.outcome === 'false-alarm').length;
  const story = r.storyOk ? 'ok' : `got ${r.story ?? 'none'}`;
  const precision =
    r.expectedStory === null
      ? `${r.findings} findings`
      : frac(r.discrepantHits, r.discrepantFindings);
  const signals = frac(
    r.signalsExpected.length - r.signalsMissing.length,
    r.signalsExpected.length,
  );
  return `${pad(r.set, 6)} ${pad(r.file, 40)} ${pad(story, 16)} ${pad(frac(caught, toCatch.length), 7)} ${pad(String(alarms), 6)} ${pad(precision, 11)} ${signals}`;
}

export const HELD_OUT_PAGES_WARNING =
  'WARNING: these are the HELD-OUT pages (eval/pages-held-out). Score them once, at the end of issue 14; do not tune the engine or the packs on what they show.';

/** The pages scored apart from the targets: the development part's new voices. */
export interface ReportedBlock {
  results: readonly PageResult[];
  totals: Totals;
  /** The targets' figures on these pages, for comparison; they do not gate the run. */
  targets: readonly Target[];
}

/** Failing labels, unlabelled discrepant findings and the other per-label lists of some pages. */
function details(results: readonly PageResult[], suffix: string): string[] {
  const out: string[] = [];
  const failing = results.flatMap((r) =>
    r.labels
      .filter((l) => l.outcome === 'missed' || l.outcome === 'false-alarm')
      .map(
        (l) =>
          `  ${l.outcome === 'missed' ? 'MISSED     ' : 'FALSE ALARM'} ${r.set}/${r.file}  [${l.label}] "${l.anchor}" (engine: ${l.verdict ?? 'no finding'})`,
      ),
  );
  out.push(
    '',
    `Failing labels${suffix} (${failing.length}):`,
    ...(failing.length ? failing : ['  none']),
  );

  const unlabelled = results.flatMap((r) =>
    r.unlabelledDiscrepant.map((t) => `  ${r.set}/${r.file}: ${short(t)}`),
  );
  out.push(
    '',
    `Discrepant findings on no discrepant/flag label${suffix} (${unlabelled.length}; they lower precision):`,
    ...(unlabelled.length ? unlabelled : ['  none']),
  );

  const notUnverified = results.flatMap((r) =>
    r.labels
      .filter((l) => l.outcome === 'not-unverified')
      .map((l) => `  ${r.set}/${r.file}  "${l.anchor}" (engine: ${l.verdict ?? 'no finding'})`),
  );
  if (notUnverified.length)
    out.push(
      '',
      `Unverified labels the engine did not call unverified${suffix} (${notUnverified.length}; not a false alarm):`,
      ...notUnverified,
    );

  const unrelated = results.filter(
    (r) => r.expectedStory === null && !(r.storyOk && r.findings === 0),
  );
  if (unrelated.length)
    out.push(
      '',
      `Unrelated pages that were touched${suffix}:`,
      ...unrelated.map(
        (r) => `  ${r.set}/${r.file}: story ${r.story ?? 'none'}, ${r.findings} findings`,
      ),
    );

  const storyWrong = results.filter((r) => !r.storyOk && r.expectedStory !== null);
  if (storyWrong.length)
    out.push(
      '',
      `Retellings with the wrong story${suffix}:`,
      ...storyWrong.map(
        (r) => `  ${r.set}/${r.file}: expected ${r.expectedStory}, got ${r.story ?? 'none'}`,
      ),
    );

  const signals = results
    .filter((r) => r.signalsMissing.length)
    .map((r) => `  ${r.set}/${r.file}: ${r.signalsMissing.join(', ')}`);
  if (signals.length) out.push('', `Missing signals${suffix}:`, ...signals);

  const warnings = results.flatMap((r) => r.warnings.map((w) => `  ${r.set}/${r.file}: ${w}`));
  if (warnings.length) out.push('', `Label warnings${suffix}:`, ...warnings);
  return out;
}

function totalLines(t: Totals): string[] {
  return [
    `  story recognition              ${frac(t.storyExact, t.pages)} pages exact`,
    `  discrepancy recall             ${pct(t.recall)} (${t.caught}/${t.toCatch} discrepant+flag labels)`,
    `  precision                      ${pct(t.precision)} (${t.discrepantHits}/${t.discrepantFindings} discrepant findings on retellings)`,
    `  false alarms, true statements  ${t.falseAlarmsOnTrue} of ${t.trueOrUnverifiedLabels} true/unverified labels`,
    `  false alarms, unrelated pages  ${t.unrelatedFalseAlarms} of ${t.unrelatedPages} pages`,
    `  unverified labels marked so    ${frac(t.unverifiedMarked, t.unverifiedLabels)}`,
    `  signal recall                  ${pct(t.signalRecall)} (${t.signalsFound}/${t.signalsExpected})`,
  ];
}

const targetLines = (targets: readonly Target[], met: string, unmet: string): string[] =>
  targets.map((g) => `  ${g.met ? met : unmet}  ${pad(g.name, 32)} ${g.value} (target ${g.goal})`);

/**
 * `results` are the pages that count toward the targets (held out: all the held-out pages, reported
 * only); `options.newVoices` the development pages reported in their own block, without a target.
 */
export function formatReport(
  results: readonly PageResult[],
  totals: Totals,
  targets: readonly Target[],
  notes: readonly string[],
  options: { heldOut?: boolean; newVoices?: ReportedBlock | undefined } = {},
): string {
  const { heldOut = false, newVoices } = options;
  const out: string[] = [...(heldOut ? [HELD_OUT_PAGES_WARNING] : []), ...notes, ''];
  out.push(
    `${pad('set', 6)} ${pad('page', 40)} ${pad('story', 16)} ${pad('caught', 7)} ${pad('FA', 6)} ${pad('precision', 11)} signals`,
  );
  out.push('-'.repeat(100));
  for (const r of results) out.push(pageRow(r));
  if (newVoices) {
    out.push(`${'-'.repeat(40)} new voices (reported, no target yet) ${'-'.repeat(22)}`);
    for (const r of newVoices.results) out.push(pageRow(r));
  }
  out.push(
    '',
    'caught: discrepant+flag labels caught; FA: true/unverified labels called discrepant; precision: discrepant findings on a label / all',
  );

  out.push(...details(results, ''));
  out.push(
    '',
    heldOut ? 'Totals (held-out pages)' : 'Totals',
    ...totalLines(totals),
    '',
    heldOut ? 'Targets (reported on the held-out pages; they do not gate this run)' : 'Targets',
    ...(heldOut
      ? targetLines(targets, 'would meet', 'would miss')
      : targetLines(targets, 'met    ', 'NOT MET')),
  );
  if (newVoices) {
    out.push(
      '',
      `New voices (reported, no target yet): ${newVoices.results.length} development pages in NEW_VOICE_PAGES_NO_TARGET_YET`,
      ...details(newVoices.results, ', new voices'),
      '',
      'Totals, new voices',
      ...totalLines(newVoices.totals),
      '',
      'The targets on the new voices (for comparison; not gating)',
      ...targetLines(newVoices.targets, 'would meet', 'would miss'),
    );
  }
  if (heldOut) out.push('', HELD_OUT_PAGES_WARNING);
  return out.join('\n');
}
