/**
 * Screenshots of what the reader sees, to look at after a UI change, in
 * Chromium and Firefox, light and dark: the popup's first screen and whole
 * length, and a card opened by a click on a marked sentence in a wide
 * (1280×800) and a narrow (360×640) window, the narrow one also with the
 * sentence mid-window (the least room on either side: the card's body scrolls).
 * Usage: npm run build && npx tsx scripts/ui-screenshots.ts [out-dir] [page.html]
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HIGHLIGHT_NAMES } from '../src/extension/content/page-names.ts';
import { startDemoServer } from './demo-server.ts';
import { launchChromium, launchFirefox, openFirefoxPopup, openPopup, tabIdFor } from './launch.ts';

const out = process.argv[2] ?? 'test-results/ui-screenshots';
const file = process.argv[3] ?? 'rochester-rewrite.html';
const SCHEMES = ['light', 'dark'] as const;
/** Window sizes, and where the sentence's first line is put (a fraction of the height) before its card is opened. */
const CARD_SHOTS = [
  { name: 'wide', width: 1280, height: 800, at: 0.3 },
  { name: 'narrow', width: 360, height: 640, at: 0.2 },
  { name: 'narrow-mid', width: 360, height: 640, at: 0.45 },
] as const;

/** Scrolls the fourth discrepant sentence (in the demo retelling, one in the article's body) so its first line sits at `y`, and gives a point on it. */
const placeSentence = ({ y, name }: { y: number; name: string }) => {
  const range = [...(CSS.highlights.get(name) ?? [])][3] as Range;
  window.scrollBy({
    top: (range.getClientRects()[0] as DOMRect).top - y,
    behavior: 'instant' as ScrollBehavior,
  });
  const rect = range.getClientRects()[0] as DOMRect;
  return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
};

await mkdir(out, { recursive: true });
const demo = await startDemoServer();
try {
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(demo.url + file);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const popup = await openPopup(session, await tabIdFor(session, page));
    await popup.setViewportSize({ width: 380, height: 580 });
    await popup.locator('#findings').waitFor();
    for (const colorScheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme });
      await popup.screenshot({ path: join(out, `chromium-popup-${colorScheme}.png`) });
      await popup.screenshot({
        path: join(out, `chromium-popup-${colorScheme}-full.png`),
        fullPage: true,
      });
    }
    await page.bringToFront();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      for (const shot of CARD_SHOTS) {
        await page.setViewportSize({ width: shot.width, height: shot.height });
        await page.keyboard.press('Escape');
        const spot = await page.evaluate(placeSentence, {
          y: Math.round(shot.height * shot.at),
          name: HIGHLIGHT_NAMES.discrepant,
        });
        await page.mouse.click(spot.x, spot.y);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(out, `chromium-card-${shot.name}-${colorScheme}.png`) });
      }
    }
  } finally {
    await session.close();
  }

  // Firefox follows a preference for the colour scheme of its pages, so each scheme gets its own browser.
  for (const colorScheme of SCHEMES) {
    const firefox = await launchFirefox({
      prefs: { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 },
    });
    try {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(demo.url + file);
      await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
      const popup = await openFirefoxPopup(firefox.browser, demo.url + file);
      await popup.setViewport({ width: 380, height: 580 });
      await popup.screenshot({ path: join(out, `firefox-popup-${colorScheme}.png`) });
      await popup.screenshot({
        path: join(out, `firefox-popup-${colorScheme}-full.png`),
        fullPage: true,
      });
      await page.bringToFront();
      for (const shot of CARD_SHOTS) {
        await page.setViewport({ width: shot.width, height: shot.height });
        await page.keyboard.press('Escape');
        const spot = await page.evaluate(placeSentence, {
          y: Math.round(shot.height * shot.at),
          name: HIGHLIGHT_NAMES.discrepant,
        });
        await page.mouse.click(spot.x, spot.y);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await page.screenshot({ path: join(out, `firefox-card-${shot.name}-${colorScheme}.png`) });
      }
    } finally {
      await firefox.browser.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await demo.close();
}
