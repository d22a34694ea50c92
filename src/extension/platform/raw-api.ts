/**
 * The browser's own WebExtension namespace (`browser` in Firefox, `chrome` in
 * Chrome), without webextension-polyfill: for the light helpers of the gates
 * (storage-lite.ts, runtime-lite.ts), classic scripts that must stay small.
 * Undefined where the extension's runtime is gone.
 */
export const rawApi = <T>(): T | undefined =>
  (globalThis as { browser?: T }).browser ?? (globalThis as { chrome?: T }).chrome;
