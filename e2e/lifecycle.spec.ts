import type { Page } from '@playwright/test';
import { expect, openPopup, tabIdFor, test } from './fixtures.ts';

test.describe('lifecycle in Chromium', () => {
  test('updating the extension under an open page leaves no highlight or card behind once the page changes', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(demo.url + 'rochester-rewrite.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);

    // What an update does to open pages: the extension reloads, and their content scripts lose it.
    await chromiumSession.serviceWorker
      .evaluate(() => chrome.runtime.reload())
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.evaluate(() =>
      document.querySelector('article')?.append(document.createTextNode(' More news.')),
    );
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('sourcelight-card').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the background stopped mid-use: the popup stays right, a page opened meanwhile is annotated, the badge follows', async ({
    chromiumSession,
    demo,
  }) => {
    const { context, extensionId } = chromiumSession;
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (error) => errors.push(error.message));
      // (The demo server has no favicon: that 404 is the browser's, not Sourcelight's.)
      page.on(
        'console',
        (message) =>
          void (
            message.type() === 'error' &&
            !message.location().url.endsWith('/favicon.ico') &&
            errors.push(message.text())
          ),
      );
    };
    const page = await context.newPage();
    watch(page);
    await page.goto(demo.url + 'rochester-rewrite.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);
    const tabId = await tabIdFor(chromiumSession, page);
    const before = await openPopup(chromiumSession, tabId);
    await expect(before.locator('#story-title')).toBeVisible();
    const shown = {
      summary: await before.locator('#summary').textContent(),
      findings: await before.locator('#findings .page-text').allTextContents(),
    };
    await before.close();

    // Stop Sourcelight's worker the way the browser does when it is idle, and watch it stay stopped until needed.
    const cdp = await context.newCDPSession(page);
    let status = 'unknown';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions)
        if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
          status = version.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    const stop = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status).toBe('stopped');
    };
    await stop();

    // The popup needs nothing from the background: it shows what it showed before.
    const popup = await openPopup(chromiumSession, tabId);
    await expect(popup.locator('#summary')).toHaveText(shown.summary ?? '');
    await expect(popup.locator('#findings .page-text')).toHaveText(shown.findings);
    expect(shown.findings.length).toBeGreaterThan(3);

    // A page that passes the gate while the worker is stopped wakes it: the engine is injected, the badge set.
    await stop();
    const second = await context.newPage();
    watch(second);
    await second.goto(demo.url + 'police-chiefs-undated.html');
    await expect
      .poll(() => second.evaluate(() => CSS.highlights.size), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(status).toBe('running');
    const secondTab = await tabIdFor(chromiumSession, second, popup);
    expect(secondTab).not.toBe(tabId);
    await expect
      .poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), secondTab))
      .toMatch(/^[1-9]\d*$/);
    expect(errors).toEqual([]);
  });

  test('tabs closed while their page is being read leave no error in the background, and the next page is annotated', async ({
    chromiumSession,
    demo,
  }) => {
    const { context, serviceWorker } = chromiumSession;
    // The background's errors, as its console would show them: console.error, uncaught errors, unhandled rejections.
    const logged: string[] = [];
    serviceWorker.on(
      'console',
      (message) => void (message.type() === 'error' && logged.push(message.text())),
    );
    await serviceWorker.evaluate(() => {
      const seen: string[] = [];
      (globalThis as { seenErrors?: string[] }).seenErrors = seen;
      addEventListener('error', (event) => void seen.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => void seen.push(String(event.reason)));
    });
    const uncaught = () =>
      serviceWorker.evaluate(() => (globalThis as { seenErrors?: string[] }).seenErrors ?? []);

    // Closed by the browser at every stage of reading a retelling: before the gate ran, while the background injects
    // the engine, while it analyses and reports. Each tab is found by a unique address first, then sent to the
    // retelling and removed through the tabs API (Playwright's page.close() mid-navigation hangs now and then,
    // with or without an extension).
    let n = 0;
    for (const delay of [0, 20, 50, 100, 200, 400, 30, 75]) {
      const page = await context.newPage();
      const first = `${demo.url}unrelated-bread.html?closing=${n++}`;
      await page.goto(first);
      const tabId = await serviceWorker.evaluate(
        async (address) => (await chrome.tabs.query({ url: address }))[0]?.id ?? -1,
        first,
      );
      expect(tabId).toBeGreaterThan(0);
      void page.goto(demo.url + 'rochester-rewrite.html').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await serviceWorker.evaluate((id) => chrome.tabs.remove(id), tabId);
    }
    const page = await context.newPage();
    await page.goto(demo.url + 'rochester-rewrite.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);
    await page.waitForTimeout(500);
    expect({ logged, uncaught: await uncaught() }).toEqual({ logged: [], uncaught: [] });

    // The recorder itself works: a deliberate unhandled rejection is seen.
    await serviceWorker.evaluate(() => void Promise.reject(new Error('deliberate')));
    await expect.poll(uncaught).toEqual(['Error: deliberate']);
  });
});
