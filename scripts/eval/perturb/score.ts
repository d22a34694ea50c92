/**
 * Runs the perturbation suite: each true sentence and each of its perturbations is analysed as the
 * second paragraph of a page whose first is the story's carrier, and the engine's verdict on the
 * test sentence alone is scored. The carrier must be recognised and get no discrepant finding.
 */
import { analyzeInput } from '../../../src/cli/analyze-input.ts';
import type { Analysis, PackIndex, Verdict } from '../../../src/engine/index.ts';
import { KINDS, perturb, type Kind, type Perturbation } from './generate.ts';
import {
  loadLists,
  loadSentenceFile,
  loadStories,
  sentenceFiles,
  slotProblems,
  type Expectation,
  type Part,
} from './suite.ts';

/** The engine's verdict on the test sentence: the worst over the findings touching it, or none. */
export type Got = Verdict | 'none';

export interface CaseResult {
  id: string;
  story: string;
  ref: string;
  kind: Kind | 'true';
  variant: string;
  text: string;
  expect: Expectation;
  got: Got;
  /** The story the engine recognised for the page, when it is not the expected one. */
  storyMissed?: string;
}

export interface Tally {
  n: number;
  discrepant: number;
  unverified: number;
  consistent: number;
  none: number;
}

export interface PerturbReport {
  part: Part;
  sentences: number;
  /** Unperturbed true sentences, and perturbations that stay true (a qualifier the record allows). */
  trueSentences: Tally;
  trueVariants: Tally;
  /** Perturbations expected `discrepant` or `flag`, by kind. */
  byKind: (Tally & { kind: Kind; expect: 'discrepant' | 'flag' })[];
  total: Tally;
  /** Pages whose story was not the expected one (their sentence counts as its verdict anyway). */
  storyMissed: number;
  cases: CaseResult[];
  errors: string[];
}

const RANK: Record<Got, number> = { none: 0, consistent: 1, unverified: 2, discrepant: 3 };

export function verdictOn(analysis: Analysis, start: number, end: number): Got {
  let got: Got = 'none';
  for (const f of analysis.findings)
    if (f.start < end && f.end > start && RANK[f.verdict] > RANK[got]) got = f.verdict;
  return got;
}

/** A page: the carrier paragraph, then the test sentence in its own paragraph (after its entry's heading line, if it has one). */
export function pageOf(
  carrier: string,
  sentence: string,
  heading?: string,
): { text: string; start: number; end: number } {
  const lead = `${carrier}\n\n${heading ? `${heading}\n` : ''}`;
  return { text: `${lead}${sentence}\n`, start: lead.length, end: lead.length + sentence.length };
}

const emptyTally = (): Tally => ({ n: 0, discrepant: 0, unverified: 0, consistent: 0, none: 0 });
function add(t: Tally, got: Got): void {
  t.n++;
  t[got]++;
}

/** Did the engine do what the case asks? */
export function caught(c: Pick<CaseResult, 'expect' | 'got'>): boolean {
  if (c.expect === 'true') return c.got !== 'discrepant';
  if (c.expect === 'flag') return c.got === 'discrepant' || c.got === 'unverified';
  return c.got === 'discrepant';
}

export function runPerturbations(index: PackIndex, part: Part, today: string): PerturbReport {
  const errors: string[] = [];
  const lists = loadLists();
  const stories = loadStories();
  const cases: CaseResult[] = [];
  let sentences = 0;
  for (const file of sentenceFiles(part)) {
    const data = loadSentenceFile(file);
    const story = stories.find((s) => s.story === data.story);
    if (!story) {
      errors.push(`${file}: no carrier for story ${data.story} in eval/perturb/stories.json`);
      continue;
    }
    if (data.part !== part) errors.push(`${file}: says part "${data.part}", expected "${part}"`);
    const carrierAlone = analyzeInput(story.carrier, index, { today }).analysis;
    if (carrierAlone.story?.storyId !== story.story)
      errors.push(
        `carrier of ${story.key}: recognised as ${carrierAlone.story?.storyId ?? 'no story'}`,
      );
    const run = (
      id: string,
      ref: string,
      kind: Kind | 'true',
      variant: string,
      text: string,
      expect: Expectation,
      heading?: string,
    ) => {
      const page = pageOf(story.carrier, text, heading);
      const analysis = analyzeInput(page.text, index, { today }).analysis;
      const carrierAlarm = analysis.findings.find(
        (f) => f.verdict === 'discrepant' && f.end <= page.start,
      );
      if (carrierAlarm)
        errors.push(`${id}: the carrier got a discrepant finding: "${carrierAlarm.text}"`);
      const recognised = analysis.story?.storyId ?? null;
      cases.push({
        id,
        story: story.key,
        ref,
        kind,
        variant,
        text,
        expect,
        got: verdictOn(analysis, page.start, page.end),
        ...(recognised === story.story ? {} : { storyMissed: recognised ?? 'none' }),
      });
    };
    for (const sentence of data.sentences) {
      sentences++;
      const problems = slotProblems(sentence);
      errors.push(...problems.map((p) => `${file}: ${p}`));
      if (problems.length) continue;
      run(
        sentence.id,
        sentence.ref,
        'true',
        'unperturbed',
        sentence.text,
        'true',
        sentence.heading,
      );
      let perturbations: Perturbation[];
      try {
        perturbations = perturb(sentence, lists, story);
      } catch (error) {
        errors.push(`${file}: ${sentence.id}: ${(error as Error).message}`);
        continue;
      }
      for (const p of perturbations)
        run(p.id, p.ref, p.kind, p.variant, p.text, p.expect, sentence.heading);
    }
  }

  const trueSentences = emptyTally();
  const trueVariants = emptyTally();
  const total = emptyTally();
  const byKey = new Map<string, Tally & { kind: Kind; expect: 'discrepant' | 'flag' }>();
  for (const c of cases) {
    if (c.kind === 'true') add(trueSentences, c.got);
    else if (c.expect === 'true') add(trueVariants, c.got);
    else {
      const key = `${c.kind}/${c.expect}`;
      if (!byKey.has(key)) byKey.set(key, { kind: c.kind, expect: c.expect, ...emptyTally() });
      add(byKey.get(key)!, c.got);
      add(total, c.got);
    }
  }
  const byKind = [...byKey.values()].sort(
    (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.expect.localeCompare(b.expect),
  );
  return {
    part,
    sentences,
    trueSentences,
    trueVariants,
    byKind,
    total,
    storyMissed: cases.filter((c) => c.storyMissed).length,
    cases,
    errors,
  };
}
