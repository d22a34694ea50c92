import { test as base, expect, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../scripts/demo-server.ts';
import type { Browser } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ChromiumSession } from '../scripts/launch.ts';

export { openPopup, tabIdFor } from '../scripts/launch.ts';

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
