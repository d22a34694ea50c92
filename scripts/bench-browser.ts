/**
 * `npm run bench:browser`: what the built extension costs a page in Chromium.
 * Loads each page several times with Sourcelight (dist/chrome) and without,
 * and reads the renderer's own counters over the DevTools protocol
 * (Performance.getMetrics: ScriptDuration, all script run on the page's main
 * thread, the content script's isolated world included; TaskDuration, all
 * main-thread work) plus every long task (> 50 ms) a PerformanceObserver saw.
 * The demo pages run no script of their own, so the difference is Sourcelight.
 * `-- --json` prints the figures as JSON; `-- --runs N` sets the repetitions;
 * `-- --pages a.html,b.html` measures only those pages; SOURCELIGHT_DIST
 * measures another build of the extension.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_HYGIENE, CHROMIUM_PATH } from './browsers.ts';
import { bundleSizes, formatSizes } from './bundle-sizes.ts';
import { DEMO_DIR } from './demo-server.ts';
const DIST = process.env.SOURCELIGHT_DIST ?? DIST_CHROME;
import { DIST_CHROME } from './launch.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;

/** About `bytes` of ordinary prose that names no story, in paragraphs inside an <article>. */
function bigUnrelatedPage(bytes: number): string {
  const sentences = [
    'The allotment committee met on Tuesday to plan the spring planting of beans and squash.',
    'Volunteers repainted the pavilion and fixed the gate by the orchard.',
    'A new compost bay will be built behind the tool shed before the first frost.',
    'Members voted to buy a second wheelbarrow and a longer hose for the greenhouse.',
  ];
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${sentences[i % 4]} ${sentences[(i + 1) % 4]} Plot ${i} reported a good harvest.</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Allotment news</title></head><body><main><article><h1>Allotment news</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}

const ALL_PAGES: { name: string; path: string; matches: boolean }[] = [
  { name: 'unrelated page (demo, 1 KB of text)', path: 'unrelated-bread.html', matches: false },
  { name: 'matching page (demo retelling)', path: 'rochester-rewrite.html', matches: true },
  { name: 'unrelated 5 MB page', path: 'big.html', matches: false },
  { name: 'the retelling padded to 5 MB', path: 'big-story.html', matches: true },
];

/** `-- --pages big.html,unrelated-bread.html` measures only those. */
const only = args.includes('--pages') ? (args[args.indexOf('--pages') + 1] ?? '').split(',') : null;
const PAGES = ALL_PAGES.filter((p) => !only || only.includes(p.path));

async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const big = bigUnrelatedPage(5 * 1024 * 1024);
  const story =
    /<article>([\s\S]*)<\/article>/.exec(
      await readFile(join(DEMO_DIR, 'rochester-rewrite.html'), 'utf8'),
    )?.[1] ?? '';
  const bigStory = big.replace('<h1>Allotment news</h1>', story);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    try {
      const generated: Record<string, string> = { 'big.html': big, 'big-story.html': bigStory };
      const body =
        generated[path] ?? (await readFile(join(DEMO_DIR, path.replace(/[^a-z0-9.-]/gi, ''))));
      res
        .writeHead(200, {
          'content-type': path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function launch(
  withExtension: boolean,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-bench-'));
  const extension = withExtension
    ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extension, ...CHROMIUM_HYGIENE],
  });
  if (withExtension && !context.serviceWorkers().length)
    await context.waitForEvent('serviceworker');
  return {
    context,
    close: async () => (await context.close(), await rm(profile, { recursive: true, force: true })),
  };
}

interface Sample {
  scriptMs: number;
  taskMs: number;
  longTasks: number[];
}

async function measure(
  context: BrowserContext,
  url: string,
  waitForHighlights: boolean,
): Promise<Sample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: number[] = [];
    (globalThis as { __longTasks?: number[] }).__longTasks = seen;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => seen.push(e.duration)),
    ).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (waitForHighlights)
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
  // Let the content script (document_idle) and anything it schedules finish.
  await page.waitForTimeout(800);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const longTasks = await page.evaluate(
    () => (globalThis as { __longTasks?: number[] }).__longTasks ?? [],
  );
  await page.close();
  return { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration'), longTasks };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : 0;
};

const server = await serve();
const results: Record<string, Record<'with' | 'without', Sample[]>> = {};
try {
  for (const mode of ['without', 'with'] as const) {
    const browser = await launch(mode === 'with');
    try {
      for (const page of PAGES) {
        // One warm-up load: the first visit compiles the extension's code, which the browser then caches.
        await measure(browser.context, server.url + page.path, mode === 'with' && page.matches);
        const samples: Sample[] = [];
        for (let i = 0; i < runs; i++)
          samples.push(
            await measure(browser.context, server.url + page.path, mode === 'with' && page.matches),
          );
        (results[page.name] ??= { with: [], without: [] })[mode] = samples;
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

const rows = PAGES.map(({ name }) => {
  const r = results[name] as Record<'with' | 'without', Sample[]>;
  const script = median(r.with.map((s) => s.scriptMs)) - median(r.without.map((s) => s.scriptMs));
  const task = median(r.with.map((s) => s.taskMs)) - median(r.without.map((s) => s.taskMs));
  const longest = (mode: 'with' | 'without') => Math.max(0, ...r[mode].flatMap((s) => s.longTasks));
  const count = (mode: 'with' | 'without') => r[mode].reduce((n, s) => n + s.longTasks.length, 0);
  return {
    page: name,
    extensionScriptMs: Number(script.toFixed(2)),
    extensionMainThreadMs: Number(task.toFixed(2)),
    scriptMsWith: Number(median(r.with.map((s) => s.scriptMs)).toFixed(2)),
    longTasksWith: count('with'),
    longTasksWithout: count('without'),
    longestTaskWithMs: Number(longest('with').toFixed(1)),
    longestTaskWithoutMs: Number(longest('without').toFixed(1)),
  };
});

if (json) {
  console.log(
    JSON.stringify({ runs, chromium: CHROMIUM_PATH, rows, sizes: bundleSizes(DIST) }, null, 2),
  );
} else {
  console.log(
    `Sourcelight in Chromium: medians of ${runs} loads per page after one warm-up, with the extension minus without.\n`,
  );
  console.log(
    '| page | script (content script) | all main-thread work | long tasks with / without (longest) |',
  );
  console.log('|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.extensionScriptMs} ms | ${r.extensionMainThreadMs} ms | ${r.longTasksWith} / ${r.longTasksWithout} (${r.longestTaskWithMs} / ${r.longestTaskWithoutMs} ms) |`,
    );
  }
  console.log(
    `\nWhat each part weighs (budgets checked by npm test):\n\n${formatSizes(bundleSizes(DIST))}`,
  );
}
