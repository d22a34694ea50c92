/**
 * Prints the Markdown tables of docs/benchmarks.md from `npm run -s bench -- --json`
 * output: `npx tsx scripts/bench/report.ts bench.json`.
 */
import { readFileSync } from 'node:fs';

interface Timing {
  median: number;
}
type Workloads = Record<
  'dismiss50k' | 'dismiss50kAscii' | 'dismiss50kNearMiss' | 'dismiss1m' | 'analyze',
  Timing
>;
interface Row {
  pack: string;
  claims: number;
  stories: number;
  jsonMB: number;
  pageSweep: { chars: number; timing: Timing }[];
  matchSweep?: {
    chars: number;
    findings: number;
    timing: Timing;
    msPerMB: number;
    heapAfterCallMB: number;
    resultMB: number;
    peakRssMB: number;
    callRssMB: number;
  }[];
  load: {
    parseJsonMs: number;
    validateMs: number;
    indexMs: number;
    packMB: number;
    indexMB: number;
    rawJsonObjectMB: number;
  };
  engine: Workloads;
  competitors: Record<string, Workloads & { buildMs: number; buildMB: number }>;
}
interface Results {
  machine: {
    cpu: string;
    nproc: number;
    node: string;
    platform: string;
    loadAverage?: { start: number; end: number };
  };
  rows: Row[];
  breakdown: Record<string, Timing>;
  targets: { name: string; value: number; target: number; unit: string; met: boolean }[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/bench/report.ts BENCH.json');
const r = JSON.parse(readFileSync(file, 'utf8')) as Results;
const out: string[] = [];
const ms = (v: number) =>
  v < 1
    ? `${(v * 1000).toFixed(0)} µs`
    : v < 100
      ? `${v.toFixed(v < 10 ? 2 : 1)} ms`
      : v < 10_000
        ? `${v.toFixed(0)} ms`
        : `${(v / 1000).toFixed(1)} s`;
const x = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
const name = (row: Row) =>
  row.pack === 'embedded' ? 'embedded' : row.pack.replace('generated ', '');

out.push(
  `Machine: ${r.machine.cpu}, ${r.machine.nproc} cores (\`nproc\`), Node ${r.machine.node}, ${r.machine.platform}` +
    (r.machine.loadAverage
      ? `; load average ${r.machine.loadAverage.start.toFixed(2)} at the start, ${r.machine.loadAverage.end.toFixed(2)} at the end.`
      : '.'),
);
out.push(
  '',
  '**Engine, medians** (dismiss = `recognizeStory(foldText(text), index)`; analyse = that, then `analyzeText`):',
  '',
);
out.push(
  '| pack | claims (stories) | unrelated 50 KB | same, ASCII only | near miss 50 KB | unrelated 1 MB | matching article |',
);
out.push('|---|---|---|---|---|---|---|');
for (const row of r.rows) {
  const e = row.engine;
  out.push(
    `| ${name(row)} | ${row.claims.toLocaleString('en-US')} (${row.stories.toLocaleString('en-US')}) | ${ms(e.dismiss50k.median)} | ${ms(e.dismiss50kAscii.median)} | ${ms(e.dismiss50kNearMiss.median)} | ${ms(e.dismiss1m.median)} | ${ms(e.analyze.median)} |`,
  );
}
out.push(
  '',
  '**Load and memory** (validate = `parsePack`; heap after full collections, in a fresh process):',
  '',
);
out.push(
  '| pack | JSON | JSON.parse | validate | index | heap: parsed JSON | heap: validated pack | heap: index |',
);
out.push('|---|---|---|---|---|---|---|---|');
for (const row of r.rows) {
  const l = row.load;
  out.push(
    `| ${name(row)} | ${row.jsonMB.toFixed(2)} MB | ${ms(l.parseJsonMs)} | ${ms(l.validateMs)} | ${ms(l.indexMs)} | ${l.rawJsonObjectMB.toFixed(1)} MB | ${l.packMB.toFixed(1)} MB | ${l.indexMB.toFixed(1)} MB |`,
  );
}
out.push(
  '',
  "**The same work done naively and with MiniSearch**, medians, and how many times the engine's time:",
  '',
);
out.push(
  '| pack | competitor | build | unrelated 50 KB | near miss 50 KB | unrelated 1 MB | matching article |',
);
out.push('|---|---|---|---|---|---|---|');
for (const row of r.rows) {
  for (const [cname, c] of Object.entries(row.competitors)) {
    const cell = (k: keyof Workloads) =>
      `${ms(c[k].median)} (${x(c[k].median, row.engine[k].median)})`;
    out.push(
      `| ${name(row)} | ${cname} | ${ms(c.buildMs)}, ${c.buildMB.toFixed(1)} MB | ${cell('dismiss50k')} | ${cell('dismiss50kNearMiss')} | ${cell('dismiss1m')} | ${cell('analyze')} |`,
    );
  }
}
out.push('', '**Unrelated page by size** (engine, medians):', '');
const sizes = r.rows[0]?.pageSweep.map((p) => p.chars) ?? [];
out.push(
  `| pack | ${sizes.map((c) => (c >= 1024 * 1024 ? `${c / 1024 / 1024} MB` : `${c / 1024} KB`)).join(' | ')} |`,
);
out.push(`|---|${sizes.map(() => '---').join('|')}|`);
for (const row of r.rows)
  out.push(`| ${name(row)} | ${row.pageSweep.map((p) => ms(p.timing.median)).join(' | ')} |`);
const sweep = r.rows.find((row) => row.matchSweep)?.matchSweep ?? [];
if (sweep.length) {
  out.push(
    '',
    '**Matching page by size** (embedded pack: the demo retelling repeated; medians; memory in a fresh process per size: the heap the call leaves before any collection, the heap its result holds, the peak resident memory of the process and what the call added to it):',
    '',
  );
  out.push(
    '| page | findings | analyse | per MB | heap after the call | heap held by the result | peak RSS (call) |',
  );
  out.push('|---|---|---|---|---|---|---|');
  for (const p of sweep)
    out.push(
      `| ${p.chars / 1024 / 1024} MB | ${p.findings.toLocaleString('en-US')} | ${ms(p.timing.median)} | ${ms(p.msPerMB)} | ${p.heapAfterCallMB.toFixed(0)} MB | ${p.resultMB.toFixed(0)} MB | ${p.peakRssMB.toFixed(0)} MB (+${p.callRssMB.toFixed(0)} MB) |`,
    );
}
const b = r.breakdown;
out.push(
  '',
  `Folding alone, 50 KB: \`toLowerCase\` ${ms(b.toLowerCase?.median ?? 0)}, \`foldText\` ${ms(b.foldText?.median ?? 0)} (typographic punctuation, a two-byte string); ASCII only: ${ms(b.toLowerCaseAscii?.median ?? 0)}, ${ms(b.foldTextAscii?.median ?? 0)}.`,
);
out.push('', '**Targets:**', '');
out.push('| target | measured | |');
out.push('|---|---|---|');
for (const t of r.targets)
  out.push(
    `| ${t.name} < ${t.target}${t.unit === '×' ? '×' : ` ${t.unit}`} | ${t.unit === 'ms' ? ms(t.value) : t.unit === '×' ? `${t.value.toFixed(1)}×` : `${t.value.toFixed(1)} MB`} | ${t.met ? 'met' : '**missed**'} |`,
  );
process.stdout.write(`${out.join('\n')}\n`);
