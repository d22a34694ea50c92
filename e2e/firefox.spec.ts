import {
  DIST_FIREFOX,
  FIREFOX_EXTENSION_UUID,
  firefoxTabShowing,
  openFirefoxPopup,
  pollFirefox,
} from '../scripts/launch.ts';
import { createServer } from 'node:http';
import { GECKO_ID } from '../scripts/manifest-for.ts';
import { generateKeyPair, signPack } from '../src/signing/signing.ts';
import { pack, PAGE, WRONG } from './feed-pack.ts';
import { textsOf } from './expected.ts';
import { builtFiles, probeStyles, readableUrls, sawStyles } from './probe.ts';
import { expect, test } from './fixtures.ts';

const readHighlights = () =>
  Object.fromEntries(
    ['discrepant', 'consistent', 'unverified'].map((v) => {
      const h = CSS.highlights.get(`sourcelight-${v}`);
      return [v, h ? [...h].map((r) => r.toString()) : []];
    }),
  );

test.describe('Firefox', () => {
  test('installs the built add-on and annotates a demo page', async ({ firefox, demo }) => {
    expect(firefox.addonId).toBe(GECKO_ID);
    const page = await firefox.browser.newPage();
    await page.goto(demo.url + 'rochester-rewrite.html');
    await page.waitForFunction(
      () => (CSS.highlights.get('sourcelight-discrepant')?.size ?? 0) > 0,
      { timeout: 15_000 },
    );
    const found = await page.evaluate(readHighlights);
    expect(found).toEqual({
      discrepant: textsOf('rochester-rewrite.html', 'discrepant'),
      consistent: textsOf('rochester-rewrite.html', 'consistent'),
      unverified: textsOf('rochester-rewrite.html', 'unverified'),
    });
  });

  test('leaves an unrelated page untouched', async ({ firefox, demo }) => {
    const url = demo.url + 'unrelated-rochester-lilacs.html';
    const page = await firefox.browser.newPage();
    await page.goto(url);
    // The content script reports its page only once it has analysed it; the popup then says "no known story".
    const popup = await openFirefoxPopup(firefox.browser, url);
    expect(await popup.$eval('#empty-state', (el) => el.textContent)).toContain(
      'does not retell a story',
    );
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  });

  test('pages cannot see the add-on: no element or global on an unrelated page, no fetchable file on an annotated one', async ({
    firefox,
    demo,
  }) => {
    const unrelated = await firefox.browser.newPage();
    await unrelated.goto(demo.url + 'unrelated-bread.html');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(
      await unrelated.evaluate(() => ({
        names: Object.getOwnPropertyNames(window).filter((n) => /sourcelight/i.test(n)),
        elements: [...document.querySelectorAll('*')].filter((el) =>
          el.tagName.toLowerCase().startsWith('sourcelight'),
        ).length,
        highlights: CSS.highlights.size,
      })),
    ).toEqual({ names: [], elements: 0, highlights: 0 });

    const files = builtFiles(DIST_FIREFOX);
    expect(files).toContain('engine.js');
    const page = await firefox.browser.newPage();
    await page.goto(demo.url + 'rochester-rewrite.html');
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
    // The test knows the add-on's address (pinned in the test profile); a real page would not even know that.
    const control = demo.url + 'demo.css';
    const readable = await page.evaluate(readableUrls, [
      control,
      ...files.map((file) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${file}`),
    ]);
    // The page's own stylesheet is readable (fetch works here); nothing of the add-on is. (The Chromium test also
    // shows the probe finding a file another extension exposes; Firefox gives no way to load a second add-on here.)
    expect(readable).toEqual([control]);
  });

  test('a page Sourcelight does not annotate sees none of its styles; an annotated page does, until the site is turned off', async ({
    firefox,
    demo,
  }) => {
    const bread = await firefox.browser.newPage();
    await bread.goto(demo.url + 'unrelated-bread.html');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(sawStyles(await bread.evaluate(probeStyles))).toEqual({ highlight: false, mark: false });
    // A page passing the gate whose text retells no known story: the engine ran (the popup has its answer) and drew nothing.
    const url = demo.url + 'unrelated-rochester-lilacs.html';
    const lilacs = await firefox.browser.newPage();
    await lilacs.goto(url);
    const popup = await openFirefoxPopup(firefox.browser, url);
    expect(await popup.$eval('#empty-state', (el) => el.textContent)).toContain(
      'does not retell a story',
    );
    expect(sawStyles(await lilacs.evaluate(probeStyles))).toEqual({
      highlight: false,
      mark: false,
    });
    // The control: the same probes on an annotated page do see the styles.
    const annotated = await firefox.browser.newPage();
    await annotated.goto(demo.url + 'rochester-rewrite.html');
    await annotated.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
    await expect
      .poll(async () => sawStyles(await annotated.evaluate(probeStyles)))
      .toEqual({ highlight: true, mark: true });

    // Turning Sourcelight off for the site (the settings the options page writes) takes the styles away; on brings them back.
    const options = await firefox.browser.newPage();
    void options
      .goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/src/extension/options/index.html`)
      .catch(() => undefined);
    await pollFirefox(options, () => document.querySelector('#feed-url') !== null, null);
    const disable = (sites: string[]) =>
      options.evaluate(
        (list) =>
          browser.storage.local.set({
            settings: { enabled: true, disabledSites: JSON.parse(list) as string[] },
          }),
        JSON.stringify(sites),
      );
    await disable(['127.0.0.1']);
    await expect.poll(() => annotated.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect
      .poll(async () => sawStyles(await annotated.evaluate(probeStyles)))
      .toEqual({ highlight: false, mark: false });
    await disable([]);
    await expect
      .poll(async () => sawStyles(await annotated.evaluate(probeStyles)))
      .toEqual({ highlight: true, mark: true });
  });

  test('popup says it cannot read a tab without Sourcelight', async ({ firefox }) => {
    const popup = await firefox.browser.newPage();
    void popup
      .goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/src/extension/popup/index.html?tab=999999`)
      .catch(() => undefined);
    await pollFirefox(
      popup,
      () => document.querySelector('#empty-state')?.textContent?.includes('cannot read'),
      null,
    );
  });

  test('popup shows the story and the findings of the annotated tab', async ({ firefox, demo }) => {
    const file = 'rochester-rewrite.html';
    const page = await firefox.browser.newPage();
    await page.goto(demo.url + file);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-discrepant'), {
      timeout: 15_000,
    });

    const popup = await openFirefoxPopup(firefox.browser, demo.url + file);
    expect(await popup.$eval('#story-title', (el) => el.textContent)).toBe(
      'Rochester police answer a Border Patrol call for backup (March 2025)',
    );
    expect(
      await popup.$$eval('#findings .page-text', (els) => els.map((el) => el.textContent)),
    ).toEqual([...textsOf(file, 'discrepant'), ...textsOf(file, 'unverified')]);
  });

  test('a click on a marked sentence opens its card, and the step command focuses it', async ({
    firefox,
    demo,
  }) => {
    const file = 'rochester-rewrite.html';
    const page = await firefox.browser.newPage();
    await page.goto(demo.url + file);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-discrepant'), {
      timeout: 15_000,
    });
    expect(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length)).toBe(0);
    const spot = await page.evaluate(() => {
      const rect = (
        [...(CSS.highlights.get('sourcelight-discrepant') ?? [])][3] as Range | undefined
      )?.getClientRects()[0];
      return rect ? { x: rect.left + 20, y: rect.top + rect.height / 2 } : null;
    });
    if (!spot) throw new Error('no discrepant highlight to click');
    await page.mouse.click(spot.x, spot.y);
    await pollFirefox(page, () => document.querySelectorAll('sourcelight-card').length === 1, null);
    // The card's contents sit in a closed shadow root: the page sees an empty host.
    expect(
      await page.evaluate(() => [
        document.querySelector('sourcelight-card')?.shadowRoot ?? null,
        document.querySelector('sourcelight-card')?.childNodes.length,
      ]),
    ).toEqual([null, 0]);

    // The keyboard shortcut's message, sent the way the background sends it, moves focus into the card.
    const popup = await openFirefoxPopup(firefox.browser, demo.url + file);
    const tabId = await firefoxTabShowing(popup, demo.url + file);
    expect(
      await popup.evaluate(
        (id) =>
          browser.tabs.sendMessage(id, {
            channel: 'sourcelight/v1',
            type: 'step-finding',
            payload: { direction: 1 },
          }),
        tabId,
      ),
    ).toBe(true);
    await page.bringToFront();
    await pollFirefox(
      page,
      () => document.activeElement?.tagName.toLowerCase() === 'sourcelight-card',
      null,
    );
  });

  test('a subscribed signed pack brings a new story to pages', async ({ firefox }) => {
    const keys = await generateKeyPair();
    const body = JSON.stringify(await signPack(pack(keys.keyId, '1.0.0'), keys));
    const server = createServer((req, res) =>
      req.url === '/pack.json'
        ? res.writeHead(200, { 'content-type': 'application/json' }).end(body)
        : res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const options = await firefox.browser.newPage();
      void options
        .goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/src/extension/options/index.html`)
        .catch(() => undefined);
      await pollFirefox(options, () => document.querySelector('#feed-url') !== null, null);
      // Subscribing through the options page's own message (puppeteer's typing into extension pages over BiDi is unreliable).
      const reply = await options.evaluate(
        (args) => {
          const [url, publicKey] = JSON.parse(args) as [string, string];
          return browser.runtime.sendMessage({
            channel: 'sourcelight/v1',
            type: 'subscribe',
            payload: { url, publicKey, claimReview: false },
          });
        },
        JSON.stringify([`${base}/pack.json`, keys.publicKey]),
      );
      expect(reply).toMatchObject({
        ok: true,
        value: [{ installed: { packId: 'harbour-desk', version: '1.0.0' }, inUse: true }],
      });
      const page = await firefox.browser.newPage();
      await page.goto(`${base}/harbour.html`);
      await pollFirefox(
        page,
        () => (CSS.highlights.get('sourcelight-discrepant')?.size ?? 0) > 0,
        null,
      );
      expect(await page.evaluate(readHighlights)).toMatchObject({ discrepant: [WRONG] });
    } finally {
      server.close();
    }
  });
});

test('Firefox: with the shortcuts cleared, the popup says how to assign keys; with new keys, it names them', async ({
  firefox,
  demo,
}) => {
  const url = demo.url + 'rochester-rewrite.html';
  const page = await firefox.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
  const popup = await openFirefoxPopup(firefox.browser, url);
  const hint = async () => {
    await pollFirefox(
      popup,
      () => Boolean(document.querySelector('#shortcut-hint')?.textContent),
      null,
    );
    return popup.$eval('#shortcut-hint', (el) => el.textContent);
  };
  await popup.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        browser: { commands: { update(d: { name: string; shortcut: string }): Promise<void> } };
      }
    ).browser;
    await api.commands.update({ name: 'next-finding', shortcut: '' });
    await api.commands.update({ name: 'previous-finding', shortcut: '' });
  });
  await openFirefoxPopup(firefox.browser, url, popup);
  expect(await hint()).toContain(
    "give Sourcelight's two commands keys in the browser's extension shortcuts",
  );
  await popup.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        browser: { commands: { update(d: { name: string; shortcut: string }): Promise<void> } };
      }
    ).browser;
    await api.commands.update({ name: 'next-finding', shortcut: 'Alt+Shift+1' });
    await api.commands.update({ name: 'previous-finding', shortcut: 'Alt+Shift+2' });
  });
  await openFirefoxPopup(firefox.browser, url, popup);
  expect(await hint()).toBe(
    'Alt+Shift+1 goes to the next finding on the page, Alt+Shift+2 to the previous one. Esc closes a card.',
  );
});
