/**
 * An in-memory stand-in for the parts of webextension-polyfill Sourcelight
 * uses, installed for every unit test by vitest.setup.ts (for use in tests).
 */
type Listener = (...args: never[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
  };
}

function createFakeBrowser() {
  const local = new Map<string, unknown>();
  const onChanged = event();
  const badges = new Map<number, string>();
  const scripts = new Map<string, { id: string; js: string[] }>();
  return {
    local,
    badges,
    scripts,
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.flatMap((id) => (scripts.has(id) ? [scripts.get(id)] : [])),
      registerContentScripts: async (list: { id: string; js: string[] }[]) =>
        void list.forEach((script) => scripts.set(script.id, script)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
        void ids.forEach((id) => scripts.delete(id)),
      executeScript: async () => [],
    },
    runtime: {
      id: 'sourcelight-test',
      getURL: (path: string) => `chrome-extension://sourcelight-test/${path}`,
      sendMessage: async () => undefined,
      onMessage: event(),
      openOptionsPage: async () => undefined,
    },
    tabs: {
      query: async () => [{ id: 1 }],
      sendMessage: async () => undefined,
      onUpdated: event(),
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) =>
        void badges.set(tabId, text),
      setBadgeBackgroundColor: async () => undefined,
    },
    i18n: {
      getMessage: (key: string, subs?: string[]) =>
        subs?.length ? `${key}(${subs.join(',')})` : key,
      getUILanguage: () => 'en-US',
    },
    storage: {
      onChanged,
      local: {
        get: async (key: string) =>
          local.has(key) ? { [key]: structuredClone(local.get(key)) } : {},
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) {
            const oldValue = local.get(key);
            local.set(key, structuredClone(value));
            for (const l of onChanged.listeners)
              (l as (c: unknown, a: string) => void)(
                { [key]: { oldValue, newValue: value } },
                'local',
              );
          }
        },
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
export const fakeBrowser: FakeBrowser = createFakeBrowser();
