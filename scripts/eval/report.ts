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
  const precision = r.expectedStory === null ? `${r.findings} findings` : frac(r.discrepantHits, r.discrepantFindings);
  const signals = frac(r.signalsExpected.length - r.signalsMissing.length, r.signalsExpected.length);
  return `${pad(r.set, 6)} ${pad(r.file, 40)} ${pad(story, 16)} ${pad(frac(caught, toCatch.length), 7)} ${pad(String(alarms), 6)} ${pad(precision, 11)} ${signals}`;
}

export function formatReport(results: readonly PageResult[], totals: Totals, targets: readonly Target[], notes: readonly string[]): string {
  const out: string[] = [...notes, ''];
  out.push(`${pad('set', 6)} ${pad('page', 40)} ${pad('story', 16)} ${pad('caught', 7)} ${pad('FA', 6)} ${pad('precision', 11)} signals`);
  out.push('-'.repeat(100));
  for (const r of results) out.push(pageRow(r));
  out.push('', 'caught: discrepant+flag labels caught; FA: true/unverified labels called discrepant; precision: discrepant findings on a label / all');

  const failing = results.flatMap((r) =>
    r.labels
      .filter((l) => l.outcome === 'missed' || l.outcome === 'false-alarm')
      .map((l) => `  ${l.outcome === 'missed' ? 'MISSED     ' : 'FALSE ALARM'} ${r.set}/${r.file}  [${l.label}] "${l.anchor}" (engine: ${l.verdict ?? 'no finding'})`),
  );
  out.push('', `Failing labels (${failing.length}):`, ...(failing.length ? failing : ['  none']));

  const unlabelled = results.flatMap((r) => r.unlabelledDiscrepant.map((t) => `  ${r.set}/${r.file}: ${short(t)}`));
  out.push('', `Discrepant findings on no discrepant/flag label (${unlabelled.length}; they lower precision):`, ...(unlabelled.length ? unlabelled : ['  none']));

  const notUnverified = results.flatMap((r) =>
    r.labels.filter((l) => l.outcome === 'not-unverified').map((l) => `  ${r.set}/${r.file}  "${l.anchor}" (engine: ${l.verdict ?? 'no finding'})`),
  );
  if (notUnverified.length) out.push('', `Unverified labels the engine did not call unverified (${notUnverified.length}; not a false alarm):`, ...notUnverified);

  const unrelated = results.filter((r) => r.expectedStory === null && !(r.storyOk && r.findings === 0));
  if (unrelated.length) out.push('', 'Unrelated pages that were touched:', ...unrelated.map((r) => `  ${r.set}/${r.file}: story ${r.story ?? 'none'}, ${r.findings} findings`));

  const storyWrong = results.filter((r) => !r.storyOk && r.expectedStory !== null);
  if (storyWrong.length) out.push('', 'Retellings with the wrong story:', ...storyWrong.map((r) => `  ${r.set}/${r.file}: expected ${r.expectedStory}, got ${r.story ?? 'none'}`));

  const signals = results.filter((r) => r.signalsMissing.length).map((r) => `  ${r.set}/${r.file}: ${r.signalsMissing.join(', ')}`);
  if (signals.length) out.push('', 'Missing signals:', ...signals);

  const warnings = results.flatMap((r) => r.warnings.map((w) => `  ${r.set}/${r.file}: ${w}`));
  if (warnings.length) out.push('', 'Label warnings:', ...warnings);

  const t = totals;
  out.push(
    '',
    'Totals',
    `  story recognition              ${frac(t.storyExact, t.pages)} pages exact`,
    `  discrepancy recall             ${pct(t.recall)} (${t.caught}/${t.toCatch} discrepant+flag labels)`,
    `  precision                      ${pct(t.precision)} (${t.discrepantHits}/${t.discrepantFindings} discrepant findings on retellings)`,
    `  false alarms, true statements  ${t.falseAlarmsOnTrue} of ${t.trueOrUnverifiedLabels} true/unverified labels`,
    `  false alarms, unrelated pages  ${t.unrelatedFalseAlarms} of ${t.unrelatedPages} pages`,
    `  unverified labels marked so    ${frac(t.unverifiedMarked, t.unverifiedLabels)}`,
    `  signal recall                  ${pct(t.signalRecall)} (${t.signalsFound}/${t.signalsExpected})`,
    '',
    'Targets',
    ...targets.map((g) => `  ${g.met ? 'met    ' : 'NOT MET'}  ${pad(g.name, 32)} ${g.value} (target ${g.goal})`),
  );
  return out.join('\n');
}
