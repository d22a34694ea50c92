import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signPack, type KeyPair } from '../../signing/signing.ts';
import { testPack } from '../../pack/test-pack.ts';
import { generatePack } from '../../../scripts/bench/generate-pack.ts';
import { backoffMs, checkFeed, MAX_PACK_BYTES, tooLarge, type FeedState } from './check-feed.ts';
import { usable } from './feed-store.ts';
import type { Fetched } from './fetch-capped.ts';

let keys: KeyPair;
beforeAll(async () => {
  keys = await generateKeyPair();
});

const NOW = new Date('2026-06-01T12:00:00Z');
const signed = async (version: string, expires = '2026-12-31') =>
  new TextEncoder().encode(
    JSON.stringify(
      await signPack(
        JSON.stringify(testPack({}, { id: 'feed', version, expires, keyId: keys.keyId })),
        keys,
      ),
    ),
  );
const serving = (answer: Fetched) => ({ fetchBytes: async () => answer, now: NOW });
const sub = () => ({ url: 'https://feeds.example/pack.json', publicKey: keys.publicKey });

describe('checkFeed', () => {
  it('installs a first valid pack, and a newer one later, in one state', async () => {
    const first = await checkFeed(
      sub(),
      { failures: 0 },
      serving({ ok: true, bytes: await signed('1.0.0') }),
    );
    expect(first).toMatchObject({
      installed: { version: '1.0.0', packId: 'feed', stories: 1, expires: '2026-12-31' },
      failures: 0,
    });
    expect(JSON.parse(first.installed?.text ?? '')).toMatchObject({ id: 'feed', version: '1.0.0' });
    const second = await checkFeed(
      sub(),
      first,
      serving({ ok: true, bytes: await signed('1.1.0') }),
    );
    expect(second.installed?.version).toBe('1.1.0');
    expect(second.nextCheck).toBe('2026-06-01T18:00:00.000Z');
  });

  it('keeps the last good pack on every kind of failure, with the reason and a growing backoff', async () => {
    const good = await checkFeed(
      sub(),
      { failures: 0 },
      serving({ ok: true, bytes: await signed('1.1.0') }),
    );
    const cases: [string, Fetched | Promise<Fetched>, RegExp][] = [
      [
        'server down',
        {
          ok: false,
          reason: 'the feed could not be reached (the server is down, or the address is wrong)',
        },
        /could not be reached/,
      ],
      [
        'too large',
        { ok: false, reason: 'the feed sent more than 20 MB, the limit; reading stopped there' },
        /more than 20 MB/,
      ],
      ['rollback', signed('1.0.0').then((bytes) => ({ ok: true, bytes })), /rollback/],
      [
        'expired',
        signed('1.2.0', '2026-05-01').then((bytes) => ({ ok: true, bytes })),
        /expired on 2026-05-01/,
      ],
    ];
    let state: FeedState = good;
    for (const [name, answer, reason] of cases) {
      state = await checkFeed(sub(), state, serving(await answer));
      expect(state.installed, name).toEqual(good.installed);
      expect(state.lastError?.reason, name).toMatch(reason);
    }
    expect(state.failures).toBe(4);
    expect(state.nextCheck).toBe(new Date(NOW.getTime() + backoffMs(4)).toISOString());
  });

  it('refuses a valid, signed pack too large for pages to load, keeping the last good one', async () => {
    const good = await checkFeed(
      sub(),
      { failures: 0 },
      serving({ ok: true, bytes: await signed('1.0.0') }),
    );
    const { data } = generatePack(6_000);
    const huge = JSON.stringify({
      ...data,
      id: 'feed',
      version: '2.0.0',
      expires: '2026-12-31',
      keyId: keys.keyId,
    });
    expect(huge.length).toBeGreaterThan(MAX_PACK_BYTES);
    const state = await checkFeed(
      sub(),
      good,
      serving({
        ok: true,
        bytes: new TextEncoder().encode(JSON.stringify(await signPack(huge, keys))),
      }),
    );
    expect(state.installed).toEqual(good.installed);
    expect(state.lastError?.reason).toMatch(
      /^the pack is \d+\.\d MB; Sourcelight installs packs of at most 2\.0 MB/,
    );
  });

  it('measures a pack as stored: UTF-8 bytes of its JSON string, not characters', () => {
    expect(tooLarge('a'.repeat(1_500_000))).toBeNull();
    // 1.5 million characters, but 3 MB in UTF-8; quotes are escaped when stored.
    expect(tooLarge('é'.repeat(1_500_000))).toMatch(/^the pack is 2\.9 MB;/);
    expect(tooLarge('"'.repeat(1_500_000))).toMatch(/^the pack is 2\.9 MB;/);
  });

  it('rejects a tampered pack and a pack signed with another key', async () => {
    const tampered = new TextDecoder().decode(await signed('2.0.0')).replace('Harbour', 'Harbor');
    const state = await checkFeed(
      sub(),
      { failures: 0 },
      serving({ ok: true, bytes: new TextEncoder().encode(tampered) }),
    );
    expect(state).toMatchObject({
      failures: 1,
      lastError: { reason: expect.stringMatching(/signature does not match/) },
    });
    expect(state.installed).toBeUndefined();
    const stranger = await generateKeyPair();
    const foreign = await checkFeed(
      { url: sub().url, publicKey: stranger.publicKey },
      { failures: 0 },
      serving({ ok: true, bytes: await signed('2.0.0') }),
    );
    expect(foreign.lastError?.reason).toMatch(/you pinned key/);
  });

  it('refuses another pack signed with the same key in place of the one installed', async () => {
    const good = await checkFeed(
      sub(),
      { failures: 0 },
      serving({ ok: true, bytes: await signed('1.0.0') }),
    );
    const other = new TextEncoder().encode(
      JSON.stringify(
        await signPack(
          JSON.stringify(
            testPack(
              {},
              { id: 'regional', version: '3.0.0', expires: '2026-12-31', keyId: keys.keyId },
            ),
          ),
          keys,
        ),
      ),
    );
    const state = await checkFeed(sub(), good, serving({ ok: true, bytes: other }));
    expect(state).toMatchObject({
      installed: good.installed,
      lastError: { reason: 'the feed now serves the pack "regional" instead of "feed"' },
    });
  });

  it('treats the same version as nothing new, not as an error', async () => {
    const good = await checkFeed(
      sub(),
      { failures: 2 },
      serving({ ok: true, bytes: await signed('1.0.0') }),
    );
    const again = await checkFeed(sub(), good, serving({ ok: true, bytes: await signed('1.0.0') }));
    expect(again).toMatchObject({ installed: good.installed, failures: 0 });
    expect(again.lastError).toBeUndefined();
  });

  it('backs off from 15 minutes, doubling, up to a day', () => {
    expect([1, 2, 3, 10].map((n) => backoffMs(n) / 60_000)).toEqual([15, 30, 60, 1440]);
  });

  it('stops using an installed pack after its expiry day', () => {
    const installed = {
      version: '1.0.0',
      packId: 'feed',
      publisher: 'p',
      stories: 1,
      expires: '2026-06-01',
      text: '{}',
      installedAt: '',
    };
    expect(usable(installed, '2026-06-01')).toBe(true);
    expect(usable(installed, '2026-06-02')).toBe(false);
  });
});

describe('checkFeed, unsigned ClaimReview feeds', () => {
  const feed = { url: 'https://factcheck.example/feed.json', publicKey: '', claimReview: true };
  const datafeed = readFileSync('test/fixtures/claimreview/datafeed.json');

  it("imports the reviews into a pack marked as the publisher's unsigned data, used for 30 days", async () => {
    const state = await checkFeed(
      feed,
      { failures: 0 },
      serving({ ok: true, bytes: new Uint8Array(datafeed) }),
    );
    expect(state.installed).toMatchObject({
      packId: 'claimreview-factcheck-example',
      publisher: 'factcheck.example (unsigned ClaimReview)',
      expires: '2026-07-01',
    });
    expect(state.installed?.stories).toBeGreaterThan(0);
  });

  it('keeps the last import when the feed turns to junk', async () => {
    const good = await checkFeed(
      feed,
      { failures: 0 },
      serving({ ok: true, bytes: new Uint8Array(datafeed) }),
    );
    const junk = await checkFeed(
      feed,
      good,
      serving({ ok: true, bytes: new TextEncoder().encode('{"@type": "Thing"}') }),
    );
    expect(junk).toMatchObject({
      installed: good.installed,
      failures: 1,
      lastError: { reason: 'the feed holds no usable ClaimReview items' },
    });
  });
});
