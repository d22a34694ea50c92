/**
 * Starts the system browsers with the built extension loaded. Shared by the
 * end-to-end tests and `npm start`. Nothing here downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page as FirefoxPage } from 'puppeteer-core';
import { CHROMIUM_HYGIENE, CHROMIUM_PATH, FIREFOX_PATH } from './browsers.ts';
import { GECKO_ID } from './manifest-for.ts';

export const DIST_CHROME = resolve('dist/chrome');
export const DIST_FIREFOX = resolve('dist/firefox');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Chromium with dist/chrome loaded unpacked, in a fresh profile (`alsoLoad`: more unpacked extensions, for tests). */
export async function launchChromium({
  headless = true,
  alsoLoad = [] as string[],
} = {}): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-chromium-'));
  const extensions = [DIST_CHROME, ...alsoLoad].join(',');
  let context: BrowserContext | undefined;
  let serviceWorker: Worker;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: [
        `--disable-extensions-except=${extensions}`,
        `--load-extension=${extensions}`,
        ...CHROMIUM_HYGIENE,
      ],
    });
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  } catch (error) {
    // A browser that does not start leaves no profile behind.
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's id for a page's tab. Sourcelight has no "tabs" permission, so
 * tab URLs are hidden from it: bring the page to the front and ask for the active tab,
 * from the service worker or (`from`, once the test's worker handle has gone stale
 * after a restart) from one of Sourcelight's own pages.
 */
export async function tabIdFor(
  session: ChromiumSession,
  page: Page,
  from: Pick<Worker, 'evaluate'> = session.serviceWorker,
): Promise<number> {
  await page.bringToFront();
  return from.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens the popup as a page describing the given tab (the toolbar popup itself cannot be scripted). */
export async function openPopup(
  session: ChromiumSession,
  tabId: number,
  page?: Page,
): Promise<Page> {
  const popup = page ?? (await session.context.newPage());
  await popup.goto(
    `chrome-extension://${session.extensionId}/src/extension/popup/index.html?tab=${tabId}`,
  );
  return popup;
}

/** The moz-extension:// host pinned for Sourcelight in test profiles, so its pages can be opened by URL. */
export const FIREFOX_EXTENSION_UUID = '5a1f2c3d-7e6b-4c1a-9f00-5011dce11947';

/**
 * Firefox ESR over WebDriver BiDi, with dist/firefox installed as a temporary
 * add-on. Opening moz-extension:// pages over BiDi needs the pinned UUID and
 * --remote-allow-system-access.
 */
export async function launchFirefox({
  headless = true,
  prefs = {} as Record<string, unknown>,
} = {}): Promise<{ browser: Browser; addonId: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  const addonId = await browser.installExtension(DIST_FIREFOX);
  return { browser, addonId };
}

/**
 * Polls a predicate in a Firefox page until it holds. Unlike waitForFunction
 * it survives the page navigating mid-evaluation (BiDi then fails the
 * evaluation with a protocol error, which here only means "not yet").
 */
export async function pollFirefox(
  page: FirefoxPage,
  predicate: (arg: string | null) => boolean | undefined,
  arg: string | null,
  timeout = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(predicate, arg)) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeout} ms waiting for ${predicate.toString()}` +
      (last ? ` (last error: ${String(last)})` : ''),
  );
}

/**
 * The id of the tab whose Sourcelight content script reports `pageUrl`, asked
 * from an extension page (Sourcelight cannot see tab URLs). A content script
 * reports its page once it has analysed it: this asks again for up to ten seconds.
 */
export async function firefoxTabShowing(
  extensionPage: FirefoxPage,
  pageUrl: string,
): Promise<number> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const tabId = await extensionPage.evaluate(async (url) => {
      for (const tab of await browser.tabs.query({})) {
        const state = await browser.tabs
          .sendMessage(tab.id as number, {
            channel: 'sourcelight/v1',
            type: 'get-page-state',
            payload: null,
          })
          .catch(() => null);
        if (typeof state === 'object' && state?.report?.url === url) return tab.id as number;
      }
      return -1;
    }, pageUrl);
    if (tabId >= 0) return tabId;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no Sourcelight content script reports ${pageUrl}`);
}

/**
 * Opens Sourcelight's popup as a page in Firefox, describing the tab that shows
 * `pageUrl`. Navigations to moz-extension:// never resolve over BiDi, so each is
 * started and then awaited through the page's own content. Sourcelight cannot
 * see tab URLs, so the tab is found by asking each tab's content script for its page.
 */
export async function openFirefoxPopup(
  firefox: Browser,
  pageUrl: string,
  popup?: FirefoxPage,
): Promise<FirefoxPage> {
  const page = popup ?? (await firefox.newPage());
  const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/src/extension/popup/index.html`;
  const open = async (query: string) => {
    void page.goto(base + query).catch(() => undefined);
    await pollFirefox(
      page,
      (q) => location.search === q && document.querySelector('#story-title, #empty-state') !== null,
      query,
    );
  };
  await open('?tab=-1');
  const tabId = await firefoxTabShowing(page, pageUrl);
  await open(`?tab=${tabId}`);
  return page;
}
