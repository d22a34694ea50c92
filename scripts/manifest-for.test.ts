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

  it('asks for storage, alarms (feed checks) and scripting (the subscribed packs\' gate), and host access only where the content script runs', () => {
    expect(base.permissions).toEqual(['storage', 'alarms', 'scripting']);
    // The same sites as the content script's matches: no new install warning, and dynamic content scripts need it.
    expect(base.host_permissions).toEqual(base.content_scripts?.[0]?.matches);
  });
});
