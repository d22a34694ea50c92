/**
 * Calls `onChange` when the page's content or address changes after load
 * (infinite scroll, single-page navigation), debounced: once the page has been
 * quiet for `quiet` ms, and at least every `maxWait` ms while it keeps
 * changing. Sourcelight's own elements never count as a change, and
 * `discard()` drops the changes Sourcelight itself just made (the wrapping
 * fallback's marks).
 */
import { NAME_PREFIX } from '../name-prefix.ts';

export interface WatchOptions {
  quiet?: number;
  maxWait?: number;
}

const OWN_PREFIX = NAME_PREFIX.toUpperCase();

const isOwn = (node: Node) =>
  node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName.startsWith(OWN_PREFIX);

/** Whether a mutation is only Sourcelight's own work (its card host, or a fallback mark). */
function ownMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwn);
}

export interface PageWatch {
  /** Forgets the mutations recorded so far (call it right after changing the DOM yourself). */
  discard(): void;
  stop(): void;
}

export function watchPage(
  doc: Document,
  onChange: () => void,
  { quiet = 500, maxWait = 2500 }: WatchOptions = {},
): PageWatch {
  const view = doc.defaultView;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastUrl = doc.location.href;

  const fire = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    firstChange = 0;
    lastUrl = doc.location.href;
    onChange();
  };
  const changed = () => {
    const now = Date.now();
    if (!firstChange) firstChange = now;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(fire, now - firstChange >= maxWait ? 0 : quiet);
  };

  const observer = new MutationObserver((records) => {
    // Usually the first record decides; our own mutations are rare and come alone.
    for (const record of records) {
      if (!ownMutation(record)) return changed();
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  // History navigation in a single-page app may change the address before (or without) the DOM.
  const onNavigate = () => {
    if (doc.location.href !== lastUrl) changed();
  };
  view?.addEventListener('popstate', onNavigate);

  return {
    discard: () => void observer.takeRecords(),
    stop() {
      observer.disconnect();
      clearTimeout(quietTimer);
      view?.removeEventListener('popstate', onNavigate);
    },
  };
}
