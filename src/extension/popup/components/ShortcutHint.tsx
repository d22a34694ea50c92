import { useEffect, useState } from 'preact/hooks';
import { shortcutHint, stepShortcuts } from '../../shared/shortcut-hint.ts';

/** How to step through the findings in the page from the keyboard, with the keys the browser assigns now. */
export function ShortcutHint() {
  const [hint, setHint] = useState('');
  useEffect(() => {
    let live = true;
    void stepShortcuts().then(
      (keys) => live && setHint(shortcutHint(keys)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return hint ? (
    <p class="shortcut-hint muted" id="shortcut-hint">
      {hint}
    </p>
  ) : null;
}
