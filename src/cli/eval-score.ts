/**
 * Scores one analysed page against its labels, and sums pages into totals and
 * targets: `npm run eval` (scripts/eval) and `sourcelight pack test` share it.
 */
import type { AnalysedInput } from './analyze-input.ts';
import { splitSentences, type Verdict } from '../engine/index.ts';
import { contains, occurrences, type LabelType, type PageLabels } from './eval-labels.ts';

/**
 * caught / missed: a discrepant or flag label. ok / false-alarm: a true or
 * unverified label (an unverified label that the engine did not call
 * unverified, but did not call discrepant either, is "not-unverified").
 */
type Outcome = 'caught' | 'missed' | 'ok' | 'not-unverified' | 'false-alarm';

interface LabelResult {
  anchor: string;
  label: LabelType;
  /** The engine's verdict on the sentence holding the anchor; null when it has no finding there. */
  verdict: Verdict | null;
  outcome: Outcome;
  ref?: string;
}

export interface PageResult {
  set: string;
  file: string;
  expectedStory: string | null;
  story: string | null;
  storyOk: boolean;
  labels: LabelResult[];
  /** Discrepant findings, and those that fall on a discrepant or flag label. */
  discrepantFindings: number;
  discrepantHits: number;
  /** Discrepant findings on no discrepant/flag label (they count against precision). */
  unlabelledDiscrepant: string[];
  /** For a page that must stay untouched: how many findings it got. */
  findings: number;
  signalsExpected: string[];
  signalsMissing: string[];
  /** Problems in the label file (fail the run) and doubtful labels (reported). */
  errors: string[];
  warnings: string[];
}

function outcomeOf(label: LabelType, verdict: Verdict | null): Outcome {
  switch (label) {
    case 'discrepant':
      return verdict === 'discrepant' ? 'caught' : 'missed';
    case 'flag':
      return verdict === 'discrepant' || verdict === 'unverified' ? 'caught' : 'missed';
    case 'unverified':
      return verdict === 'discrepant'
        ? 'false-alarm'
        : verdict === 'unverified'
          ? 'ok'
          : 'not-unverified';
    case 'true':
      return verdict === 'discrepant' ? 'false-alarm' : 'ok';
  }
}

export function scorePage(set: string, page: PageLabels, input: AnalysedInput): PageResult {
  const { analysis, text } = input;
  const errors: string[] = [];
  const warnings: string[] = [];
  const sentences = splitSentences(text);
  const sentenceOfLabel = new Map<number, string>();
  const labels = page.labels.map((label): LabelResult => {
    const count = occurrences(text, label.anchor);
    if (count !== 1)
      errors.push(
        `anchor "${label.anchor}" occurs ${count} times in the analysed text (it must occur exactly once)`,
      );
    const sentence = sentences.findIndex((s) => contains(s.text, label.anchor));
    if (count === 1 && sentence === -1)
      warnings.push(
        `anchor "${label.anchor}" crosses an engine sentence boundary: it can never be matched`,
      );
    if (sentence !== -1) {
      const other = sentenceOfLabel.get(sentence);
      if (other)
        warnings.push(`anchors "${other}" and "${label.anchor}" fall in the same engine sentence`);
      sentenceOfLabel.set(sentence, label.anchor);
    }
    const finding =
      count === 1 ? analysis.findings.find((f) => contains(f.text, label.anchor)) : undefined;
    const verdict = finding?.verdict ?? null;
    return {
      anchor: label.anchor,
      label: label.label,
      verdict,
      outcome: outcomeOf(label.label, verdict),
      ...(label.ref ? { ref: label.ref } : {}),
    };
  });

  const discrepant = analysis.findings.filter((f) => f.verdict === 'discrepant');
  const wanted = page.labels.filter((l) => l.label === 'discrepant' || l.label === 'flag');
  const hits = discrepant.filter((f) => wanted.some((l) => contains(f.text, l.anchor)));
  const found = new Set(analysis.signals.map((s) => s.kind as string));
  const signalsExpected = page.signals ?? [];
  return {
    set,
    file: page.file,
    expectedStory: page.story,
    story: analysis.story?.storyId ?? null,
    storyOk: (analysis.story?.storyId ?? null) === page.story,
    labels,
    discrepantFindings: discrepant.length,
    discrepantHits: hits.length,
    unlabelledDiscrepant: discrepant.filter((f) => !hits.includes(f)).map((f) => f.text),
    findings: analysis.findings.length,
    signalsExpected,
    signalsMissing: signalsExpected.filter((k) => !found.has(k)),
    errors,
    warnings,
  };
}

export interface Totals {
  pages: number;
  storyExact: number;
  /** discrepant + flag labels, and how many the engine caught. */
  toCatch: number;
  caught: number;
  recall: number | null;
  /** On retellings (pages with an expected story): discrepant findings, and those on a discrepant/flag label. */
  discrepantFindings: number;
  discrepantHits: number;
  precision: number | null;
  /** true and unverified labels the engine called discrepant. */
  falseAlarmsOnTrue: number;
  trueOrUnverifiedLabels: number;
  /** Pages that must stay untouched but got a story or a finding, and how many of those pages there are. */
  unrelatedFalseAlarms: number;
  unrelatedPages: number;
  unverifiedLabels: number;
  unverifiedMarked: number;
  signalsExpected: number;
  signalsFound: number;
  signalRecall: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function totalsOf(results: readonly PageResult[]): Totals {
  const labels = results.flatMap((r) => r.labels);
  const toCatch = labels.filter((l) => l.label === 'discrepant' || l.label === 'flag');
  const caught = toCatch.filter((l) => l.outcome === 'caught').length;
  const retellings = results.filter((r) => r.expectedStory !== null);
  const unrelated = results.filter((r) => r.expectedStory === null);
  const discrepantFindings = retellings.reduce((n, r) => n + r.discrepantFindings, 0);
  const discrepantHits = retellings.reduce((n, r) => n + r.discrepantHits, 0);
  const unverified = labels.filter((l) => l.label === 'unverified');
  const signalsExpected = results.reduce((n, r) => n + r.signalsExpected.length, 0);
  const signalsFound = signalsExpected - results.reduce((n, r) => n + r.signalsMissing.length, 0);
  return {
    pages: results.length,
    storyExact: results.filter((r) => r.storyOk).length,
    toCatch: toCatch.length,
    caught,
    recall: ratio(caught, toCatch.length),
    discrepantFindings,
    discrepantHits,
    precision: ratio(discrepantHits, discrepantFindings),
    falseAlarmsOnTrue: labels.filter((l) => l.outcome === 'false-alarm').length,
    trueOrUnverifiedLabels: labels.filter((l) => l.label === 'true' || l.label === 'unverified')
      .length,
    unrelatedFalseAlarms: unrelated.filter((r) => r.story !== null || r.findings > 0).length,
    unrelatedPages: unrelated.length,
    unverifiedLabels: unverified.length,
    unverifiedMarked: unverified.filter((l) => l.outcome === 'ok').length,
    signalsExpected,
    signalsFound,
    signalRecall: ratio(signalsFound, signalsExpected),
  };
}

export interface Target {
  name: string;
  met: boolean;
  value: string;
  goal: string;
}

const pct = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

/** The targets the engine is held to; `npm run eval` exits 1 while any is unmet. */
export function targetsOf(t: Totals): Target[] {
  return [
    {
      name: 'story recognition',
      met: t.storyExact === t.pages,
      value: `${t.storyExact}/${t.pages}`,
      goal: 'every page',
    },
    {
      name: 'discrepancy recall',
      met: t.recall === null || t.recall >= 0.9,
      value: pct(t.recall),
      goal: '>= 0.9',
    },
    {
      name: 'precision',
      met: t.precision === null || t.precision >= 0.9,
      value: pct(t.precision),
      goal: '>= 0.9',
    },
    {
      name: 'false alarms on true statements',
      met: t.falseAlarmsOnTrue === 0,
      value: String(t.falseAlarmsOnTrue),
      goal: '0',
    },
    {
      name: 'false alarms on unrelated pages',
      met: t.unrelatedFalseAlarms === 0,
      value: String(t.unrelatedFalseAlarms),
      goal: '0',
    },
  ];
}
