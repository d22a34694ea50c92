import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from './manifest-for.ts';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifestFor', () => {
  it('leaves the Chrome manifest as written', () => {
    expect(manifestFor('chrome', base)).toEqual(base);
  });

  it('gives Firefox an event-page background and its gecko settings, changing nothing else', () => {
    const firefox = manifestFor('firefox', base);
    expect(firefox.background).toEqual({ scripts: [base.background.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, strict_min_version: '140.0' } });
    const { background: _b, browser_specific_settings: _s, ...rest } = firefox;
    const { background: _c, ...baseRest } = base;
    expect(rest).toEqual(baseRest);
  });

  it('asks for no permission beyond storage and activeTab (the address of the tab the popup was opened on)', () => {
    expect(base.permissions).toEqual(['storage', 'activeTab']);
    expect(base.host_permissions).toBeUndefined();
  });
});
