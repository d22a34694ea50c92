import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from './manifest-for.ts';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('manifestFor', () => {
  it("leaves the Chrome manifest as written, with package.json's version", () => {
    expect(manifestFor('chrome', base, version)).toEqual({ ...base, version });
  });

  it('gives Firefox an event-page background and its gecko settings, changing nothing else', () => {
    const firefox = manifestFor('firefox', base, version);
    expect(firefox.background).toEqual({
      scripts: [base.background.service_worker],
      type: 'module',
    });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: '140.0' },
    });
    expect(firefox.version).toBe(version);
    const { background: _b, browser_specific_settings: _s, version: _v, ...rest } = firefox;
    const { background: _c, minimum_chrome_version: _m, ...baseRest } = base;
    expect(rest).toEqual(baseRest);
  });

  it('takes the version from package.json only: manifest.json states none, and a malformed version stops the build', () => {
    expect(base.version).toBeUndefined();
    expect(() => manifestFor('chrome', { ...base, version: '0.0.9' }, version)).toThrow(
      /must not state a version/,
    );
    expect(() => manifestFor('chrome', base, '1.0.0-beta.1')).toThrow(
      /not a browser extension version/,
    );
  });

  it('states the minimum Chrome: 137, the first with Ed25519 in WebCrypto without a flag', () => {
    expect(base.minimum_chrome_version).toBe('137');
    expect(manifestFor('firefox', base, version)).not.toHaveProperty('minimum_chrome_version');
  });

  it("asks for storage, alarms (feed checks) and scripting (the subscribed packs' gate), and host access only where the content script runs", () => {
    expect(base.permissions).toEqual(['storage', 'alarms', 'scripting']);
    // The same sites as the content script's matches: no new install warning, and dynamic content scripts need it.
    expect(base.host_permissions).toEqual(base.content_scripts?.[0]?.matches);
  });
});
