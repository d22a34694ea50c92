/**
 * The keyboard hint under a card and in the popup: the keys the browser
 * really assigns to the step-through commands (the user may have changed or
 * cleared them, or another extension may hold the suggested ones), or how to
 * assign some when there are none.
 */
import type { Shortcuts } from '../messaging/protocol.ts';
import { commandShortcuts, t } from '../platform/browser-api.ts';

/** The step-through commands' keys, read from the browser (extension pages and the background only). */
export async function stepShortcuts(): Promise<Shortcuts> {
  const keys = await commandShortcuts();
  return { next: keys['next-finding'] ?? '', previous: keys['previous-finding'] ?? '' };
}

/** The hint in words: both keys, the one assigned, or where to assign them. */
export function shortcutHint({ next, previous }: Shortcuts): string {
  if (next && previous) return t('hintKeysBoth', [next, previous]);
  if (next) return t('hintKeyNext', [next]);
  if (previous) return t('hintKeyPrevious', [previous]);
  return t('hintKeysNone');
}
