/**
 * The document a gate's or the engine's message came from, as a target for
 * `scripting`: only a tab's top frame showing a web page (the gates run in top
 * frames only, no all_frames, so a message from anywhere else is not theirs),
 * named by its document where the browser names one (Chrome), so a frame that
 * has since navigated elsewhere is left alone. The sender was already checked
 * to be Sourcelight's own content script.
 */
import type { DocumentTarget } from '../platform/browser-api.ts';

/** What is read of a message's sender. */
export interface Sender {
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
  url?: string | undefined;
  documentId?: unknown;
}

export function senderDocument(sender: Sender): DocumentTarget | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !/^https?:\/\//.test(sender.url ?? ''))
    return null;
  const { documentId } = sender;
  return {
    tabId,
    frameId: sender.frameId,
    documentId: typeof documentId === 'string' ? documentId : undefined,
  };
}
