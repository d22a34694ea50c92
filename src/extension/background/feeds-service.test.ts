import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testPack } from '../../pack/test-pack.ts';
import { generateKeyPair, signPack, type KeyPair } from '../../signing/signing.ts';
import { FEED_GATE_KEY } from '../feeds/feed-store.ts';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { MAX_FEEDS, subscribe } from './feeds-service.ts';

let keys: KeyPair;
let served: string;
beforeAll(async () => {
  keys = await generateKeyPair();
  const pack = testPack({}, { id: 'feed', version: '1.0.0', expires: '2099-12-31', keyId: keys.keyId });
  served = JSON.stringify(await signPack(JSON.stringify(pack), keys));
});
beforeEach(() => {
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
    await expect(subscribe('https://one-more.example/pack.json', keys.publicKey)).rejects.toThrow(`at most ${MAX_FEEDS} feeds`);
  });

  it('a pack the storage refuses (full) leaves no half state: the feed says why, and nothing is installed', async () => {
    const set = fakeBrowser.storage.local.set;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const state = Object.values(items)[0] as { installed?: unknown } | null;
      if (state && typeof state === 'object' && 'installed' in state) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const [view] = await subscribe('https://feeds.example/pack.json', keys.publicKey);
    expect(view).toMatchObject({ inUse: false, lastError: { reason: 'the new pack could not be stored (QUOTA_BYTES quota exceeded)' } });
    expect(view?.installed).toBeUndefined();
    expect(fakeBrowser.scripts.size).toBe(0);
  });
});
