/**
 * A gate's request for the engine: engine.js goes into the very document
 * that asked (Chrome names it; elsewhere, the frame, and engine.js starts only
 * in a document whose gate asked), and only into a tab's top frame showing a
 * web page: the gates run in top frames only (no all_frames), so a request
 * from anywhere else is not theirs. The sender was already checked to be
 * Sourcelight's own content script.
 */
import { SCRIPT_FILES } from '../shared/script-files.ts';

export type Inject = (target: { tabId: number; frameId: number; documentId?: string | undefined }, file: string) => Promise<void>;

/** What the handler reads of a message's sender. */
interface Sender {
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
  url?: string | undefined;
  documentId?: unknown;
}

export async function loadEngine(sender: Sender, inject: Inject): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !/^https?:\/\//.test(sender.url ?? '')) return;
  const { documentId } = sender;
  // A tab closed or navigated meanwhile has nothing to annotate: the refusal is not an error.
  await inject({ tabId, frameId: sender.frameId, documentId: typeof documentId === 'string' ? documentId : undefined }, SCRIPT_FILES.engine).catch(() => undefined);
}
