import {
  cardGeometry,
  cardGeometryFirefox,
  focusCard,
  overlaps,
  PLACE_SENTENCE,
  SENTENCE_RECTS,
  type CardGeometry,
  type Rect,
} from './card-geometry.ts';
import type { PageState } from '../src/extension/messaging/protocol.ts';
import { expect, tabIdFor, test } from './fixtures.ts';

const FILE = 'rochester-rewrite.html';
const HIGHLIGHT = 'sourcelight-discrepant';
/** A sentence in the article's body ("Officers raced to the scene …"), which the page can scroll anywhere in the window. */
const SENTENCE = 3;
/** Room above and below the article, so the page can scroll the sentence to any height in the window. */
const ROOM = () => document.body.style.setProperty('padding-block', '100vh');
const WINDOWS = [
  { width: 360, height: 640 },
  { width: 700, height: 700 },
];
/** Where the sentence's first line is put before its card is opened: near the top, near the bottom, and mid-window (the least room on either side). */
const SPOTS = (height: number) =>
  [
    ['near the top', 40],
    ['near the bottom', height - 70],
    ['mid-window', Math.round(height / 2) - 40],
  ] as const;

/** The card clears the sentence, stays in the window, and its first source is in sight. */
function expectWellPlaced(where: string, card: CardGeometry | null, sentence: Rect[]) {
  expect(card?.open, where).toBe(true);
  if (!card) return;
  expect(sentence.length, where).toBeGreaterThan(0);
  for (const line of sentence)
    expect(
      overlaps(card.card, line),
      `${where}: the card covers the line ${JSON.stringify(line)}`,
    ).toBe(false);
  expect(card.card.top, where).toBeGreaterThanOrEqual(0);
  expect(card.card.left, where).toBeGreaterThanOrEqual(0);
  expect(card.card.bottom, where).toBeLessThanOrEqual(card.view.height);
  expect(card.card.right, where).toBeLessThanOrEqual(card.view.width);
  expect(card.link, `${where}: the card has a source link`).not.toBeNull();
  // The sources sit in the card's foot, which never scrolls away: in sight whatever the body does.
  const link = card.link as Rect;
  expect(
    link.top >= card.card.top && link.bottom <= card.card.bottom && link.bottom <= card.view.height,
    `${where}: the source link is in sight`,
  ).toBe(true);
  expect(
    overlaps(link, card.body),
    `${where}: the source link is not inside the scrolling body`,
  ).toBe(false);
  // Short of room, the card leaves out the sentence it sits beside, so the record and the reason come first.
  expect(card.pageTextShown, where).toBe(!card.limited);
  // A body that scrolls can be focused, to scroll it by keyboard.
  if (card.scrollable) expect(card.bodyTabIndex, where).toBe(0);
}

/** What the walk through the windows needs from a browser: Playwright's page for Chromium, puppeteer's for Firefox. */
interface Driver {
  setSize(size: { width: number; height: number }): Promise<void>;
  place(y: number): Promise<{ x: number; y: number; top: number }>;
  sentenceRects(): Promise<Rect[]>;
  press(key: 'Escape'): Promise<void>;
  click(x: number, y: number): Promise<void>;
  scrollUp(): Promise<void>;
  geometry(): Promise<CardGeometry | null>;
}

/** Opens the card with the sentence near the top, near the bottom and mid-window in each window, checks it each time and after a scroll; returns how often it was short of room. */
async function walkWindows(d: Driver): Promise<number> {
  let cramped = 0;
  for (const size of WINDOWS) {
    await d.setSize(size);
    for (const [spot, y] of SPOTS(size.height)) {
      const where = `${size.width}×${size.height}, sentence ${spot}`;
      await d.press('Escape');
      const point = await d.place(y);
      expect(
        Math.abs(point.top - y),
        `${where}: the page scrolled the sentence there`,
      ).toBeLessThan(2);
      await d.click(point.x, point.y);
      await expect.poll(async () => (await d.geometry())?.open, where).toBe(true);
      const card = await d.geometry();
      expectWellPlaced(where, card, await d.sentenceRects());
      if (card?.limited) cramped++;
    }
    // A pinned card follows its sentence when the page scrolls.
    await d.scrollUp();
    await new Promise((r) => setTimeout(r, 200));
    expectWellPlaced(
      `${size.width}×${size.height}, after scrolling`,
      await d.geometry(),
      await d.sentenceRects(),
    );
  }
  return cramped;
}

test.describe('the card in a small window', () => {
  test('Chromium: below or above the sentence, never over it, inside the window, its sources reachable', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + FILE);
    await expect
      .poll(() => page.evaluate((h) => CSS.highlights.get(h)?.size ?? 0, HIGHLIGHT))
      .toBeGreaterThan(0);
    await page.evaluate(ROOM);
    const cramped = await walkWindows({
      setSize: (size) => page.setViewportSize(size),
      place: (y) => page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, SENTENCE, y] as const),
      sentenceRects: () => page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, SENTENCE] as const),
      press: (key) => page.keyboard.press(key),
      click: (x, y) => page.mouse.click(x, y),
      scrollUp: () => page.mouse.wheel(0, -120),
      geometry: () => cardGeometry(chromiumSession.context, page),
    });
    // Mid-window in the narrow window there is room for the whole card on neither side: its body scrolls.
    expect(cramped).toBeGreaterThan(0);
    // In a card whose body scrolls, the keyboard reaches the body (to scroll it) and the sources: from the focused card, Tab moves to the close button, the body, the first link.
    await page.setViewportSize(WINDOWS[0] as { width: number; height: number });
    await page.keyboard.press('Escape');
    const point = await page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, SENTENCE, 280] as const);
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(async () => (await cardGeometry(chromiumSession.context, page))?.limited)
      .toBe(true);
    expect((await cardGeometry(chromiumSession.context, page))?.scrollable).toBe(true);
    await focusCard(chromiumSession.context, page);
    const stops: (string | null | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push((await cardGeometry(chromiumSession.context, page))?.active);
      if (i === 1) {
        await page.keyboard.press('End');
        await expect
          .poll(async () => (await cardGeometry(chromiumSession.context, page))?.bodyScrollTop)
          .toBeGreaterThan(0);
      }
    }
    expect(stops).toEqual(['button.close', 'div.body', 'a.']);

    // Opened from the keyboard or the popup, the card scrolls the page as far as it needs to show whole below its sentence.
    await page.keyboard.press('Escape');
    await page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, SENTENCE, 280] as const);
    const text = await page.evaluate(
      ([h, n]) => ([...(CSS.highlights.get(h) ?? [])][n] as Range).toString(),
      [HIGHLIGHT, SENTENCE] as const,
    );
    const tabId = await tabIdFor(chromiumSession, page);
    const message = (type: string, payload: unknown) =>
      chromiumSession.serviceWorker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [
        tabId,
        { channel: 'sourcelight/v1', type, payload },
      ] as const);
    const state = (await message('get-page-state', null)) as PageState;
    if (state.status !== 'analysed') throw new Error('not analysed');
    const finding = state.report.findings.find((f) => f.text === text);
    expect(await message('show-finding', { claimId: finding?.claimId, text })).toBe(true);
    await expect
      .poll(async () => (await cardGeometry(chromiumSession.context, page))?.active)
      .toBe('div.card');
    const revealed = await cardGeometry(chromiumSession.context, page);
    expectWellPlaced(
      '360×640, opened from the popup',
      revealed,
      await page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, SENTENCE] as const),
    );
    expect(revealed?.limited).toBe(false);
  });

  test('Firefox: below or above the sentence, never over it, inside the window, its sources reachable', async ({
    firefox,
    demo,
  }) => {
    const page = await firefox.browser.newPage();
    await page.goto(demo.url + FILE);
    await page.waitForFunction(
      (h) => (CSS.highlights.get(h)?.size ?? 0) > 0,
      { timeout: 15_000 },
      HIGHLIGHT,
    );
    await page.evaluate(ROOM);
    const cramped = await walkWindows({
      setSize: (size) => page.setViewport(size),
      place: (y) => page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, SENTENCE, y] as const),
      sentenceRects: () => page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, SENTENCE] as const),
      press: (key) => page.keyboard.press(key),
      click: (x, y) => page.mouse.click(x, y),
      scrollUp: () => page.evaluate(() => window.scrollBy(0, -120)),
      geometry: () => cardGeometryFirefox(page),
    });
    expect(cramped).toBeGreaterThan(0);
  });
});
