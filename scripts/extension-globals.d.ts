/** The part of the `chrome` API the scripts and tests call inside the extension's service worker (via worker.evaluate). */
declare const chrome: {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
      url?: string;
    }): Promise<{ id?: number; url?: string }[]>;
    remove(tabId: number): Promise<void>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
  };
  runtime: { reload(): void };
};

/** Firefox's own `browser` global, as the tests use it inside Sourcelight's extension pages (via page.evaluate). */
declare const browser: {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(
      tabId: number,
      message: unknown,
    ): Promise<{ report?: { url?: string } } | boolean | null>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};
