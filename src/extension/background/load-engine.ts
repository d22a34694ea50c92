/**
 * A gate's request for the engine: engine.js goes into the very document
 * that asked (Chrome names it; elsewhere, the frame, and engine.js starts only
 * in a document whose gate asked), and only into a tab's top frame showing a
 * web page (sender-document.ts).
 */
import type { DocumentTarget } from '../platform/browser-api.ts';
import { SCRIPT_FILES } from '../shared/script-files.ts';
import { senderDocument, type Sender } from './sender-document.ts';

export type Inject = (target: DocumentTarget, file: string) => Promise<void>;

export async function loadEngine(sender: Sender, inject: Inject): Promise<void> {
  const target = senderDocument(sender);
  if (!target) return;
  // A tab closed or navigated meanwhile has nothing to annotate: the refusal is not an error.
  await inject(target, SCRIPT_FILES.engine).catch(() => undefined);
}
