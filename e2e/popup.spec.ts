import { EXPECTED, textsOf } from './expected.ts';
import {
  annotatedDemoPage,
  expect,
  highlightedTexts,
  openPopup,
  popupOf,
  tabIdFor,
  test,
} from './fixtures.ts';

test.describe('popup in Chromium', () => {
  test('shows the story, the original report and what the content script found', async ({
    chromiumSession,
    demo,
  }) => {
    const file = 'rochester-rewrite.html';
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + file);
    await expect
      .poll(() => highlightedTexts(page, 'sourcelight-discrepant').then((t) => t.length))
      .toBeGreaterThan(0);

    const popup = await popupOf(chromiumSession, page);
    await expect(popup.locator('#story-title')).toHaveText(
      'Rochester police answer a Border Patrol call for backup (March 2025)',
    );
    const original = popup.locator('#originals a').first();
    await expect(original).toContainText('Sanctuary city mayor, police chief scold cops');
    await expect(original).toHaveAttribute('href', 'https://t.co/9GlR9wPucH');
    await expect(popup.locator('#originals')).toContainText('Canonical address not confirmed');

    const counts = {
      d: textsOf(file, 'discrepant').length,
      c: textsOf(file, 'consistent').length,
      u: textsOf(file, 'unverified').length,
    };
    await expect(popup.locator('#summary')).toHaveText(
      `${counts.d} discrepant · ${counts.c} consistent · ${counts.u} unverified`,
    );
    // The popup lists exactly the sentences the page highlights, discrepancies first.
    await expect(popup.locator('#findings .page-text')).toHaveText([
      ...(await highlightedTexts(page, 'sourcelight-discrepant')),
      ...(await highlightedTexts(page, 'sourcelight-unverified')),
    ]);
    await expect(
      popup.locator('.finding[data-verdict="discrepant"]').first().locator('.explanation'),
    ).not.toBeEmpty();
    // Each part under its own heading: the explanation is Sourcelight's, never read as the record's words.
    const discrepant = popup.locator('.finding[data-verdict="discrepant"]').first();
    await expect(discrepant.locator('dt:has(+ dd.page-text)')).toHaveText('This page says');
    await expect(discrepant.locator('dt:has(+ dd.original-text)')).toHaveText('The record says');
    await expect(discrepant.locator('dt:has(+ dd.explanation)')).toHaveText('Why it differs');
    await expect(discrepant.locator('dt:has(+ dd.sources)')).toHaveText('Sources');
    await expect(
      popup.locator('.finding[data-verdict="unverified"] dt:has(+ dd.explanation)').first(),
    ).toHaveText('Why it is unverified');
    for (const nuance of await popup.locator('dd.nuance').all())
      await expect(nuance.locator('xpath=preceding-sibling::dt[1]')).toHaveText('Keep in mind');
    // A legend says what the three marks mean, each beside a sample drawn like the mark (none like a link).
    await expect(popup.locator('#legend li')).toHaveText([
      /^Text wavy red underline/,
      /^Text dotted blue underline/,
      /^Text double green underline/,
    ]);
    expect(
      await popup
        .locator('#legend .mark-sample')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationStyle)),
    ).toEqual(['wavy', 'dotted', 'double']);
    // Screen readers hear what the popup shows.
    await expect(popup.locator('#popup-announcement')).toHaveAttribute('aria-live', 'polite');
    await expect(popup.locator('#popup-announcement')).toHaveText(
      `Sourcelight has read this page: it retells “Rochester police answer a Border Patrol call for backup (March 2025)”. ${counts.d} discrepant, ${counts.c} consistent, ${counts.u} unverified.`,
    );
  });

  test('says plainly when a page retells no known story', async ({ chromiumSession, demo }) => {
    const page = await chromiumSession.context.newPage();
    // Another Rochester story: it passes the content script's first check, and the engine finds no known story.
    await page.goto(demo.url + 'unrelated-rochester-lilacs.html');
    const popup = await popupOf(chromiumSession, page);
    await expect(popup.locator('#empty-state')).toContainText('does not retell a story');
    await expect(popup.locator('#popup-announcement')).toHaveText(
      'Sourcelight has read this page: it retells no story in your claim packs.',
    );
    expect(EXPECTED['unrelated-rochester-lilacs.html']?.story).toBeNull();
  });

  test('says it cannot read browser pages', async ({ chromiumSession }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto('about:blank');
    const tabId = await tabIdFor(chromiumSession, page);
    const popup = await openPopup(chromiumSession, tabId);
    await expect(popup.locator('#empty-state')).toContainText('cannot read this kind of page');
    await expect(popup.locator('#popup-announcement')).toHaveText(
      'Sourcelight cannot read this page.',
    );
  });

  test('says, to screen readers too, when Sourcelight is turned off for the site or everywhere', async ({
    chromiumSession,
    demo,
  }) => {
    await chromiumSession.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }),
    );
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + 'rochester-rewrite.html');
    const tabId = await tabIdFor(chromiumSession, page);
    const popup = await openPopup(chromiumSession, tabId);
    await expect(popup.locator('#empty-state')).toHaveText(
      'Sourcelight is off on 127.0.0.1: it reads nothing and marks nothing here.',
    );
    await expect(popup.locator('#popup-announcement')).toHaveText(
      'Sourcelight is turned off on 127.0.0.1 and has not read this page.',
    );

    await chromiumSession.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { enabled: false } }),
    );
    await page.reload();
    const everywhere = await openPopup(chromiumSession, tabId);
    await expect(everywhere.locator('#empty-state')).toContainText('Annotations are turned off.');
    await expect(everywhere.locator('#popup-announcement')).toHaveText(
      'Sourcelight is turned off everywhere and has not read this page.',
    );
  });
});

test.describe('options in Chromium', () => {
  test('turning Sourcelight off removes every highlight at once, and on brings them back', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);

    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    const toggle = options.getByLabel('Annotate pages that retell a known story');
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect(options.getByRole('status')).toHaveText('Saved.');

    await toggle.check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(3);
    await expect(options.locator('#packs')).toContainText('sourcelight-core');
  });
});
