/**
 * The content script's first touch of the extension API: one message
 * listener, without webextension-polyfill, so that a page retelling no known
 * story loads nothing else (see content/index.ts). Everything past the first
 * message goes through browser-api.ts as usual.
 */
import type { Runtime } from 'webextension-polyfill';

type Listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

interface RawApi {
  runtime: { onMessage: { addListener(listener: Listener): void }; getURL(path: string): string };
}

const api = ((globalThis as { browser?: RawApi }).browser ?? (globalThis as { chrome?: RawApi }).chrome) as RawApi;

/** Answers every message to this content script with what `handler` resolves to (undefined when it declines). */
export function answerMessages(handler: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handler(message, sender).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** The address of a file of the extension. */
export const fileUrl = (path: string): string => api.runtime.getURL(path);
