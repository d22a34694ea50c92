/**
 * What a gate does when its page may retell a story: asks the background to
 * inject the engine (engine.js) into this frame. Written against the raw
 * WebExtension API, in the protocol's envelope, so the gates stay small (no
 * polyfill, no schemas); the background checks the message like any other.
 */
import { CHANNEL } from '../messaging/channel.ts';
import { marks, REQUESTED } from './engine-marks.ts';

interface RawRuntime {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> | undefined };
}

/** Asks once per document, whichever gate passes first. */
export function requestEngine(): void {
  const scope = marks();
  if (scope[REQUESTED]) return;
  scope[REQUESTED] = true;
  const api =
    (globalThis as { browser?: RawRuntime }).browser ??
    (globalThis as { chrome?: RawRuntime }).chrome;
  try {
    // A page whose extension was updated or removed under it has no runtime left: it ends quietly.
    void api?.runtime
      ?.sendMessage({ channel: CHANNEL, type: 'load-engine', payload: null })
      ?.catch(() => undefined);
  } catch {
    // The same, in browsers that throw instead.
  }
}
