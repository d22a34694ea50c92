import { describe, expect, it, vi } from 'vitest';
import { loadEngine, type Inject } from './load-engine.ts';

const page = {
  id: 'sourcelight-test',
  tab: { id: 4 },
  frameId: 0,
  url: 'https://news.example/story',
};

describe('loadEngine', () => {
  it('injects engine.js into the top frame that asked, by document where the browser names one', async () => {
    const inject = vi.fn<Inject>(async () => undefined);
    await loadEngine(page, inject);
    await loadEngine({ ...page, documentId: 'DOC1' }, inject);
    expect(inject.mock.calls).toEqual([
      [{ tabId: 4, frameId: 0, documentId: undefined }, 'engine.js'],
      [{ tabId: 4, frameId: 0, documentId: 'DOC1' }, 'engine.js'],
    ]);
  });

  it("injects nothing outside a web page's frame", async () => {
    const inject = vi.fn<Inject>(async () => undefined);
    await loadEngine({ ...page, tab: undefined }, inject);
    await loadEngine({ ...page, frameId: undefined }, inject);
    // The gates run in top frames only: a request from a subframe is not theirs.
    await loadEngine({ ...page, frameId: 3 }, inject);
    await loadEngine(
      { ...page, url: 'chrome-extension://sourcelight-test/src/extension/popup/index.html' },
      inject,
    );
    await loadEngine({ ...page, url: 'file:///home/user/a.html' }, inject);
    await loadEngine({ ...page, url: undefined }, inject);
    expect(inject).not.toHaveBeenCalled();
  });

  it('a tab closed meanwhile is not an error', async () => {
    await expect(
      loadEngine(page, async () => Promise.reject(new Error('No tab with id: 4'))),
    ).resolves.toBeUndefined();
  });
});
