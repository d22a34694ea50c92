/**
 * The engine's request for the highlights' stylesheet (highlights.css): in
 * while it draws findings on its page, out when it stops. It goes into the
 * very document that asked, like the engine (sender-document.ts), so no page
 * Sourcelight does not annotate ever has Sourcelight's styles.
 */
import type { DocumentTarget } from '../platform/browser-api.ts';
import { SCRIPT_FILES } from '../shared/script-files.ts';
import { senderDocument, type Sender } from './sender-document.ts';

export type SetStyles = (target: DocumentTarget, file: string, on: boolean) => Promise<void>;

export async function highlightStyles(
  sender: Sender,
  on: boolean,
  setStyles: SetStyles,
): Promise<void> {
  const target = senderDocument(sender);
  if (!target) return;
  // A tab closed or navigated meanwhile has no page to style: the refusal is not an error.
  await setStyles(target, SCRIPT_FILES.highlights, on).catch(() => undefined);
}
