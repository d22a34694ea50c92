/** The part of the `chrome` API the tests call inside the extension's service worker (via worker.evaluate). */
declare const chrome: {
  tabs: { query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
