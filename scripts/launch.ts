/**
 * Starts the system browsers with the built extension loaded. Shared by the
 * end-to-end tests and `npm start`. Nothing here downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
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

/** Chromium with dist/chrome loaded unpacked, in a fresh profile. */
export async function launchChromium({ headless = true } = {}): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`, ...CHROMIUM_HYGIENE],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
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
 * tab URLs are hidden from it: bring the page to the front and ask for the active tab.
 */
export async function tabIdFor(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens the popup as a page describing the given tab (the toolbar popup itself cannot be scripted). */
export async function openPopup(session: ChromiumSession, tabId: number, page?: Page): Promise<Page> {
  const popup = page ?? (await session.context.newPage());
  await popup.goto(`chrome-extension://${session.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
  return popup;
}

/** The moz-extension:// host pinned for Sourcelight in test profiles, so its pages can be opened by URL. */
export const FIREFOX_EXTENSION_UUID = '5a1f2c3d-7e6b-4c1a-9f00-5011dce11947';

/**
 * Firefox ESR over WebDriver BiDi, with dist/firefox installed as a temporary
 * add-on. Opening moz-extension:// pages over BiDi needs the pinned UUID and
 * --remote-allow-system-access.
 */
export async function launchFirefox({ headless = true } = {}): Promise<{ browser: Browser; addonId: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
  });
  const addonId = await browser.installExtension(DIST_FIREFOX);
  return { browser, addonId };
}
