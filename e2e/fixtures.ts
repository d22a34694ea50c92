import { test as base, expect, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../scripts/demo-server.ts';
import { launchChromium, type ChromiumSession } from '../scripts/launch.ts';

export { openPopup, tabIdFor } from '../scripts/launch.ts';


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

/** The text of every range registered under a highlight name, read from the page's own world. */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}
