import type { BrowserContext, Page } from '@playwright/test';
import type { PageState } from '../src/extension/messaging/protocol.ts';
import { pointOnHighlight, readCard } from './card-reader.ts';
import { cardGeometry } from './card-geometry.ts';
import { textsOf } from './expected.ts';
import { expect, tabIdFor, test } from './fixtures.ts';
import type { ChromiumSession } from '../scripts/launch.ts';

/** Whether Sourcelight's card on the page is open, for `expect.poll`. */
const cardOpen = (context: BrowserContext, page: Page) => async () =>
  (await readCard(context, page))?.open;

const ENVELOPE = { channel: 'sourcelight/v1' };

/** Asks the page's content script, as the extension's background does. */
function tellContent(
  session: ChromiumSession,
  tabId: number,
  type: string,
  payload: unknown,
): Promise<unknown> {
  return session.serviceWorker.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message), [
    tabId,
    { ...ENVELOPE, type, payload },
  ] as const);
}

async function reportOf(session: ChromiumSession, tabId: number) {
  const state = (await tellContent(session, tabId, 'get-page-state', null)) as PageState;
  if (state.status !== 'analysed') throw new Error(`page not analysed: ${state.status}`);
  return state.report;
}

async function openAnnotated(
  session: ChromiumSession,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0);
  return { page, tabId: await tabIdFor(session, page) };
}

/** Where every block of the page sits, and how tall the document is. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    blocks: Array.from(document.querySelectorAll('body *:not(sourcelight-card)'), (el) => {
      const r = el.getBoundingClientRect();
      return [
        Math.round(r.left),
        Math.round(r.top + scrollY),
        Math.round(r.width),
        Math.round(r.height),
      ];
    }),
  }));

test.describe('cards in Chromium', () => {
  test('hovering a marked sentence opens its card: verdict, both versions, explanation and the sources', async ({
    chromiumSession,
    demo,
  }, testInfo) => {
    const { page, tabId } = await openAnnotated(
      chromiumSession,
      demo.url + 'rochester-rewrite.html',
    );
    const report = await reportOf(chromiumSession, tabId);
    expect(await readCard(chromiumSession.context, page)).toBeNull();

    const spot = await pointOnHighlight(page, 'sourcelight-discrepant', 2);
    const before = await layout(page);
    await page.mouse.move(spot.x, spot.y);
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(true);

    const finding = report.findings.find((f) => f.text === spot.text);
    if (!finding) throw new Error(`no finding for "${spot.text}"`);
    const card = await readCard(chromiumSession.context, page);
    expect(card?.verdict).toBe('discrepant');
    // A discrepancy says how wrong it is: False, or Imprecise where the pack calls the page's value partly right.
    expect(finding.severity).toBeDefined();
    expect(card?.label).toBe(
      `Sourcelight: ${finding.severity === 'imprecise' ? 'Imprecise' : 'False'}`,
    );
    for (const words of [spot.text, finding.original, finding.explanation])
      expect(card?.text).toContain(words.replace(/\s+/g, ' '));
    expect(card?.links.map((l) => l.href)).toEqual(finding.sources.map((s) => s.url));
    // Dates are written out in the browser's language: "March 26, 2025" rather than "2025-03-26".
    const [source] = finding.sources;
    expect(card?.links[0]?.text).toContain(`${source?.publisher}, `);
    expect(card?.links[0]?.text).toContain(source?.date.slice(0, 4));
    expect(card?.links[0]?.text).not.toContain(source?.date);
    const shot = testInfo.outputPath('card-on-hover.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('card on hover', { path: shot, contentType: 'image/png' });

    // Nothing moved: the card floats over the page, the page's own layout is untouched.
    expect(await layout(page)).toEqual(before);

    // The pointer leaves the text: the card goes.
    await page.mouse.move(5, 5);
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(false);
  });

  test('clicking a recorded quote pins its card, whose link opens the original at the quoted words', async ({
    chromiumSession,
    demo,
  }) => {
    const { page } = await openAnnotated(chromiumSession, demo.url + 'rochester-rewrite.html');
    const spot = await pointOnHighlight(page, 'sourcelight-consistent', 0);
    expect(spot.text).toContain('Our policy is crystal clear');
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(true);
    const card = await readCard(chromiumSession.context, page);
    expect(card?.verdict).toBe('consistent');
    expect(card?.links.length).toBeGreaterThan(0);
    for (const link of card?.links ?? [])
      expect(link.href).toMatch(/^https:\/\/[^#]+#:~:text=Our%20policy%20is%20crystal,/);

    // A pinned card stays while the pointer wanders, and a click elsewhere closes it.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect((await readCard(chromiumSession.context, page))?.open).toBe(true);
    await page.mouse.click(5, 300);
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(false);
  });

  test('the keyboard shortcut steps through the findings; the card takes focus, links out, and Escape gives focus back', async ({
    chromiumSession,
    demo,
  }) => {
    const { page, tabId } = await openAnnotated(
      chromiumSession,
      demo.url + 'rochester-rewrite.html',
    );
    // The shortcuts are registered with the browser under their default keys.
    const commands = await chromiumSession.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual(
      expect.arrayContaining([
        ['next-finding', 'Alt+Shift+J'],
        ['previous-finding', 'Alt+Shift+K'],
      ]),
    );
    // A pressed shortcut reaches the background, which sends the tab this message (key presses from
    // the DevTools protocol do not reach browser-level shortcuts, so the test sends it the same way).
    const worth = [
      ...textsOf('rochester-rewrite.html', 'discrepant'),
      ...textsOf('rochester-rewrite.html', 'unverified'),
    ];
    expect(await tellContent(chromiumSession, tabId, 'step-finding', { direction: 1 })).toBe(true);
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(true);
    const first = await readCard(chromiumSession.context, page);
    expect(worth.some((text) => first?.text.includes(text.replace(/\s+/g, ' ')))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'sourcelight-card',
    );

    // Next and back again land on a different finding and then the same one.
    await tellContent(chromiumSession, tabId, 'step-finding', { direction: 1 });
    await expect
      .poll(async () => (await readCard(chromiumSession.context, page))?.text)
      .not.toBe(first?.text);
    await tellContent(chromiumSession, tabId, 'step-finding', { direction: -1 });
    await expect
      .poll(async () => (await readCard(chromiumSession.context, page))?.text)
      .toBe(first?.text);

    // Tab reaches the close button, the card's body when it scrolls, then the first source; Enter opens it in a new tab.
    await chromiumSession.context.route(/^https:\/\//, (route) =>
      route.fulfill({ body: 'original report', contentType: 'text/plain' }),
    );
    const scrolls = (await cardGeometry(chromiumSession.context, page))?.bodyTabIndex === 0;
    for (let i = 0; i < (scrolls ? 3 : 2); i++) await page.keyboard.press('Tab');
    expect((await cardGeometry(chromiumSession.context, page))?.active).toBe('a.');
    const opened = chromiumSession.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const original = await opened;
    await original.waitForLoadState();
    expect(first?.links.map((l) => l.href)).toContain(original.url());
    await original.close();

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('body');
  });

  test('a card opened from the keyboard stays open when the pointer has just left a hovered sentence', async ({
    chromiumSession,
    demo,
  }) => {
    const { page, tabId } = await openAnnotated(
      chromiumSession,
      demo.url + 'rochester-rewrite.html',
    );
    const spot = await pointOnHighlight(page, 'sourcelight-discrepant', 2);
    await page.mouse.move(spot.x, spot.y);
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(true);
    // The pointer leaves (the card would close 400 ms later) and, at once, the shortcut steps to the next finding.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(50);
    expect(await tellContent(chromiumSession, tabId, 'step-finding', { direction: 1 })).toBe(true);
    const stepped = await readCard(chromiumSession.context, page);
    expect(stepped?.open).toBe(true);
    expect(stepped?.text).not.toContain(spot.text.replace(/\s+/g, ' '));
    // Well past the pointer's leave delay, the card the shortcut opened is still open, and focus is in it.
    await page.waitForTimeout(700);
    expect(await readCard(chromiumSession.context, page)).toEqual(stepped);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'sourcelight-card',
    );
  });

  test('turning Sourcelight off for the site removes every highlight and the card at once; on brings them back', async ({
    chromiumSession,
    demo,
  }) => {
    const { page, tabId } = await openAnnotated(
      chromiumSession,
      demo.url + 'rochester-rewrite.html',
    );
    await tellContent(chromiumSession, tabId, 'step-finding', { direction: 1 });
    await expect.poll(cardOpen(chromiumSession.context, page)).toBe(true);

    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await options.getByLabel('Turn off on a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expect(options.locator('#sites')).toContainText('127.0.0.1');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('sourcelight-card').count()).toBe(0);
    expect(await readCard(chromiumSession.context, page)).toBeNull();

    await options.getByRole('button', { name: 'Turn back on: 127.0.0.1' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);
    await expect(options.locator('#sites-none')).toBeVisible();
  });

  test('a single-page app that swaps in a retelling is annotated, and cleared when it navigates away', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + 'spa.html');
    const tabId = await tabIdFor(chromiumSession, page);
    // The front page fails the content script's first check: nothing is loaded, nothing answers.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    await expect(tellContent(chromiumSession, tabId, 'get-page-state', null)).rejects.toThrow(
      /Receiving end does not exist/,
    );
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    await page.click('#open-story');
    await expect(page).toHaveURL(/\?story=rochester$/);
    const consistent = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('sourcelight-consistent') ?? [])].map((r) => r.toString()),
      );
    await expect
      .poll(consistent, { timeout: 10_000 })
      .toEqual(textsOf('rochester-careful.html', 'consistent'));
    expect((await reportOf(chromiumSession, tabId)).url).toMatch(/\?story=rochester$/);

    await page.goBack();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBe(0);
    expect((await reportOf(chromiumSession, tabId)).story).toBeNull();
  });
});
