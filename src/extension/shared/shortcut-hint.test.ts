import { describe, expect, it } from 'vitest';
import { shortcutHint } from './shortcut-hint.ts';

describe('shortcutHint', () => {
  it('names the keys the browser assigns, whichever they are', () => {
    expect(shortcutHint({ next: 'Ctrl+Shift+9', previous: 'Ctrl+Shift+8' })).toBe(
      'hintKeysBoth(Ctrl+Shift+9,Ctrl+Shift+8)',
    );
    expect(shortcutHint({ next: 'Alt+N', previous: '' })).toBe('hintKeyNext(Alt+N)');
    expect(shortcutHint({ next: '', previous: 'Alt+P' })).toBe('hintKeyPrevious(Alt+P)');
  });

  it('says how to assign keys when there are none', () => {
    expect(shortcutHint({ next: '', previous: '' })).toBe('hintKeysNone');
  });
});
