import { expect, test } from './fixtures.ts';

test.describe('damaged settings in Chromium', () => {
  test('a half-written settings record is repaired, keeping every part that can be read, and the options page says so', async ({
    chromiumSession,
    demo,
  }) => {
    await chromiumSession.serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          enabled: 'yes',
          disabledSites: ['127.0.0.1', 42, '<script>'],
          show: { consistent: false },
        },
      }),
    );
    // Pages go on working from what could be read: 127.0.0.1 stays off.
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + 'rochester-rewrite.html');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await expect(options.locator('#settings-repaired')).toContainText(
      'the main switch, the sites where Sourcelight is off',
    );
    await expect(options.locator('#sites')).toContainText('127.0.0.1');
    await expect(options.getByLabel('Annotate pages that retell a known story')).toBeChecked();
    await expect(options.getByLabel('Consistent sentences')).not.toBeChecked();

    // The repaired record was written back: a second visit has nothing to report.
    await options.reload();
    await expect(options.locator('#sites')).toContainText('127.0.0.1');
    await expect(options.locator('#settings-repaired')).toHaveCount(0);
  });
});
