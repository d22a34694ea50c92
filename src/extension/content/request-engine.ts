/**
 * What a gate does when its page may retell a story: asks the background,
 * once per document, to inject the engine into this frame.
 */
import { envelope } from '../messaging/envelope.ts';
import type { ContentToBackground } from '../messaging/protocol.ts';
import { sendMessageLite } from '../platform/runtime-lite.ts';
import { marks, REQUESTED } from './engine-marks.ts';

/** Asks once per document, whichever gate passes first. */
export function requestEngine(): void {
  const scope = marks();
  if (scope[REQUESTED]) return;
  scope[REQUESTED] = true;
  sendMessageLite(envelope('load-engine' satisfies keyof ContentToBackground, null));
}
