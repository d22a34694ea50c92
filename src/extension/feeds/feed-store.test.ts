import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import type { FeedState } from './check-feed.ts';
import {
  feedStateItem,
  packTextsInUse,
  stateOf,
  subscriptions,
  subscriptionsItem,
} from './feed-store.ts';

const signed = {
  url: 'https://feeds.example/pack.json',
  publicKey: 'ed25519:key',
  keyId: 'k1',
  addedAt: '2026-01-02T03:04:05.000Z',
};
const unsigned = {
  url: 'https://factcheck.example/feed.json',
  publicKey: '',
  keyId: '',
  claimReview: true,
  addedAt: '2026-01-03T03:04:05.000Z',
};
const installed = {
  version: '1.2.0',
  packId: 'feed',
  publisher: 'Feeds',
  stories: 2,
  expires: '2099-12-31',
  text: '{"id":"feed"}',
  installedAt: '2026-01-02T03:04:06.000Z',
};
const state: FeedState = {
  installed,
  lastCheck: '2026-01-02T03:04:06.000Z',
  lastError: { reason: 'the feed answered 500', at: '2026-01-01T00:00:00.000Z' },
  failures: 0,
  nextCheck: '2026-01-02T09:04:06.000Z',
};

describe('feed store', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('reads stored subscriptions and states as they are stored', async () => {
    fakeBrowser.local.set('subscriptions', [signed, unsigned]);
    fakeBrowser.local.set(`feed:${signed.url}`, state);
    expect(await subscriptions()).toEqual([signed, unsigned]);
    expect(await stateOf(signed.url)).toEqual(state);
    expect(await packTextsInUse()).toEqual([installed.text]);
  });

  it('has no subscriptions and an empty state by default', async () => {
    expect(await subscriptions()).toEqual([]);
    expect(await stateOf(signed.url)).toEqual({ failures: 0 });
    expect(await packTextsInUse()).toEqual([]);
  });

  it('keeps every subscription with an address and a key, and leaves out the rest', async () => {
    fakeBrowser.local.set('subscriptions', [
      null,
      { url: 'https://a.example/', publicKey: 7 },
      { ...signed, keyId: 3 },
    ]);
    expect(await subscriptions()).toEqual([{ ...signed, keyId: '' }]);
    fakeBrowser.local.set('subscriptions', 'junk');
    expect(await subscriptions()).toEqual([]);
  });

  it('reads a state without a count of failures as empty, and a damaged field as missing', async () => {
    fakeBrowser.local.set(`feed:${signed.url}`, { installed });
    expect(await stateOf(signed.url)).toEqual({ failures: 0 });
    fakeBrowser.local.set(`feed:${signed.url}`, { ...state, installed: { ...installed, text: 1 } });
    const { installed: _dropped, ...rest } = state;
    expect(await stateOf(signed.url)).toEqual({ ...rest, installed: undefined });
  });

  it('keeps using a pack stored before installedAt existed, or with a shown field damaged', async () => {
    fakeBrowser.local.set('subscriptions', [signed]);
    const { installedAt: _new, ...older } = installed;
    fakeBrowser.local.set(`feed:${signed.url}`, {
      ...state,
      installed: { ...older, stories: 'x' },
    });
    expect((await stateOf(signed.url)).installed).toEqual({
      ...older,
      stories: 0,
      installedAt: '',
    });
    expect(await packTextsInUse()).toEqual([installed.text]);
  });

  it('writes the same shapes it reads, under the same keys', async () => {
    await subscriptionsItem.write([signed]);
    await feedStateItem(signed.url).write(state);
    expect(fakeBrowser.local.get('subscriptions')).toEqual([signed]);
    expect(fakeBrowser.local.get(`feed:${signed.url}`)).toEqual(state);
    await feedStateItem(signed.url).clear();
    expect(fakeBrowser.local.get(`feed:${signed.url}`)).toBeNull();
  });
});
