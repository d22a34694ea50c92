/**
 * One storage read without webextension-polyfill, for the subscribed-packs
 * gate (a classic script that must stay small). Everything else goes through
 * browser-api.ts.
 */
interface RawStorage {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export async function readLocalLite(key: string): Promise<unknown> {
  const api = ((globalThis as { browser?: RawStorage }).browser ??
    (globalThis as { chrome?: RawStorage }).chrome) as RawStorage;
  return (await api.storage.local.get(key))[key];
}
