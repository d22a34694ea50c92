import { test as base, expect, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../scripts/demo-server.ts';
import { launchChromium, type ChromiumSession } from '../scripts/launch.ts';

export { expect };

interface Fixtures {
  chromiumSession: ChromiumSession;
}
interface WorkerFixtures {
  demo: DemoServer;
}

/** Chromium with the built extension, plus the demo server. */
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
});

/**
 * The browser's id for a page's tab. Sourcelight has no "tabs" permission, so
 * tab URLs are hidden from it: bring the page to the front and ask for the active tab.
 */
export async function tabIdFor(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** The text of every range registered under a highlight name, read from the page's own world. */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** Opens the popup as a page for a given tab. */
export async function openPopup(session: ChromiumSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
  return popup;
}
