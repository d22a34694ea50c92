import { test as base, expect, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../scripts/demo-server.ts';
import type { Browser } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ChromiumSession } from '../scripts/launch.ts';

import { openPopup, tabIdFor } from '../scripts/launch.ts';
import type { PageState } from '../src/extension/messaging/protocol.ts';

export { openPopup, tabIdFor };

export { expect };

interface Fixtures {
  /** Chromium (Playwright) with dist/chrome loaded unpacked. */
  chromiumSession: ChromiumSession;
  /** Firefox ESR (puppeteer-core over WebDriver BiDi) with dist/firefox as a temporary add-on. */
  firefox: { browser: Browser; addonId: string };
}
interface WorkerFixtures {
  demo: DemoServer;
}

/** The demo server, and a browser with the built extension (each launched only by the tests that use it). */
export const test = base.extend<Fixtures, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      const server = await startDemoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  chromiumSession: async ({}, use) => {
    const session = await launchChromium();
    await use(session);
    await session.close();
  },
  firefox: async ({}, use) => {
    const session = await launchFirefox();
    await use(session);
    await session.browser.close();
  },
});

/** The text of every range registered under a highlight name, read from the page's own world. */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** A new tab on the demo page `file`, once Sourcelight has registered `kinds` highlight kinds on it. */
export async function annotatedDemoPage(
  session: ChromiumSession,
  demo: DemoServer,
  file: string,
  kinds: number,
): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(demo.url + file);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(kinds);
  return page;
}

/** The toolbar popup, opened for the tab `page` is in. */
export async function popupOf(session: ChromiumSession, page: Page): Promise<Page> {
  return openPopup(session, await tabIdFor(session, page));
}

/** Asks the tab's content script for its state, as the background does; null when no content script answers (the gate turned the page away). */
export function chromiumPageState(
  session: ChromiumSession,
  tabId: number,
): Promise<PageState | null> {
  return askPageState(session, tabId)
    .then((state) => state as PageState)
    .catch(() => null);
}

/** The raw question for the tab's content script's state: it rejects when no content script listens. */
export function askPageState(session: ChromiumSession, tabId: number): Promise<unknown> {
  return session.serviceWorker.evaluate(
    (id) =>
      chrome.tabs.sendMessage(id, {
        channel: 'sourcelight/v1',
        type: 'get-page-state',
        payload: null,
      }),
    tabId,
  );
}
