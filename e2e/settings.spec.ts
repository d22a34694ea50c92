import { expect, test } from './fixtures.ts';

const optionsUrl = (extensionId: string) =>
  `chrome-extension://${extensionId}/src/extension/options/index.html`;

test.describe('options page in Chromium', () => {
  test('refuses a public suffix, keeps www. as typed and says what each site rule covers', async ({
    chromiumSession,
  }) => {
    const options = await chromiumSession.context.newPage();
    await options.goto(optionsUrl(chromiumSession.extensionId));
    const field = options.getByLabel('Turn off on a site');
    const turnOff = options.getByRole('button', { name: 'Turn off', exact: true });

    await field.fill('co.uk');
    await turnOff.click();
    await expect(options.locator('#site-error')).toHaveText(
      'co.uk is a public suffix: a rule for it would cover every site under it. Type one site, such as example.co.uk.',
    );
    await expect(options.locator('#sites-none')).toBeVisible();
    await field.fill('github.io');
    await turnOff.click();
    await expect(options.locator('#site-error')).toContainText('github.io is a public suffix');

    // Before it is added, the field says what the rule will cover.
    await field.fill('www.example.com');
    await expect(options.locator('#site-preview')).toHaveText(
      'Turns Sourcelight off on only www.example.com (and names under it), not the rest of example.com.',
    );
    await expect(field).toHaveAttribute('aria-describedby', 'site-preview');
    await turnOff.click();
    await expect(options.locator('#sites li').first()).toContainText('www.example.com');
    await expect(options.locator('#sites li').first()).toContainText(
      'only www.example.com (and names under it), not the rest of example.com',
    );

    await field.fill('bbc.co.uk');
    await expect(options.locator('#site-preview')).toHaveText(
      'Turns Sourcelight off on bbc.co.uk and all its subdomains.',
    );
    await turnOff.click();
    await expect(options.locator('#sites')).toContainText('bbc.co.uk and all its subdomains');

    // A site an existing rule covers needs no second rule.
    await field.fill('news.bbc.co.uk');
    await turnOff.click();
    await expect(options.locator('#site-error')).toHaveText(
      'Sourcelight is already off on news.bbc.co.uk: the rule for bbc.co.uk covers it.',
    );

    const stored = await chromiumSession.serviceWorker.evaluate(() =>
      chrome.storage.local.get('settings'),
    );
    expect((stored.settings as { disabledSites: string[] }).disabledSites).toEqual([
      'bbc.co.uk',
      'www.example.com',
    ]);
  });

  test('a stored rule for a public suffix (from before the check) says what it covers', async ({
    chromiumSession,
  }) => {
    await chromiumSession.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['co.uk'] } }),
    );
    const options = await chromiumSession.context.newPage();
    await options.goto(optionsUrl(chromiumSession.extensionId));
    await expect(options.locator('#sites')).toContainText(
      'every site under co.uk, a public suffix',
    );
  });

  test('the feed form shows every problem at once', async ({ chromiumSession }) => {
    const options = await chromiumSession.context.newPage();
    await options.goto(optionsUrl(chromiumSession.extensionId));
    await options.getByLabel('Feed address').fill('http://feeds.example/pack.json');
    await options.getByLabel("Publisher's public key").fill('ed25519:nope');
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('#feed-error li')).toHaveText([
      'feeds must be fetched over HTTPS (plain HTTP only from this computer)',
      'that is not a Sourcelight public key (it starts with "ed25519:" and has 43 more characters)',
    ]);
  });

  test('"Saved." is announced politely and clears after a few seconds', async ({
    chromiumSession,
  }) => {
    const options = await chromiumSession.context.newPage();
    await options.goto(optionsUrl(chromiumSession.extensionId));
    const status = options.locator('#options-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await options.getByLabel('Consistent sentences').uncheck();
    await expect(status).toHaveText('Saved.');
    await expect(status).toHaveText('', { timeout: 8_000 });
    // A later change says it again.
    await options.getByLabel('Consistent sentences').check();
    await expect(status).toHaveText('Saved.');
  });
});
