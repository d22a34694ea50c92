/**
 * One storage read without webextension-polyfill, for the subscribed-packs
 * gate (a classic script that must stay small). Everything else goes through
 * browser-api.ts.
 */
import { rawApi } from './raw-api.ts';

interface RawStorage {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export async function readLocalLite(key: string): Promise<unknown> {
  return (await (rawApi<RawStorage>() as RawStorage).storage.local.get(key))[key];
}
