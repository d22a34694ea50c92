/**
 * One message to the background without webextension-polyfill, for the gates
 * (classic scripts that must stay small). Everything else goes through
 * browser-api.ts.
 */
import { rawApi } from './raw-api.ts';

interface RawRuntime {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

/** Sends `message` and forgets it: a page whose extension was updated or removed under it ends quietly. */
export function sendMessageLite(message: unknown): void {
  try {
    void rawApi<RawRuntime>()
      ?.runtime?.sendMessage(message)
      ?.catch(() => undefined);
  } catch {
    // The same, in browsers that throw instead.
  }
}
