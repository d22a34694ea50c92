/**
 * `npm start [-- --browser chromium|firefox]`: builds the extension, serves the
 * demo pages on 127.0.0.1 and opens the browser with Sourcelight loaded on the
 * first demo page. Where there is no display it says so and writes screenshots
 * of an annotated demo page and of the popup instead, and prints their paths.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';
import { HIGHLIGHT_NAMES } from '../src/extension/content/page-names.ts';
import { FIREFOX_PATH, missingBrowser } from './browsers.ts';
import { startDemoServerPreferring } from './demo-server.ts';
import {
  DIST_FIREFOX,
  launchChromium,
  launchFirefox,
  openFirefoxPopup,
  openPopup,
  tabIdFor,
} from './launch.ts';

const FIRST_DEMO = 'rochester-rewrite.html';
const SHOTS = resolve('screenshots');

const browserArg = process.argv.includes('--browser')
  ? process.argv[process.argv.indexOf('--browser') + 1]
  : 'chromium';
if (browserArg !== 'chromium' && browserArg !== 'chrome' && browserArg !== 'firefox') {
  console.error(`Unknown browser "${browserArg}": use --browser chromium or --browser firefox.`);
  process.exit(2);
}
const target = browserArg === 'firefox' ? 'firefox' : 'chrome';
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const { server, notice } = await startDemoServerPreferring(4517);
const firstPage = server.url + FIRST_DEMO;
if (notice) console.log(notice);
console.log(`Demo pages: ${server.url}`);

/** Stops with one plain line on stderr (no stack trace) and a non-zero exit code. */
async function fail(message: string): Promise<never> {
  console.error(message);
  await server.close();
  process.exit(1);
}

const missing = missingBrowser(target === 'chrome' ? 'chromium' : 'firefox');
if (missing) await fail(missing);

console.log(`Building dist/${target} …`);
await build({ mode: target, logLevel: 'warn' });

try {
  if (hasDisplay) await openInteractive();
  else await writeScreenshots();
} catch (error) {
  const variable = target === 'chrome' ? 'SOURCELIGHT_CHROMIUM' : 'SOURCELIGHT_FIREFOX';
  const reason = ((error as Error).message ?? String(error)).split('\n')[0];
  await fail(`Could not run the browser (${reason}); check it, or set ${variable} to another.`);
}

async function openInteractive(): Promise<void> {
  if (target === 'chrome') {
    const session = await launchChromium({ headless: false });
    const page = await session.context.newPage();
    await page.goto(firstPage);
    console.log(
      'Chromium is open with Sourcelight loaded. Close the browser window (or press Ctrl+C) to stop.',
    );
    session.context.on('close', () => void server.close().then(() => process.exit(0)));
    return;
  }
  const child = spawn(
    'npx',
    [
      'web-ext',
      'run',
      '--source-dir',
      DIST_FIREFOX,
      '--firefox',
      FIREFOX_PATH,
      '--start-url',
      firstPage,
      '--no-input',
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => void server.close().then(() => process.exit(code ?? 0)));
}

async function writeScreenshots(): Promise<void> {
  console.log(
    'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open.',
  );
  console.log(
    `Writing screenshots of the extension at work instead (headless ${target === 'chrome' ? 'Chromium' : 'Firefox'}).`,
  );
  await mkdir(SHOTS, { recursive: true });
  const written: string[] = [];
  if (target === 'chrome') {
    const session = await launchChromium();
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.goto(firstPage);
    await page.waitForFunction((name) => CSS.highlights.has(name), HIGHLIGHT_NAMES.discrepant, {
      timeout: 10_000,
    });
    written.push(resolve(SHOTS, 'chromium-annotated-page.png'));
    await page.screenshot({ path: written.at(-1) as string, fullPage: true });
    const tabId = await tabIdFor(session, page);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await session.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await openPopup(session, tabId, popup);
      await popup.locator('#story-title').waitFor();
      written.push(resolve(SHOTS, `chromium-popup-${scheme}.png`));
      await popup.screenshot({ path: written.at(-1) as string, fullPage: true });
    }
    await session.close();
  } else {
    // Firefox over WebDriver BiDi cannot emulate a colour scheme, so each scheme gets its own browser, told by a pref.
    for (const scheme of ['light', 'dark'] as const) {
      const { browser } = await launchFirefox({
        prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
      });
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1100, height: 1000 });
        await page.goto(firstPage);
        await page.waitForFunction(
          (name: string) => CSS.highlights.has(name),
          { timeout: 10_000 },
          HIGHLIGHT_NAMES.discrepant,
        );
        if (scheme === 'light') {
          written.push(resolve(SHOTS, 'firefox-annotated-page.png'));
          await page.screenshot({ path: written.at(-1) as `${string}.png`, fullPage: true });
        }
        const popup = await browser.newPage();
        await popup.setViewport({ width: 380, height: 600 });
        await openFirefoxPopup(browser, firstPage, popup);
        written.push(resolve(SHOTS, `firefox-popup-${scheme}.png`));
        await popup.screenshot({ path: written.at(-1) as `${string}.png`, fullPage: true });
      } finally {
        await browser.close();
      }
    }
  }
  await server.close();
  console.log('Screenshots:');
  for (const path of written) console.log(`  ${path}`);
}
