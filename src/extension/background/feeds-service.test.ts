import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testPack } from '../../pack/test-pack.ts';
import { generateKeyPair, signPack, type KeyPair } from '../../signing/signing.ts';
import { FEED_GATE_KEY } from '../feeds/feed-keys.ts';
import { FEED_PACKS_KEY } from '../feeds/feed-store.ts';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { checkFeeds, MAX_FEEDS, subscribe, subscriptionProblems } from './feeds-service.ts';

let keys: KeyPair;
let served: string;
const signed = async (version: string) =>
  JSON.stringify(
    await signPack(
      JSON.stringify(
        testPack({}, { id: 'feed', version, expires: '2099-12-31', keyId: keys.keyId }),
      ),
      keys,
    ),
  );
beforeAll(async () => {
  keys = await generateKeyPair();
  served = await signed('1.0.0');
});
beforeEach(async () => {
  served = await signed('1.0.0');
  fakeBrowser.local.clear();
  fakeBrowser.scripts.clear();
  vi.stubGlobal('fetch', async () => new Response(served));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('feeds service', () => {
  it(`subscribes, installs and registers the feeds gate; refuses a feed beyond ${MAX_FEEDS}`, async () => {
    for (let n = 1; n <= MAX_FEEDS; n++) {
      const views = await subscribe(`https://feeds${n}.example/pack.json`, keys.publicKey);
      expect(views.at(-1)).toMatchObject({ installed: { version: '1.0.0' }, inUse: true });
    }
    expect([...fakeBrowser.scripts.keys()]).toEqual(['sourcelight-feeds-gate']);
    expect(typeof fakeBrowser.local.get(FEED_GATE_KEY)).toBe('string');
    await expect(subscribe('https://one-more.example/pack.json', keys.publicKey)).rejects.toThrow(
      `at most ${MAX_FEEDS} feeds`,
    );
  });

  it('names every problem of a subscription at once, not only the first', async () => {
    const problems = subscriptionProblems(
      'http://feeds.example/pack.json',
      'ed25519:nope',
      false,
      [],
    );
    expect(problems).toEqual([
      'feeds must be fetched over HTTPS (plain HTTP only from this computer)',
      'that is not a Sourcelight public key (it starts with "ed25519:" and has 43 more characters)',
    ]);
    await expect(subscribe('not an address', 'nope')).rejects.toThrow(
      'that is not an address (it should start with https://)\nthat is not a Sourcelight public key',
    );
    expect(
      subscriptionProblems('https://feeds.example/pack.json', keys.publicKey, false, []),
    ).toEqual([]);
    // An unsigned ClaimReview feed needs no key.
    expect(subscriptionProblems('https://feeds.example/claims.json', '', true, [])).toEqual([]);
  });

  it('two subscribes at once cannot pass the feed limit together', async () => {
    for (let n = 1; n < MAX_FEEDS; n++)
      await subscribe(`https://feeds${n}.example/pack.json`, keys.publicKey);
    const results = await Promise.allSettled([
      subscribe('https://last-a.example/pack.json', keys.publicKey),
      subscribe('https://last-b.example/pack.json', keys.publicKey),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((fakeBrowser.local.get('subscriptions') as unknown[]).length).toBe(MAX_FEEDS);
  });

  it('a pack the storage refuses (full) leaves no half state: the last good pack stays, and the feed says why', async () => {
    const url = 'https://feeds.example/pack.json';
    await subscribe(url, keys.publicKey);
    const stampAfterInstall = fakeBrowser.local.get(FEED_PACKS_KEY);
    expect(stampAfterInstall).toMatch(/^feed 1\.0\.0 /);
    served = await signed('1.1.0');
    const set = fakeBrowser.storage.local.set;
    const writes: string[] = [];
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(
      async (items: Record<string, unknown>) => {
        writes.push(...Object.keys(items));
        const state = Object.values(items)[0] as { installed?: { version?: string } } | null;
        if (state?.installed?.version === '1.1.0') throw new Error('QUOTA_BYTES quota exceeded');
        return set(items);
      },
    );
    const [view] = await checkFeeds(true);
    expect(view).toMatchObject({
      inUse: true,
      installed: { version: '1.0.0' },
      lastError: { reason: 'the new pack could not be stored (QUOTA_BYTES quota exceeded)' },
    });
    // Nothing changed for pages, so the key they follow was not written again.
    expect(writes).not.toContain(FEED_PACKS_KEY);
    expect(fakeBrowser.local.get(FEED_PACKS_KEY)).toBe(stampAfterInstall);
  });

  it('a storage that refuses every write: the check fails, and the stored state is still the last good one', async () => {
    const url = 'https://feeds.example/pack.json';
    await subscribe(url, keys.publicKey);
    served = await signed('1.1.0');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('storage is broken'));
    await expect(checkFeeds(true)).rejects.toThrow('storage is broken');
    expect(fakeBrowser.local.get(`feed:${url}`)).toMatchObject({ installed: { version: '1.0.0' } });
  });
});
