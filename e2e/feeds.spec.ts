/**
 * Subscribed packs end to end: a feed served from 127.0.0.1 by the test,
 * signed with a key made here. A new story reaches pages only through the
 * feed; every bad update is refused with its reason while the last good pack
 * keeps annotating.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { generateKeyPair, signPack, type KeyPair } from '../src/signing/signing.ts';
import { BRIDGE_CLAIM, BRIDGE_PAGE, PAGE, pack, WRONG } from './feed-pack.ts';
import { expect, highlightedTexts, test } from './fixtures.ts';

let keys: KeyPair;
let server: Server;
let base = '';
/** What the feed answers now: a body, a 100 MB stream, or nothing (the server is down). */
let answer: { body: string } | { huge: true } | { down: true } = { body: '' };
/** A second feed whose story reuses the embedded pack's story id. */
let shadowBody = '';

test.beforeAll(async () => {
  keys = await generateKeyPair();
  server = createServer((req, res) => {
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (req.url === '/harbour.html')
      return res
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
        .end(PAGE);
    if (req.url === '/shadow.json') return res.writeHead(200, headers).end(shadowBody);
    if (req.url === '/claims.json')
      return res
        .writeHead(200, headers)
        .end(readFileSync('test/fixtures/claimreview/datafeed.json'));
    if (req.url === '/bridge.html')
      return res
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
        .end(BRIDGE_PAGE);
    if (req.url !== '/pack.json') return res.writeHead(404, headers).end();
    // The feed's server is down: the connection drops without an answer.
    if ('down' in answer) return void req.socket.destroy();
    if ('huge' in answer) {
      res.writeHead(200, { ...headers, 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      const pump = () => {
        while (sent < 100 && !res.destroyed && res.write(chunk)) sent++;
        if (sent >= 100 || res.destroyed) res.end();
        else res.once('drain', pump);
      };
      return pump();
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const signed = async (version: string, expires?: string) =>
  JSON.stringify(await signPack(pack(keys.keyId, version, expires), keys));

test.describe('subscribed packs in Chromium', () => {
  test('subscribe, annotate a new story, update; tampered, expired, rolled-back, oversized and unreachable updates are refused and the last good pack stays', async ({
    chromiumSession,
  }) => {
    test.setTimeout(120_000);
    const { context, extensionId } = chromiumSession;
    const page = await context.newPage();
    await page.goto(`${base}/harbour.html`);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    answer = { body: await signed('1.0.0') };
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/extension/options/index.html`);
    await options.getByLabel('Feed address').fill(`${base}/pack.json`);
    await options.getByLabel("Publisher's public key").fill(keys.publicKey);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('#feeds')).toContainText('harbour-desk 1.0.0 by Harbour desk');

    const annotated = async () => {
      await page.reload();
      await expect
        .poll(() => highlightedTexts(page, 'sourcelight-discrepant'), { timeout: 10_000 })
        .toEqual([WRONG]);
    };
    await annotated();

    answer = { body: await signed('1.1.0') };
    await options.getByRole('button', { name: 'Check feeds now' }).click();
    await expect(options.locator('#feeds')).toContainText('harbour-desk 1.1.0');

    // A second feed reusing the embedded story's id: the embedded version wins, and the options page says so.
    const embeddedStory = 'rochester-border-patrol-backup-2025';
    shadowBody = JSON.stringify(
      await signPack(
        pack(keys.keyId, '1.0.0', undefined, { pack: 'shadow-desk', story: embeddedStory }),
        keys,
      ),
    );
    await options.getByLabel('Feed address').fill(`${base}/shadow.json`);
    await options.getByLabel("Publisher's public key").fill(keys.publicKey);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('.feed-shadowed')).toContainText(
      `Not used from this pack: ${embeddedStory}.`,
    );
    await options.getByRole('button', { name: `Unsubscribe: ${base}/shadow.json` }).click();
    await expect(options.locator('.feed-shadowed')).toHaveCount(0);

    const refusals: [string, () => Promise<typeof answer>, RegExp][] = [
      [
        'tampered',
        async () => ({ body: (await signed('1.2.0')).replace('Harbour desk', 'Harbor desk') }),
        /signature does not match/,
      ],
      [
        'expired',
        async () => ({ body: await signed('1.3.0', '2020-01-01') }),
        /expired on 2020-01-01/,
      ],
      ['rollback', async () => ({ body: await signed('1.0.5') }), /rollback/],
      ['oversized', async () => ({ huge: true }), /more than 20 MB/],
    ];
    for (const [name, make, reason] of refusals) {
      answer = await make();
      await options.getByRole('button', { name: 'Check feeds now' }).click();
      await expect(options.locator('.feed-error'), name).toContainText(reason);
      await expect(options.locator('.feed-error'), name).toContainText(
        'The pack above stays in use.',
      );
      await expect(options.locator('#feeds'), name).toContainText('harbour-desk 1.1.0');
    }
    answer = { down: true };
    await options.getByRole('button', { name: 'Check feeds now' }).click();
    await expect(options.locator('.feed-error')).toContainText(/could not be reached/);
    await expect(options.locator('#feeds')).toContainText('harbour-desk 1.1.0');
    await annotated();
    // The open page follows the subscription at once: unsubscribed, its story and highlights are gone without a reload.
    await options.getByRole('button', { name: `Unsubscribe: ${base}/pack.json` }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 5_000 }).toBe(0);
  });

  test('an unsigned ClaimReview feed the user trusts is imported, marked as such, and flags a page repeating a claim rated false', async ({
    chromiumSession,
  }) => {
    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await options.getByLabel('Feed address').fill(`${base}/claims.json`);
    await options.getByLabel('This is an unsigned schema.org ClaimReview feed').check();
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('#feeds')).toContainText(
      'Unsigned ClaimReview feed: third-party data you chose to trust.',
    );
    await expect(options.locator('#feeds')).toContainText('127.0.0.1 (unsigned ClaimReview)');
    const page = await chromiumSession.context.newPage();
    await page.goto(`${base}/bridge.html`);
    await expect
      .poll(() => highlightedTexts(page, 'sourcelight-discrepant'), { timeout: 10_000 })
      .toEqual([BRIDGE_CLAIM]);
  });

  test('refuses a feed address that is not HTTPS and a key that is not a key, in plain words', async ({
    chromiumSession,
  }) => {
    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await options.getByLabel('Feed address').fill('http://feeds.example/pack.json');
    await options.getByLabel("Publisher's public key").fill(keys.publicKey);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('#feed-error')).toHaveText(
      'feeds must be fetched over HTTPS (plain HTTP only from this computer)',
    );
    await options.getByLabel('Feed address').fill('https://feeds.example/pack.json');
    await options.getByLabel("Publisher's public key").fill('ed25519:nope');
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('#feed-error')).toContainText('not a Sourcelight public key');
  });
});
