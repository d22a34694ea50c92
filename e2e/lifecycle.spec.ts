import { expect, test } from './fixtures.ts';

test.describe('lifecycle in Chromium', () => {
  test('updating the extension under an open page leaves no highlight or card behind once the page changes', async ({ chromiumSession, demo }) => {
    const page = await chromiumSession.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(demo.url + 'rochester-rewrite.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);

    // What an update does to open pages: the extension reloads, and their content scripts lose it.
    await chromiumSession.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.evaluate(() => document.querySelector('article')?.append(document.createTextNode(' More news.')));
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('sourcelight-card').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
