/**
 * One reading of the page: on every demo page and every development page
 * (eval/pages, not the held-out ones), the sentences the extension highlights,
 * per verdict, are exactly the findings of `sourcelight analyze --json` (the
 * built CLI, dist/cli) on the same address, in Chromium and in Firefox; and the
 * story is the same. A page the gate turns away loads no engine, and the CLI
 * finds nothing there either. Build first (`npm run build`).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import { DEMO_DIR, startDemoServer, type DemoServer } from '../scripts/demo-server.ts';
import { gatePattern } from '../scripts/gate-pattern.ts';
import { FIREFOX_EXTENSION_UUID, pollFirefox } from '../scripts/launch.ts';
import { htmlDocument } from '../src/cli/read-html.ts';
import type { AnalyzeReport } from '../src/cli/report-json.ts';
import { mayRetellAStory } from '../src/extension/content/dom/gate.ts';
import type { PageState } from '../src/extension/messaging/protocol.ts';
import { chromiumPageState, expect, tabIdFor, test } from './fixtures.ts';

const EVAL_DIR = fileURLToPath(new URL('../eval/pages/', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli/sourcelight.mjs', import.meta.url));
const SETS = [
  { name: 'demo', dir: DEMO_DIR },
  { name: 'development', dir: EVAL_DIR },
] as const;
const VERDICTS = ['discrepant', 'consistent', 'unverified'] as const;
type ByVerdict = Record<(typeof VERDICTS)[number], string[]>;

const gate = (() => {
  const source = gatePattern();
  return source === null ? null : new RegExp(source);
})();
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

interface CliReading {
  story: string | null;
  highlights: ByVerdict;
  /** Whether the content script's gate, run over the same HTML, lets the page through (the engine is then loaded). */
  gatePasses: boolean;
}

/** What the CLI finds at the address, as the highlights the extension should draw (every verdict is shown by default). */
async function cliReading(dir: string, file: string, url: string): Promise<CliReading> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'analyze', '--json', url], {
    maxBuffer: 20_000_000,
  });
  const report = JSON.parse(stdout) as AnalyzeReport;
  const highlights = Object.fromEntries(
    VERDICTS.map((v) => [
      v,
      report.findings.filter((f) => f.verdict === v).map((f) => words(f.text)),
    ]),
  ) as ByVerdict;
  return {
    story: report.stories[0]?.id ?? null,
    highlights,
    gatePasses: mayRetellAStory(htmlDocument(readFileSync(join(dir, file), 'utf8')), gate),
  };
}

/** The page's highlights, read in the page: the text of every range of each Sourcelight highlight. */
function drawnHighlights(): Record<string, string[]> {
  return Object.fromEntries(
    ['discrepant', 'consistent', 'unverified'].map((v) => {
      const highlight = CSS.highlights.get(`sourcelight-${v}`);
      return [
        v,
        highlight
          ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim())
          : [],
      ];
    }),
  );
}

const pagesOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

/** The state of the content script that reports `url`, asked from one of Sourcelight's pages; null when none does. */
function firefoxState(extensionPage: FirefoxPage, url: string): Promise<PageState | null> {
  return extensionPage.evaluate(async (pageUrl) => {
    for (const tab of await browser.tabs.query({})) {
      const state = await browser.tabs
        .sendMessage(tab.id as number, {
          channel: 'sourcelight/v1',
          type: 'get-page-state',
          payload: null,
        })
        .catch(() => null);
      if (
        state &&
        typeof state === 'object' &&
        (state as { report?: { url?: string } }).report?.url === pageUrl
      )
        return state;
    }
    return null;
  }, url) as Promise<PageState | null>;
}

/** Polls `read` until it gives an analysed state (the content script has drawn), for up to 15 seconds. */
async function analysed(read: () => Promise<PageState | null>): Promise<PageState | null> {
  let state: PageState | null = null;
  for (
    const deadline = Date.now() + 15_000;
    Date.now() < deadline;
    await new Promise((r) => setTimeout(r, 150))
  ) {
    state = await read();
    if (state?.status === 'analysed') return state;
  }
  return state;
}

const storyOf = (state: PageState | null) =>
  state?.status === 'analysed' ? (state.report.story?.storyId ?? null) : 'not analysed';

/** Compares one page; soft assertions, so one test reports every page that differs. */
async function comparePage(
  label: string,
  cli: CliReading,
  state: () => Promise<PageState | null>,
  drawn: () => Promise<Record<string, string[]>>,
): Promise<void> {
  if (cli.gatePasses) {
    expect.soft(storyOf(await analysed(state)), `${label}: the story`).toBe(cli.story);
  } else {
    // Turned away by the gate: no engine is loaded, so there is nothing to wait for; give it the time to be wrong.
    await new Promise((r) => setTimeout(r, 700));
    expect
      .soft(await state(), `${label}: a page the gate turns away has no content script`)
      .toBeNull();
    expect
      .soft(cli.story, `${label}: the CLI finds no story on a page the gate turns away`)
      .toBeNull();
  }
  expect
    .soft(await drawn(), `${label}: the highlights, per verdict, are the CLI's findings`)
    .toEqual(cli.highlights);
}

/**
 * The time a page may take (load, the gate, the engine, the CLI's reading), with room for a loaded machine. The CLI's
 * reading alone (a fresh Node process per page) takes 1.6 to 2.6 s here; 3 s a page ran out at 232 pages in stop 22.
 */
const PER_PAGE_MS = 6_000;

// Four tests (two browsers, two sets of pages), spread over the workers.
test.describe.configure({ mode: 'parallel' });

for (const set of SETS) {
  test.describe(`one reading: ${set.name} pages`, () => {
    let server: DemoServer;
    test.beforeAll(async () => {
      server = await startDemoServer(0, set.dir);
    });
    test.afterAll(async () => {
      await server.close();
    });

    test(`Chromium draws, on every ${set.name} page, exactly the findings the CLI reports`, async ({
      chromiumSession,
    }) => {
      const files = pagesOf(set.dir);
      // About three seconds per page in a busy run; the set grows with every batch of pages.
      test.setTimeout(PER_PAGE_MS * files.length + 60_000);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const url = server.url + file;
        const cli = await cliReading(set.dir, file, url);
        const page = await chromiumSession.context.newPage();
        await page.goto(url);
        const tabId = await tabIdFor(chromiumSession, page);
        await comparePage(
          `Chromium ${file}`,
          cli,
          () => chromiumPageState(chromiumSession, tabId),
          () => page.evaluate(drawnHighlights),
        );
        await page.close();
      }
    });

    test(`Firefox draws, on every ${set.name} page, exactly the findings the CLI reports`, async ({
      firefox,
    }) => {
      test.setTimeout(PER_PAGE_MS * pagesOf(set.dir).length + 60_000);
      const browser: Browser = firefox.browser;
      const extensionPage = await browser.newPage();
      void extensionPage
        .goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/src/extension/popup/index.html?tab=-1`)
        .catch(() => undefined);
      await pollFirefox(
        extensionPage,
        () => document.querySelector('#story-title, #empty-state') !== null,
        null,
      );
      for (const file of pagesOf(set.dir)) {
        const url = server.url + file;
        const cli = await cliReading(set.dir, file, url);
        const page = await browser.newPage();
        await page.goto(url);
        await comparePage(
          `Firefox ${file}`,
          cli,
          () => firefoxState(extensionPage, url),
          () => page.evaluate(drawnHighlights),
        );
        await page.close();
      }
    });
  });
}
