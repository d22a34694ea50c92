import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { createContentApp } from './content-app.ts';

/** A document with the site turned off: the app reads no page text, it only wires itself up and stands down. */
function fakeDocument() {
  const listeners = new Set<EventListenerOrEventListenerObject>();
  const doc = {
    URL: 'https://news.example/story',
    location: { href: 'https://news.example/story' },
    addEventListener: (_: string, listener: EventListenerOrEventListenerObject) =>
      void listeners.add(listener),
    removeEventListener: (_: string, listener: EventListenerOrEventListenerObject) =>
      void listeners.delete(listener),
  };
  return { doc: doc as unknown as Document, listeners };
}

const listening = (doc: { listeners: Set<unknown> }) => ({
  messages: fakeBrowser.runtime.onMessage.listeners.size,
  storage: fakeBrowser.storage.onChanged.listeners.size,
  page: doc.listeners.size,
});
const NONE = { messages: 0, storage: 0, page: 0 };

describe('the content app', () => {
  beforeEach(() => {
    fakeBrowser.local.clear();
    fakeBrowser.local.set('settings', { enabled: false });
  });
  afterEach(() => {
    fakeBrowser.runtime.id = 'sourcelight-test';
    fakeBrowser.runtime.onMessage.listeners.clear();
    fakeBrowser.storage.onChanged.listeners.clear();
  });

  it('listens to the popup, the settings, the packs and the page once started; destroy() removes every listener', async () => {
    const page = fakeDocument();
    const app = createContentApp(page.doc);
    await app.start();
    // Messages; settings and subscribed packs (both storage); the page's visibility.
    expect(listening(page)).toEqual({ messages: 1, storage: 2, page: 1 });
    app.destroy();
    expect(listening(page)).toEqual(NONE);
  });

  it('destroyed while starting, it leaves nothing behind', async () => {
    const page = fakeDocument();
    const app = createContentApp(page.doc);
    const starting = app.start();
    app.destroy();
    await starting;
    expect(listening(page)).toEqual(NONE);
  });

  it('an extension gone from under the page is noticed when the page is looked at again: every listener goes', async () => {
    const page = fakeDocument();
    await createContentApp(page.doc).start();
    fakeBrowser.runtime.id = '';
    for (const listener of [...page.listeners])
      (listener as EventListener)(new Event('visibilitychange'));
    expect(listening(page)).toEqual(NONE);
  });
});
