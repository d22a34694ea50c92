import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readCard } from './card-reader.ts';
import { textsOf } from './expected.ts';
import { annotatedDemoPage, expect, highlightedTexts, popupOf, test } from './fixtures.ts';

/** Accessibility violations axe-core finds on a page (WCAG 2.x A and AA rules). */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  // axe really ran on the page: it checked dozens of rules (colour contrast among them).
  expect(result.passes.length).toBeGreaterThan(10);
  expect(result.passes.map((p) => p.id).concat(result.incomplete.map((p) => p.id))).toContain(
    'color-contrast',
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test.describe('popup details in Chromium', () => {
  test('"Show in page" scrolls the page to the sentence and opens its card with focus', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const popup = await popupOf(chromiumSession, page);

    // The last discrepancy sits below the fold of a small window.
    await page.setViewportSize({ width: 900, height: 400 });
    const last = popup.locator('.finding[data-verdict="discrepant"]').last();
    const sentence = (await last.locator('.page-text').textContent()) ?? '';
    await last.getByRole('button', { name: /^Show in page/ }).click();
    await expect.poll(async () => (await readCard(chromiumSession.context, page))?.open).toBe(true);
    expect((await readCard(chromiumSession.context, page))?.text).toContain(
      sentence.replace(/\s+/g, ' '),
    );
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'sourcelight-card',
    );
    // The sentence is now on screen.
    const top = await page.evaluate((text) => {
      const range = [...(CSS.highlights.get('sourcelight-discrepant') ?? [])].find(
        (r) => r.toString() === text,
      ) as Range | undefined;
      return range?.getBoundingClientRect().top ?? -1;
    }, sentence);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);
  });

  test('the keyboard hint, in the popup and under a card, names the keys the browser assigns', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const commands = await chromiumSession.serviceWorker.evaluate(() => chrome.commands.getAll());
    const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(keys['next-finding']).toBeTruthy();
    const hint = `${keys['next-finding']} goes to the next finding on the page, ${keys['previous-finding']} to the previous one. Esc closes a card.`;
    const popup = await popupOf(chromiumSession, page);
    await expect(popup.locator('#shortcut-hint')).toHaveText(hint);
    await popup
      .locator('.finding')
      .first()
      .getByRole('button', { name: /^Show in page/ })
      .click();
    await expect.poll(async () => (await readCard(chromiumSession.context, page))?.hint).toBe(hint);
  });

  test("lists the page signals and places the page's dated claims on the story's timeline", async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const popup = await popupOf(chromiumSession, page);

    await expect(popup.locator('#signals > li')).toHaveCount(4);
    expect(
      await popup
        .locator('#signals > li')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind'))),
    ).toEqual(['spam', 'generated-text', 'no-original-link', 'undated-old-story']);
    await expect(popup.locator('#signals')).toContainText('WATCH NOW');

    await expect(popup.locator('#timeline-outside')).toHaveText(
      "1 claim of this page falls outside the story's time",
    );
    await expect(popup.locator('#timeline svg.strip')).toHaveAttribute(
      'aria-label',
      /^The story took place March 24, 2025 – April 29, 2025\. This page places it at the Biden administration/,
    );
    await popup.locator('#timeline summary').click();
    const claim = popup.locator('.timeline-list li.claim');
    await expect(claim).toHaveCount(1);
    await expect(claim).toHaveClass(/discrepant/);
    await expect(claim).toContainText("(outside the story's time)");
    // Events are listed in date order, the claim among them by its date.
    const dates = await popup
      .locator('.timeline-list time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());

    // A careful retelling has no claim outside the story.
    await page.goto(demo.url + 'rochester-careful.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(1);
    const careful = await popupOf(chromiumSession, page);
    await expect(careful.locator('#timeline')).toBeVisible();
    await expect(careful.locator('#timeline-outside')).toHaveCount(0);
  });

  test('the options choose which verdicts are highlighted, and the page follows at once', async ({
    chromiumSession,
    demo,
  }) => {
    const file = 'rochester-rewrite.html';
    const page = await annotatedDemoPage(chromiumSession, demo, file, 3);

    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await options.getByLabel('Consistent sentences').uncheck();
    await expect.poll(() => highlightedTexts(page, 'sourcelight-consistent')).toEqual([]);
    expect(await highlightedTexts(page, 'sourcelight-discrepant')).toEqual(
      textsOf(file, 'discrepant'),
    );
    await options.getByLabel('Discrepant sentences').uncheck();
    await expect.poll(() => highlightedTexts(page, 'sourcelight-discrepant')).toEqual([]);
    expect(await highlightedTexts(page, 'sourcelight-unverified')).toEqual(
      textsOf(file, 'unverified'),
    );

    // The popup still tells the whole story of the page.
    const popup = await popupOf(chromiumSession, page);
    await expect(popup.locator('#findings .page-text')).toHaveText([
      ...textsOf(file, 'discrepant'),
      ...textsOf(file, 'unverified'),
    ]);

    await options.getByLabel('Consistent sentences').check();
    await options.getByLabel('Discrepant sentences').check();
    await expect
      .poll(() => highlightedTexts(page, 'sourcelight-consistent'))
      .toEqual(textsOf(file, 'consistent'));
  });

  test("the popup turns Sourcelight off for the page's site, and back on", async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const popup = await popupOf(chromiumSession, page);
    await popup.getByRole('button', { name: 'Turn Sourcelight off on 127.0.0.1' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect(popup.locator('#empty-state')).toHaveText(
      'Sourcelight is off on 127.0.0.1: it reads nothing and marks nothing here.',
    );
    await popup.getByRole('button', { name: 'Turn Sourcelight back on for 127.0.0.1' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);
    await expect(popup.locator('#story-title')).toBeVisible();
  });

  test('popup and options have no accessibility violations, in light and dark', async ({
    chromiumSession,
    demo,
  }, testInfo) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const popup = await popupOf(chromiumSession, page);
    await popup.setViewportSize({ width: 400, height: 800 });
    await popup.locator('#timeline summary').click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await violations(popup), `popup, ${colorScheme}`).toEqual([]);
      const shot = testInfo.outputPath(`popup-${colorScheme}.png`);
      await popup.screenshot({ path: shot, fullPage: true });
      await testInfo.attach(`popup (${colorScheme})`, { path: shot, contentType: 'image/png' });
    }
    // The empty state too.
    await page.goto(demo.url + 'unrelated-bread.html');
    const empty = await popupOf(chromiumSession, page);
    await expect(empty.locator('#empty-state')).toBeVisible();
    expect(await violations(empty), 'popup, empty state').toEqual([]);

    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await options.getByLabel('Turn off on a site').fill('not a site!');
    await options.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expect(options.getByRole('alert')).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await violations(options), `options, ${colorScheme}`).toEqual([]);
    }
  });
});
