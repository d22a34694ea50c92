/**
 * The WebExtension API, through webextension-polyfill. Everything in the
 * extension goes through these functions (or, in the gates, which must stay
 * small, through storage-lite.ts and runtime-lite.ts beside this file), which
 * keeps the browser surface in platform/ and gives tests a single seam.
 */
import browser, { type Runtime, type Scripting } from 'webextension-polyfill';

export type MessageSender = Runtime.MessageSender;

/** Sends a message to the extension's background. */
export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Sends a message to the content script of a tab; rejects when the tab has none. */
export function sendTabMessage(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Registers a message listener; returns a function that removes it. */
export function onRuntimeMessage(
  listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
): () => void {
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export const extensionId = (): string => browser.runtime.id;

/** False once the extension has been disabled, removed or updated under a page that stays open. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
export const extensionUrl = (path = ''): string => browser.runtime.getURL(path);

/** A key of public/_locales/en/messages.json: a string the extension asks for that is missing fails to compile. */
export type MessageKey = keyof typeof import('../../../public/_locales/en/messages.json');

/** A localised string from _locales; substitutions fill $1, $2, … */
export function t(key: MessageKey, substitutions?: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions?.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** A tab's address and loading status; the address only where the extension has host access (http and https pages). */
export async function tabInfo(
  tabId: number,
): Promise<{ url?: string | undefined; status?: string | undefined }> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, status: tab.status };
  } catch {
    return {};
  }
}

export async function setBadge(tabId: number, text: string, background: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: background });
}

export function onTabLoading(listener: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') listener(tabId);
  });
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export async function readLocal(key: string): Promise<unknown> {
  const items = await browser.storage.local.get(key);
  return items[key];
}

export function writeLocal(key: string, value: unknown): Promise<void> {
  return browser.storage.local.set({ [key]: value });
}

/** Calls `listener` with the new value whenever `key` changes in local storage; returns an unsubscribe function. */
export function onLocalChange(key: string, listener: (value: unknown) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change) listener(change.newValue);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Calls `listener` with a keyboard command's name and the id of the tab it was pressed in. */
export function onCommand(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) return listener(command, tab.id);
    // Older browsers do not pass the tab: the command was pressed in the active one.
    void activeTabId().then((id) => listener(command, id));
  });
}

/** The keys assigned to the extension's keyboard commands, by command name ('' for a command with no keys). */
export async function commandShortcuts(): Promise<Record<string, string>> {
  const commands = await browser.commands.getAll();
  return Object.fromEntries(commands.flatMap((c) => (c.name ? [[c.name, c.shortcut ?? '']] : [])));
}

/** A repeating alarm (MV3 backgrounds sleep; alarms wake them). */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (!(await browser.alarms.get(name)))
    await browser.alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
}

export function onAlarm(name: string, listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) listener();
  });
}

/**
 * Runs an extension file (a classic script) in one frame of a tab, in the
 * content scripts' world. In Chrome the frame is named by its document, so a
 * frame that has since navigated elsewhere is left alone.
 */
export async function injectFile(target: DocumentTarget, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: injectionTarget(target), files: [file] });
}

/** One document of a tab: its frame, and in Chrome the document itself. */
export interface DocumentTarget {
  tabId: number;
  frameId: number;
  documentId?: string | undefined;
}
function injectionTarget(target: DocumentTarget): Scripting.InjectionTarget {
  return target.documentId
    ? { tabId: target.tabId, documentIds: [target.documentId] }
    : { tabId: target.tabId, frameIds: [target.frameId] };
}

/**
 * Adds (or, with `on` false, removes) an extension stylesheet in one
 * document of a tab, like `injectFile`. An inserted sheet is not in the
 * page's `document.styleSheets`, and the page cannot remove it.
 */
export async function setInsertedStyles(
  target: DocumentTarget,
  file: string,
  on: boolean,
): Promise<void> {
  const details = { target: injectionTarget(target), files: [file] };
  await (on ? browser.scripting.insertCSS(details) : browser.scripting.removeCSS(details));
}

/** Registers (or, with `js` null, removes) a content script by id, for http and https pages. */
export async function setDynamicContentScript(id: string, js: string | null): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (js) {
    await browser.scripting.registerContentScripts([
      {
        id,
        js: [js],
        matches: ['http://*/*', 'https://*/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
}
