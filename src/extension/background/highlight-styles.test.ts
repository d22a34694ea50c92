import { describe, expect, it, vi } from 'vitest';
import { highlightStyles, type SetStyles } from './highlight-styles.ts';

const page = {
  id: 'sourcelight-test',
  tab: { id: 4 },
  frameId: 0,
  url: 'https://news.example/story',
  documentId: 'DOC1',
};

describe('highlightStyles', () => {
  it('puts highlights.css into the document that asked, and takes it out again', async () => {
    const setStyles = vi.fn<SetStyles>(async () => undefined);
    await highlightStyles(page, true, setStyles);
    await highlightStyles(page, false, setStyles);
    await highlightStyles({ ...page, documentId: undefined }, true, setStyles);
    expect(setStyles.mock.calls).toEqual([
      [{ tabId: 4, frameId: 0, documentId: 'DOC1' }, 'highlights.css', true],
      [{ tabId: 4, frameId: 0, documentId: 'DOC1' }, 'highlights.css', false],
      [{ tabId: 4, frameId: 0, documentId: undefined }, 'highlights.css', true],
    ]);
  });

  it("styles nothing outside a web page's top frame", async () => {
    const setStyles = vi.fn<SetStyles>(async () => undefined);
    await highlightStyles({ ...page, tab: undefined }, true, setStyles);
    await highlightStyles({ ...page, frameId: 2 }, true, setStyles);
    await highlightStyles(
      { ...page, url: 'chrome-extension://sourcelight-test/src/extension/popup/index.html' },
      true,
      setStyles,
    );
    expect(setStyles).not.toHaveBeenCalled();
  });

  it('a tab closed meanwhile is not an error', async () => {
    await expect(
      highlightStyles(page, true, async () => Promise.reject(new Error('No tab with id: 4'))),
    ).resolves.toBeUndefined();
  });
});
