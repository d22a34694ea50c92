/**
 * The per-browser delta over the one manifest.json, applied at build time.
 * Firefox's MV3 background is an event page (`background.scripts`) and it needs
 * a gecko id, a minimum version and a data-collection declaration.
 */
export type Target = 'chrome' | 'firefox';

/** The add-on id Firefox knows Sourcelight by (also used by the e2e tests). */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
};

export function manifestFor(target: Target, base: Manifest): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(base);
  if (target === 'chrome') return manifest;
  manifest.background = { scripts: [base.background.service_worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
