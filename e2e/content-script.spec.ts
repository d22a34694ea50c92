import { EXPECTED, textsOf } from './expected.ts';
import {
  askPageState,
  chromiumPageState,
  expect,
  highlightedTexts,
  tabIdFor,
  test,
} from './fixtures.ts';

const VERDICTS = ['discrepant', 'consistent', 'unverified'] as const;

test.describe('content script in Chromium', () => {
  for (const [file, expectation] of Object.entries(EXPECTED).filter(([, e]) => e.story)) {
    test(`highlights every finding on ${file}, on the page's own words`, async ({
      chromiumSession,
      demo,
    }) => {
      const page = await chromiumSession.context.newPage();
      await page.goto(demo.url + file);
      const all = async () =>
        Object.fromEntries(
          await Promise.all(
            VERDICTS.map(async (v) => [v, await highlightedTexts(page, `sourcelight-${v}`)]),
          ),
        );
      // Polls until the content script has drawn, then requires exactly the expected sentences per verdict.
      await expect
        .poll(all)
        .toEqual(Object.fromEntries(VERDICTS.map((v) => [v, textsOf(file, v)])));
      // Highlights change no text node: the article reads exactly as before.
      expect(await page.locator('sourcelight-mark').count()).toBe(0);
      expect(expectation.story).not.toBeNull();
    });
  }

  test('leaves an unrelated page untouched and the badge empty: no engine loaded, no listener, no element', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    const url = demo.url + 'unrelated-border-stop.html';
    await page.goto(url);
    const tabId = await tabIdFor(chromiumSession, page);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    // The page fails the content script's first check, so it loaded no engine and touched no extension API:
    // there is not even a listener to answer.
    await expect(askPageState(chromiumSession, tabId)).rejects.toThrow(
      /Receiving end does not exist/,
    );
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(
      await chromiumSession.serviceWorker.evaluate(
        (id) => chrome.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    ).toBe('');
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

  test('reads a page of links (the demo index) and annotates nothing: it names stories but tells none', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + 'index.html');
    const tabId = await tabIdFor(chromiumSession, page);
    // Its link texts name Rochester, so the gate lets it through and the engine reads it; the page's shape (most of
    // its text in links) stops it there.
    const state = () => chromiumPageState(chromiumSession, tabId);
    await expect.poll(async () => (await state())?.status).toBe('analysed');
    const analysed = await state();
    const report = analysed?.status === 'analysed' ? analysed.report : undefined;
    expect(report?.story).toBeNull();
    expect(report?.findings).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(
      await chromiumSession.serviceWorker.evaluate(
        (id) => chrome.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    ).toBe('');
  });

  test('shows the number of discrepancies on the toolbar badge', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    const url = demo.url + 'rochester-rewrite.html';
    await page.goto(url);
    const tabId = await tabIdFor(chromiumSession, page);
    await expect
      .poll(() =>
        chromiumSession.serviceWorker.evaluate(
          (id) => chrome.action.getBadgeText({ tabId: id }),
          tabId,
        ),
      )
      .toBe(String(textsOf('rochester-rewrite.html', 'discrepant').length));
  });
});
