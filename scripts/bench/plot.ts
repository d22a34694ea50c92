/**
 * Draws docs/benchmarks.svg (and docs/benchmarks.png, with the system
 * Chromium) from `npm run -s bench -- --json` output:
 * `npx tsx scripts/bench/plot.ts bench.json`. Left: dismissing an unrelated
 * 50 KB page by pack size; right: by page size. Both axes logarithmic.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Timing {
  median: number;
}
interface Row {
  pack: string;
  claims: number;
  pageSweep: { chars: number; timing: Timing }[];
  engine: Record<string, Timing>;
  competitors: Record<string, Record<string, Timing>>;
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/bench/plot.ts BENCH.json');
const { rows } = JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] };

const W = 460;
const H = 340;
const M = { left: 64, right: 16, top: 36, bottom: 48 };
const COLOURS: Record<string, string> = {
  engine: '#1b6ca8',
  naive: '#c0392b',
  minisearch: '#7d3c98',
  'embedded pack': '#1b6ca8',
};
const DASH = ['', '6 4', '2 3', '8 3 2 3'];

interface Series {
  name: string;
  points: [number, number][];
  colour: string;
  dash?: string;
}

const log10 = Math.log10;
const fmtMs = (v: number) => (v >= 1000 ? `${v / 1000} s` : v >= 1 ? `${v} ms` : `${v * 1000} µs`);

function panel(
  x0: number,
  title: string,
  xLabel: string,
  series: Series[],
  fmtX: (v: number) => string,
): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const [xMin, xMax] = [Math.floor(log10(Math.min(...xs))), Math.ceil(log10(Math.max(...xs)))];
  const [yMin, yMax] = [Math.floor(log10(Math.min(...ys))), Math.ceil(log10(Math.max(...ys)))];
  const px = (x: number) =>
    x0 + M.left + ((log10(x) - xMin) / (xMax - xMin || 1)) * (W - M.left - M.right);
  const py = (y: number) =>
    M.top + (1 - (log10(y) - yMin) / (yMax - yMin || 1)) * (H - M.top - M.bottom);
  const out: string[] = [
    `<text x="${x0 + W / 2}" y="20" text-anchor="middle" font-weight="bold">${title}</text>`,
  ];
  for (let e = xMin; e <= xMax; e++) {
    const x = px(10 ** e);
    out.push(
      `<line x1="${x}" x2="${x}" y1="${M.top}" y2="${H - M.bottom}" stroke="#ddd"/>`,
      `<text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle">${fmtX(10 ** e)}</text>`,
    );
  }
  for (let e = yMin; e <= yMax; e++) {
    const y = py(10 ** e);
    out.push(
      `<line x1="${x0 + M.left}" x2="${x0 + W - M.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${x0 + M.left - 6}" y="${y + 4}" text-anchor="end">${fmtMs(10 ** e)}</text>`,
    );
  }
  out.push(
    `<text x="${x0 + M.left + (W - M.left - M.right) / 2}" y="${H - 10}" text-anchor="middle">${xLabel}</text>`,
  );
  series.forEach((s, i) => {
    const d = s.points
      .map(([x, y], j) => `${j ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
      .join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    for (const [x, y] of s.points)
      out.push(
        `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${s.colour}"/>`,
      );
    out.push(
      `<line x1="${x0 + M.left + 8}" x2="${x0 + M.left + 30}" y1="${M.top + 10 + i * 16}" y2="${M.top + 10 + i * 16}" stroke="${s.colour}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    out.push(`<text x="${x0 + M.left + 36}" y="${M.top + 14 + i * 16}">${s.name}</text>`);
  });
  return out.join('\n');
}

const generated = rows.filter((r) => r.pack.startsWith('generated'));
const byPack: Series[] = [
  {
    name: 'engine',
    colour: COLOURS.engine as string,
    points: generated.map((r) => [r.claims, r.engine.dismiss50k?.median as number]),
  },
  ...['naive', 'minisearch'].map((name, i) => ({
    name,
    colour: COLOURS[name] as string,
    dash: DASH[i + 1],
    points: generated.map((r): [number, number] => [
      r.claims,
      r.competitors[name]?.dismiss50k?.median as number,
    ]),
  })),
];
const byPage: Series[] = rows.map((r, i) => ({
  name: r.pack === 'embedded' ? 'embedded pack' : `${r.pack} claims`,
  colour: ['#1b6ca8', '#16a085', '#d68910', '#c0392b'][i % 4] as string,
  dash: DASH[i % DASH.length],
  points: r.pageSweep.map((p): [number, number] => [p.chars, p.timing.median]),
}));

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
${panel(0, 'Unrelated 50 KB page, by pack size', 'claims in the pack', byPack, (v) => v.toLocaleString('en-US'))}
${panel(W, 'Unrelated page, by page size (engine)', 'characters of article text', byPage, (v) => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}k` : String(v)))}
</svg>
`;
writeFileSync('docs/benchmarks.svg', svg);
process.stdout.write('wrote docs/benchmarks.svg\n');
/** The SVG as a PNG, by the system Chromium (a headless screenshot at twice the size), as npm start finds it. */
const chromium = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';
try {
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=2',
      `--window-size=${2 * W},${H}`,
      `--screenshot=${resolve('docs/benchmarks.png')}`,
      pathToFileURL(resolve('docs/benchmarks.svg')).href,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  process.stdout.write('wrote docs/benchmarks.png\n');
} catch {
  process.stdout.write(
    `no PNG: ${chromium} could not take the screenshot (set SOURCELIGHT_CHROMIUM)\n`,
  );
}
