import { cardGeometry, cardGeometryFirefox, focusCard, overlaps, PLACE_SENTENCE, SENTENCE_RECTS, type CardGeometry, type Rect } from './card-geometry.ts';
import { expect, test } from './fixtures.ts';

const FILE = 'rochester-rewrite.html';
const HIGHLIGHT = 'sourcelight-discrepant';
const WINDOWS = [
  { width: 360, height: 640 },
  { width: 700, height: 700 },
];
/** Where the sentence's first line is put before its card is opened: near the top, near the bottom, and mid-window (the least room on either side). */
const SPOTS = (height: number) => [
  ['near the top', 40],
  ['near the bottom', height - 70],
  ['mid-window', Math.round(height / 2) - 40],
] as const;

/** The card clears the sentence, stays in the window, and its first source is in sight or comes into sight by scrolling the card's body. */
function expectWellPlaced(where: string, card: CardGeometry | null, sentence: Rect[]) {
  expect(card?.open, where).toBe(true);
  if (!card) return;
  expect(sentence.length, where).toBeGreaterThan(0);
  for (const line of sentence) expect(overlaps(card.card, line), `${where}: the card covers the line ${JSON.stringify(line)}`).toBe(false);
  expect(card.card.top, where).toBeGreaterThanOrEqual(0);
  expect(card.card.left, where).toBeGreaterThanOrEqual(0);
  expect(card.card.bottom, where).toBeLessThanOrEqual(card.view.height);
  expect(card.card.right, where).toBeLessThanOrEqual(card.view.width);
  expect(card.link, `${where}: the card has a source link`).not.toBeNull();
  const inSight = (link: Rect | null) => Boolean(link && link.top >= card.body.top - 1 && link.bottom <= card.body.bottom + 1 && link.bottom <= card.view.height);
  if (card.scrollable) {
    // The body scrolls, can be focused to scroll by keyboard, and scrolled to its end shows the source.
    expect(card.bodyTabIndex, where).toBe(0);
    expect(inSight(card.linkAfterScroll), `${where}: the source link after scrolling the card`).toBe(true);
  } else {
    expect(inSight(card.link), `${where}: the source link`).toBe(true);
  }
}

test.describe('the card in a small window', () => {
  test('Chromium: below or above the sentence, never over it, inside the window, its sources reachable', async ({ chromiumSession, demo }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + FILE);
    await expect.poll(() => page.evaluate((h) => CSS.highlights.get(h)?.size ?? 0, HIGHLIGHT)).toBeGreaterThan(0);
    let cramped = 0;
    for (const size of WINDOWS) {
      await page.setViewportSize(size);
      for (const [spot, y] of SPOTS(size.height)) {
        const where = `${size.width}×${size.height}, sentence ${spot}`;
        await page.keyboard.press('Escape');
        const point = await page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, 0, y] as const);
        await page.mouse.click(point.x, point.y);
        await expect.poll(async () => (await cardGeometry(chromiumSession.context, page))?.open, where).toBe(true);
        const card = await cardGeometry(chromiumSession.context, page);
        expectWellPlaced(where, card, await page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, 0] as const));
        if (card?.scrollable) cramped++;
      }
      // A pinned card follows its sentence when the page scrolls.
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(200);
      expectWellPlaced(`${size.width}×${size.height}, after scrolling`, await cardGeometry(chromiumSession.context, page), await page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, 0] as const));
    }
    // Mid-window in the narrow window there is room for the whole card on neither side: its body scrolls.
    expect(cramped).toBeGreaterThan(0);
    // The keyboard reaches the sources of a card whose body scrolls: from the focused card, Tab moves to the body, then to the link, which comes into sight.
    await page.setViewportSize(WINDOWS[0] as { width: number; height: number });
    await page.keyboard.press('Escape');
    const point = await page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, 0, 280] as const);
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await cardGeometry(chromiumSession.context, page))?.scrollable).toBe(true);
    const shut = await cardGeometry(chromiumSession.context, page);
    expect(shut?.link && shut.link.bottom > shut.body.bottom).toBe(true);
    await focusCard(chromiumSession.context, page);
    const stops: (string | null | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push((await cardGeometry(chromiumSession.context, page))?.active);
    }
    expect(stops).toEqual(['button.close', 'div.body', 'a.']);
    const focused = await cardGeometry(chromiumSession.context, page);
    expect(focused?.link && focused.link.bottom <= focused.body.bottom + 1 && focused.link.top >= focused.body.top - 1).toBe(true);
    expect(focused?.card).toEqual(shut?.card);
  });

  test('Firefox: below or above the sentence, never over it, inside the window, its sources reachable', async ({ firefox, demo }) => {
    const page = await firefox.browser.newPage();
    await page.goto(demo.url + FILE);
    await page.waitForFunction((h) => (CSS.highlights.get(h)?.size ?? 0) > 0, { timeout: 15_000 }, HIGHLIGHT);
    let cramped = 0;
    for (const size of WINDOWS) {
      await page.setViewport(size);
      for (const [spot, y] of SPOTS(size.height)) {
        const where = `${size.width}×${size.height}, sentence ${spot}`;
        await page.keyboard.press('Escape');
        const point = await page.evaluate(PLACE_SENTENCE, [HIGHLIGHT, 0, y] as const);
        await page.mouse.click(point.x, point.y);
        await expect.poll(async () => (await cardGeometryFirefox(page))?.open, where).toBe(true);
        const card = await cardGeometryFirefox(page);
        expectWellPlaced(where, card, await page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, 0] as const));
        if (card?.scrollable) cramped++;
      }
      await page.evaluate(() => window.scrollBy(0, -120));
      await new Promise((r) => setTimeout(r, 200));
      expectWellPlaced(`${size.width}×${size.height}, after scrolling`, await cardGeometryFirefox(page), await page.evaluate(SENTENCE_RECTS, [HIGHLIGHT, 0] as const));
    }
    expect(cramped).toBeGreaterThan(0);
  });
});
