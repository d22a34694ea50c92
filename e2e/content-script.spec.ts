import { EXPECTED, textsOf } from './expected.ts';
import { expect, highlightedTexts, tabIdFor, test } from './fixtures.ts';

const VERDICTS = ['discrepant', 'consistent', 'unverified'] as const;

test.describe('content script in Chromium', () => {
  for (const [file, expectation] of Object.entries(EXPECTED).filter(([, e]) => e.story)) {
    test(`highlights every finding on ${file}, on the page's own words`, async ({ chromiumSession, demo }) => {
      const page = await chromiumSession.context.newPage();
      await page.goto(demo.url + file);
      await expect.poll(() => highlightedTexts(page, 'sourcelight-discrepant').then((t) => t.length)).toBe(
        textsOf(file, 'discrepant').length,
      );
      for (const verdict of VERDICTS) {
        expect(await highlightedTexts(page, `sourcelight-${verdict}`), verdict).toEqual(textsOf(file, verdict));
      }
      // Highlights change no text node: the article reads exactly as before.
      expect(await page.locator('sourcelight-mark').count()).toBe(0);
      expect(expectation.story).not.toBeNull();
    });
  }

  test('leaves an unrelated page untouched and the badge empty', async ({ chromiumSession, demo }) => {
    const page = await chromiumSession.context.newPage();
    const url = demo.url + 'unrelated-border-stop.html';
    await page.goto(url);
    // Wait for a known-matching page in another tab to prove the content script is running at all.
    const control = await chromiumSession.context.newPage();
    await control.goto(demo.url + 'rochester-rewrite.html');
    await expect.poll(() => highlightedTexts(control, 'sourcelight-discrepant').then((t) => t.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const tabId = await tabIdFor(chromiumSession, page);
    expect(await chromiumSession.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    // Nothing was added to the page: it has exactly the elements of its own HTML source.
    const counts = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      return {
        live: document.querySelectorAll('*').length,
        source: new DOMParser().parseFromString(source, 'text/html').querySelectorAll('*').length,
      };
    });
    expect(counts.live).toBe(counts.source);
  });

  test('shows the number of discrepancies on the toolbar badge', async ({ chromiumSession, demo }) => {
    const page = await chromiumSession.context.newPage();
    const url = demo.url + 'rochester-rewrite.html';
    await page.goto(url);
    const tabId = await tabIdFor(chromiumSession, page);
    await expect
      .poll(() => chromiumSession.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe(String(textsOf('rochester-rewrite.html', 'discrepant').length));
  });
});
