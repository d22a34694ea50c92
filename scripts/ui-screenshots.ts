/**
 * Screenshots of what the reader sees, to look at after a UI change: the
 * popup's first screen in light and dark, and a card opened on a marked
 * sentence. Usage: npm run build:chrome && npx tsx scripts/ui-screenshots.ts [out-dir] [page.html]
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startDemoServer } from './demo-server.ts';
import { launchChromium, openPopup, tabIdFor } from './launch.ts';

const out = process.argv[2] ?? 'test-results/ui-screenshots';
const file = process.argv[3] ?? 'rochester-rewrite.html';
await mkdir(out, { recursive: true });
const demo = await startDemoServer();
const session = await launchChromium();
try {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(demo.url + file);
  await page.waitForFunction(() => CSS.highlights.size > 0);
  const popup = await openPopup(session, await tabIdFor(session, page));
  await popup.setViewportSize({ width: 380, height: 580 });
  await popup.locator('#findings').waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({ path: join(out, `popup-${colorScheme}.png`) });
    await popup.screenshot({ path: join(out, `popup-${colorScheme}-full.png`), fullPage: true });
  }
  await page.bringToFront();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const spot = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sourcelight-discrepant') ?? [])][0] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(spot.x, spot.y);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, `card-${colorScheme}.png`) });
    await page.mouse.move(2, 2);
    await page.waitForTimeout(600);
  }
  console.log(`screenshots in ${out}`);
} finally {
  await session.close();
  await demo.close();
}
