import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { loadSettings, onSettingsChange, parseSettings, saveSettings } from './settings.ts';

describe('settings', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('defaults to annotating pages', async () => {
    expect(await loadSettings()).toEqual({ enabled: true });
  });

  it('keeps every field it can from a damaged record', () => {
    expect(parseSettings({ enabled: false, junk: 1 })).toEqual({ enabled: false });
    expect(parseSettings({ enabled: 'no' })).toEqual({ enabled: true });
    expect(parseSettings('corrupted')).toEqual({ enabled: true });
    expect(parseSettings(null)).toEqual({ enabled: true });
  });

  it('saves a change and tells listeners', async () => {
    const seen: boolean[] = [];
    const stop = onSettingsChange((s) => seen.push(s.enabled));
    await saveSettings({ enabled: false });
    expect(await loadSettings()).toEqual({ enabled: false });
    expect(seen).toEqual([false]);
    stop();
    await saveSettings({ enabled: true });
    expect(seen).toEqual([false]);
  });
});
