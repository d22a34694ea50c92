import { describe, expect, it } from 'vitest';
import baseManifest from '../manifest.json' with { type: 'json' };
import { forCrx } from './content-scripts.ts';

describe('forCrx', () => {
  it('hands CRXJS the manifest without its content scripts', () => {
    expect(forCrx(baseManifest)).not.toHaveProperty('content_scripts');
  });

  it('refuses a manifest that styles every page: any page could tell Sourcelight is installed', () => {
    const styled = {
      ...baseManifest,
      content_scripts: baseManifest.content_scripts.map((script) => ({
        ...script,
        css: ['src/extension/content/highlights.css'],
      })),
    };
    expect(() => forCrx(styled)).toThrow(/styles every page/);
  });
});
