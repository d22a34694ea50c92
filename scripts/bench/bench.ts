/**
 * `npm run bench` (`-- --json` for one JSON document, `-- --quick` for fewer
 * repetitions; run.ts bundles this file as the engine ships, `-- --from-source` runs it through tsx): times the engine in Node the way the content script calls it,
 * with the embedded pack and with generated packs of 100, 10,000 and 100,000
 * claims, next to a naive baseline and a MiniSearch peer; and, with the
 * embedded pack, a matching page of 0.5 to 4 MB (the demo retelling repeated),
 * whose time must grow linearly. See docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import {
  analyzeText,
  foldText,
  indexPacks,
  recognizeStory,
  type Analysis,
  type PackIndex,
} from '../../src/engine/index.ts';
import { EMBEDDED_PACK_DATA } from '../../src/pack/embedded-pack.ts';
import { formatProblem, parsePack } from '../../src/pack/parse-pack.ts';
import type { ClaimPack } from '../../src/pack/schema.ts';
import { EMBEDDED_WORLD } from '../../src/world/bundled-world.ts';
import { worldIndex } from '../../src/world/embedded.ts';
import { indexWorld } from '../../src/world/world-index.ts';
import { generatePack, unrelatedArticle } from './generate-pack.ts';
import { demoRetelling, repeatTo } from './matching-page.ts';
import { miniSearchPeer, naiveBaseline, type Competitor } from './competitors.ts';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const gc = (globalThis as { gc?: () => void }).gc;
const log = (line = '') => {
  if (!json) process.stdout.write(`${line}\n`);
};
const CONTEXT = { links: [], published: null, today: '2026-11-21' };
/** A copy V8 stores one byte per character (a string made by replacing in a two-byte string stays two-byte). */
const oneByte = (text: string) => Buffer.from(text, 'latin1').toString('latin1');
const asciiOnly = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2014/g, '-');

interface Timing {
  /** Median milliseconds per call. */
  median: number;
  min: number;
  max: number;
  /** Samples taken; each sample is the mean of `batch` calls. */
  samples: number;
  batch: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Times `fn` after a warm-up: up to `samples` samples, each the mean of a batch
 * of calls long enough (about 2 ms) for the clock, within a time budget;
 * always at least three samples (one for calls slower than the budget).
 */
function time(
  fn: () => unknown,
  { samples = quick ? 7 : 41, budgetMs = quick ? 1500 : 4000 } = {},
): Timing {
  let t = performance.now();
  fn();
  const first = performance.now() - t;
  // Warm up for about 100 ms, so that the optimising compiler has seen the call.
  if (first < 200)
    for (let w = 0, end = performance.now() + 100; w < 3 || performance.now() < end; w++) fn();
  const batch =
    first >= 2 ? 1 : Math.max(1, Math.min(1000, Math.round(2 / Math.max(first, 0.001))));
  // A call slower than the whole budget is timed once, by that first call.
  if (first > budgetMs) return { median: first, min: first, max: first, samples: 1, batch: 1 };
  const out: number[] = [];
  const start = performance.now();
  while (out.length < samples && (out.length < 3 || performance.now() - start < budgetMs)) {
    t = performance.now();
    for (let b = 0; b < batch; b++) fn();
    out.push((performance.now() - t) / batch);
  }
  return {
    median: median(out),
    min: Math.min(...out),
    max: Math.max(...out),
    samples: out.length,
    batch,
  };
}

/**
 * Times a call on state nobody has used yet: `make` builds it (untimed) before each timed call. The
 * engine caches what it reads of a page's sentences per index, and each page the extension reads gets
 * an index of its own, so the matching article is timed cold, on a fresh index each time, after three
 * untimed warm-up rounds for the compiler.
 */
function timeCold(
  make: () => () => unknown,
  { samples = quick ? 5 : 15, warmUp = 3 } = {},
): Timing {
  for (let w = 0; w < warmUp; w++) make()();
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const fn = make();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return {
    median: median(out),
    min: Math.min(...out),
    max: Math.max(...out),
    samples: out.length,
    batch: 1,
  };
}

/** Heap in use after full collections, with pauses so that V8's concurrent sweeping has finished. */
async function heap(pauseMs = 20): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return process.memoryUsage().heapUsed;
}

interface Subject {
  name: string;
  claims: number;
  stories: number;
  jsonBytes: number;
  json: string;
  matching: string;
  /** Places the near-miss page names, so recognition has to look further before rejecting it. */
  nearMiss: string[];
  /** The argument memory.ts takes for this pack. */
  memoryArg: string;
}

function claimCount(pack: ClaimPack): number {
  return pack.stories.reduce(
    (n, s) =>
      n +
      (s.facts?.length ?? 0) +
      (s.quotes?.length ?? 0) +
      (s.unverified?.length ?? 0) +
      (s.reviews?.length ?? 0),
    0,
  );
}

function subjects(): Subject[] {
  const sizes = quick ? [100, 10_000] : [100, 10_000, 100_000];
  const embeddedJson = JSON.stringify(EMBEDDED_PACK_DATA);
  const embedded = parsePack(EMBEDDED_PACK_DATA);
  if (!embedded.ok) throw new Error('embedded pack invalid');
  const demo = demoRetelling();
  const out: Subject[] = [
    {
      name: 'embedded',
      claims: claimCount(embedded.pack),
      stories: embedded.pack.stories.length,
      jsonBytes: embeddedJson.length,
      json: embeddedJson,
      matching: demo,
      nearMiss: ['Rochester', 'Denver'],
      memoryArg: 'embedded',
    },
  ];
  for (const claims of sizes) {
    const generated = generatePack(claims, 1);
    const text = JSON.stringify(generated.data);
    const stories = generated.data.stories as { entities: { name: string }[] }[];
    out.push({
      name: `generated ${claims.toLocaleString('en-US')}`,
      claims,
      stories: stories.length,
      jsonBytes: text.length,
      json: text,
      matching: generated.matchingArticle,
      nearMiss: [stories[0]?.entities[1]?.name as string],
      memoryArg: String(claims),
    });
  }
  return out;
}

interface LoadResult {
  parseJsonMs: number;
  validateMs: number;
  indexMs: number;
  /** Validate + index, the target's "load and index". */
  loadAndIndexMs: number;
  /** Heap held by the validated pack once the raw JSON object is dropped. */
  packMB: number;
  /** Heap added by the index on top of the pack. */
  indexMB: number;
  loadAndIndexMB: number;
  /** Heap of the parsed (unvalidated) JSON object, for scale. */
  rawJsonObjectMB: number;
}

/** Memory in a fresh process (memory.ts): in this one, earlier packs and timings blur the heap figures. */
function measureMemory(
  pack: string,
  index: string,
): { rawMB: number; packMB: number; indexMB: number } {
  const script = fileURLToPath(new URL('./memory.ts', import.meta.url));
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, pack, index], {
      encoding: 'utf8',
    }),
  ) as { rawMB: number; packMB: number; indexMB: number };
}

async function load(
  subject: Subject,
  reps: number,
): Promise<{ pack: ClaimPack; index: PackIndex; result: LoadResult }> {
  const parseMs: number[] = [];
  const validateMs: number[] = [];
  const indexMs: number[] = [];
  let kept: { pack: ClaimPack; index: PackIndex } | null = null;
  for (let r = 0; r < reps; r++) {
    await heap();
    let t = performance.now();
    const raw: unknown = JSON.parse(subject.json);
    parseMs.push(performance.now() - t);
    t = performance.now();
    const parsed = parsePack(raw);
    validateMs.push(performance.now() - t);
    if (!parsed.ok)
      throw new Error(`${subject.name}: ${parsed.problems.map(formatProblem).join('\n')}`);
    t = performance.now();
    const index = indexPacks([parsed.pack], { world: worldIndex() });
    indexMs.push(performance.now() - t);
    kept = { pack: parsed.pack, index };
  }
  const measured = measureMemory(subject.memoryArg, 'engine');
  const memory = { raw: measured.rawMB, pack: measured.packMB, index: measured.indexMB };
  const [p, v, i] = [median(parseMs), median(validateMs), median(indexMs)];
  return {
    ...(kept as { pack: ClaimPack; index: PackIndex }),
    result: {
      parseJsonMs: p,
      validateMs: v,
      indexMs: i,
      loadAndIndexMs: v + i,
      packMB: memory.pack,
      indexMB: memory.index,
      loadAndIndexMB: memory.pack + memory.index,
      rawJsonObjectMB: memory.raw,
    },
  };
}

/** The unrelated pages (plain, and naming a place a story requires) and the matching article. */
interface Workloads {
  dismiss50k: Timing;
  /** The same page with straight quotes and hyphens: a one-byte string, which folds and searches faster. */
  dismiss50kAscii: Timing;
  dismiss50kNearMiss: Timing;
  dismiss1m: Timing;
  analyze: Timing;
}

/** Engine dismissal time by unrelated page size (characters). */
type Sweep = { chars: number; timing: Timing }[];
const SWEEP = [10 * 1024, 50 * 1024, 200 * 1024, 1024 * 1024, 5 * 1024 * 1024];

/**
 * Full analysis by matching page size: the demo retelling repeated to 0.5 to 4 MB (characters), a page
 * padded with copies of itself (embedded pack only). Memory from a fresh process per size (analysis-memory.ts).
 */
interface AnalysisMemory {
  /** Heap the call leaves in use before any collection: a lower bound of its peak. */
  heapAfterCallMB: number;
  /** Heap the result (the findings) holds after full collections. */
  resultMB: number;
  /** Peak resident memory of the process (Node, tsx, the page's extraction included), and how much the call raised it. */
  peakRssMB: number;
  callRssMB: number;
}
/**
 * An index as a page's content script gets one: built from copies of the packs and of the world file, so that no
 * cache the engine keeps by pack, story, entity or world object carries over from the sample before (each page
 * the extension reads starts with none). Caches of compiled patterns kept by text live as long as the engine's
 * module and do carry over; the first page in a fresh engine is what `npm run bench:browser` measures.
 */
function freshIndex(packs: readonly ClaimPack[]): PackIndex {
  return indexPacks(
    packs.map((p) => structuredClone(p)),
    { world: indexWorld(structuredClone(EMBEDDED_WORLD)) },
  );
}

type MatchSweep = ({
  chars: number;
  findings: number;
  timing: Timing;
  msPerMB: number;
} & AnalysisMemory)[];
const MATCH_SWEEP = [0.5, 1, 2, 4].map((mb) => mb * 1024 * 1024);

function matchSweep(text: string, index: PackIndex, packs: ClaimPack[]): MatchSweep {
  const script = fileURLToPath(new URL('./analysis-memory.ts', import.meta.url));
  return MATCH_SWEEP.map((chars) => {
    const page = repeatTo(text, chars);
    const analyse = (fresh: PackIndex) => (): Analysis => {
      if (!recognizeStory(foldText(page), fresh))
        throw new Error('the repeated retelling was not recognised');
      return analyzeText(page, fresh, CONTEXT);
    };
    const findings = analyse(index)().findings.length;
    const timing = timeCold(() => analyse(freshIndex(packs)), {
      samples: quick ? 3 : 7,
      warmUp: 0,
    });
    const memory = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(chars)], {
        encoding: 'utf8',
      }),
    ) as AnalysisMemory;
    return {
      chars,
      findings,
      timing,
      msPerMB: timing.median / (chars / 1024 ** 2),
      heapAfterCallMB: memory.heapAfterCallMB,
      resultMB: memory.resultMB,
      peakRssMB: memory.peakRssMB,
      callRssMB: memory.callRssMB,
    };
  });
}

interface Row {
  pack: string;
  pageSweep: Sweep;
  /** The embedded pack only: the demo retelling repeated. */
  matchSweep?: MatchSweep;
  claims: number;
  stories: number;
  jsonMB: number;
  load: LoadResult;
  engine: Workloads;
  competitors: Record<string, Workloads & { buildMs: number; buildMB: number }>;
}

async function run(): Promise<{
  machine: Record<string, unknown>;
  rows: Row[];
  breakdown: Record<string, Timing>;
  targets: { name: string; value: number; target: number; unit: string; met: boolean }[];
}> {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    nproc: os.availableParallelism(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    gcExposed: Boolean(gc),
    quick,
    /** How the engine's code was loaded (run.ts): bundled as it ships, or the sources through tsx. */
    engine: process.env.SOURCELIGHT_BENCH_ENGINE ?? 'source (tsx)',
    /** One-minute load average when the run started and ended: above the number of cores, other work was competing. */
    loadAverage: { start: os.loadavg()[0] as number, end: 0 },
  };
  log(
    `Sourcelight engine bench: ${machine.cpu}, ${machine.nproc} cores, Node ${machine.node}${gc ? '' : ' (no --expose-gc: memory figures are rough)'}; engine code: ${machine.engine}`,
  );
  const rows: Row[] = [];
  for (const subject of subjects()) {
    log(
      `\n${subject.name}: ${subject.claims} claims in ${subject.stories} stories, ${(subject.jsonBytes / 1e6).toFixed(2)} MB of JSON`,
    );
    const { pack, index, result } = await load(
      subject,
      subject.claims >= 100_000 ? (quick ? 1 : 3) : 5,
    );
    const page50k = unrelatedArticle(50 * 1024, 7);
    const ascii50k = oneByte(asciiOnly(page50k));
    const near50k = unrelatedArticle(50 * 1024, 7, subject.nearMiss);
    const page1m = unrelatedArticle(1024 * 1024, 8);
    const dismiss = (page: string) => () => {
      if (recognizeStory(foldText(page), index))
        throw new Error(`${subject.name}: the unrelated page was recognised`);
    };
    // A fresh index per call (untimed): the engine's per-index caches would otherwise time a page read before.
    const analyse = () => {
      const fresh = freshIndex([pack]);
      return () => {
        if (!recognizeStory(foldText(subject.matching), fresh))
          throw new Error(`${subject.name}: the matching page was not recognised`);
        const analysis = analyzeText(subject.matching, fresh, CONTEXT);
        if (!analysis.findings.length)
          throw new Error(`${subject.name}: no findings on the matching page`);
      };
    };
    // Let the collector finish with the garbage of loading (concurrent and lazy sweeping slow the first figures otherwise).
    await heap(250);
    const engine = {
      dismiss50k: time(dismiss(page50k)),
      dismiss50kAscii: time(dismiss(ascii50k)),
      dismiss50kNearMiss: time(dismiss(near50k)),
      dismiss1m: time(dismiss(page1m)),
      analyze: timeCold(analyse),
    };
    const pageSweep: Sweep = SWEEP.map((chars) => ({
      chars,
      timing: time(dismiss(unrelatedArticle(chars, 9))),
    }));
    const matching =
      subject.name === 'embedded' ? matchSweep(subject.matching, index, [pack]) : undefined;
    // The competitors run after every engine figure: their indexes crowd the heap.
    const competitors: Row['competitors'] = {};
    for (const make of [naiveBaseline, miniSearchPeer] as ((pack: ClaimPack) => Competitor)[]) {
      await heap();
      const t = performance.now();
      const competitor = make(pack);
      const buildMs = performance.now() - t;
      const buildMB = measureMemory(subject.memoryArg, competitor.name).indexMB;
      const slow = { samples: quick ? 3 : 7, budgetMs: quick ? 3000 : 8000 };
      competitors[competitor.name] = {
        buildMs,
        buildMB,
        dismiss50k: time(() => competitor.dismiss(page50k), slow),
        dismiss50kAscii: time(() => competitor.dismiss(ascii50k), slow),
        dismiss50kNearMiss: time(() => competitor.dismiss(near50k), slow),
        dismiss1m: time(() => competitor.dismiss(page1m), slow),
        analyze: time(() => competitor.analyze(subject.matching), slow),
      };
    }
    const row: Row = {
      pack: subject.name,
      pageSweep,
      ...(matching ? { matchSweep: matching } : {}),
      claims: subject.claims,
      stories: subject.stories,
      jsonMB: subject.jsonBytes / 1e6,
      load: result,
      engine,
      competitors,
    };
    rows.push(row);
    printRow(row);
  }
  // Where the time of a dismissal goes, on the 50 KB page: lower-casing and folding come before any pack is looked at.
  const page = unrelatedArticle(50 * 1024, 7);
  const ascii = oneByte(asciiOnly(page));
  const breakdown = {
    toLowerCase: time(() => page.toLowerCase()),
    foldText: time(() => foldText(page)),
    toLowerCaseAscii: time(() => ascii.toLowerCase()),
    foldTextAscii: time(() => foldText(ascii)),
  };
  log(
    `\nFolding the 50 KB page (part of every dismissal): toLowerCase ${ms(breakdown.toLowerCase)}, foldText ${ms(breakdown.foldText)}; ASCII only: ${ms(breakdown.toLowerCaseAscii)}, ${ms(breakdown.foldTextAscii)}`,
  );
  const find = (name: string) => rows.find((r) => r.pack === name);
  const embedded = find('embedded') as Row;
  const largest = rows[rows.length - 1] as Row;
  const sweep = embedded.matchSweep as MatchSweep;
  const growth =
    (sweep[sweep.length - 1] as MatchSweep[number]).timing.median /
    (sweep[0] as MatchSweep[number]).timing.median;
  const targets = [
    {
      name: 'embedded pack: unrelated 50 KB page dismissed',
      value: embedded.engine.dismiss50k.median,
      target: 0.3,
      unit: 'ms',
    },
    {
      name: `${largest.pack} claims: unrelated 50 KB page dismissed`,
      value: largest.engine.dismiss50k.median,
      target: 1,
      unit: 'ms',
    },
    {
      name: 'embedded pack: matching article fully analysed',
      value: embedded.engine.analyze.median,
      target: 5,
      unit: 'ms',
    },
    {
      name: 'embedded pack: a 4 MB matching page analysed, in times the 0.5 MB page (8 if linear)',
      value: growth,
      target: 10,
      unit: '×',
    },
    {
      name: `${largest.pack} claims: validate and index`,
      value: largest.load.loadAndIndexMs,
      target: 300,
      unit: 'ms',
    },
    {
      name: `${largest.pack} claims: heap held by pack and index`,
      value: largest.load.loadAndIndexMB,
      target: 60,
      unit: 'MB',
    },
  ].map((t) => ({ ...t, met: t.value < t.target }));
  machine.loadAverage.end = os.loadavg()[0] as number;
  log(
    `\nLoad average (1 min): ${machine.loadAverage.start.toFixed(2)} at the start, ${machine.loadAverage.end.toFixed(2)} at the end, on ${machine.nproc} cores`,
  );
  log('\nTargets (medians)');
  const amount = (value: number, unit: string) =>
    unit === '×'
      ? `${value.toFixed(1)}×`
      : `${value.toFixed(unit === 'ms' && value < 10 ? 3 : 1)} ${unit}`;
  for (const t of targets)
    log(
      `  ${t.met ? 'met   ' : 'MISSED'}  ${t.name}: ${amount(t.value, t.unit)} (target < ${amount(t.target, t.unit)})`,
    );
  return { machine, rows, breakdown, targets };
}

const ms = (t: Timing) =>
  t.median < 1
    ? `${(t.median * 1000).toFixed(0)} µs`
    : `${t.median.toFixed(t.median < 100 ? 2 : 0)} ms`;
const ratio = (a: Timing, b: Timing) =>
  `${(a.median / b.median).toFixed(a.median / b.median < 10 ? 1 : 0)}×`;

function printRow(row: Row): void {
  const l = row.load;
  log(
    `  load: JSON.parse ${l.parseJsonMs.toFixed(1)} ms, validate ${l.validateMs.toFixed(1)} ms, index ${l.indexMs.toFixed(1)} ms; heap: pack ${l.packMB.toFixed(1)} MB + index ${l.indexMB.toFixed(1)} MB`,
  );
  log(
    `  engine, unrelated page by size: ${row.pageSweep.map((p) => `${p.chars / 1024} KB ${ms(p.timing)}`).join(', ')}`,
  );
  for (const p of row.matchSweep ?? []) {
    log(
      `  engine, matching page (demo retelling repeated) ${p.chars / 1024 ** 2} MB: ${ms(p.timing)} (${p.msPerMB.toFixed(0)} ms/MB), ${p.findings} findings; heap ${p.heapAfterCallMB.toFixed(0)} MB after the call, ${p.resultMB.toFixed(0)} MB held by the result; peak RSS ${p.peakRssMB.toFixed(0)} MB (+${p.callRssMB.toFixed(0)} MB in the call)`,
    );
  }
  const cols: [keyof Workloads, string][] = [
    ['dismiss50k', 'unrelated 50 KB'],
    ['dismiss50kAscii', 'same, ASCII only'],
    ['dismiss50kNearMiss', 'near miss 50 KB'],
    ['dismiss1m', 'unrelated 1 MB'],
    ['analyze', 'matching article'],
  ];
  log(`  ${''.padEnd(11)}${cols.map(([, label]) => label.padStart(22)).join('')}`);
  log(`  ${'engine'.padEnd(11)}${cols.map(([key]) => ms(row.engine[key]).padStart(22)).join('')}`);
  for (const [name, c] of Object.entries(row.competitors)) {
    log(
      `  ${name.padEnd(11)}${cols.map(([key]) => `${ms(c[key])} (${ratio(c[key], row.engine[key])})`.padStart(22)).join('')}   build ${c.buildMs.toFixed(0)} ms, ${c.buildMB.toFixed(1)} MB`,
    );
  }
}

const results = await run();
if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
