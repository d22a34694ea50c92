/**
 * The per-browser delta over the one manifest.json, applied at build time.
 * Firefox's MV3 background is an event page (`background.scripts`) and it needs
 * a gecko id, a minimum version and a data-collection declaration.
 *
 * The version lives in package.json only: it is written into both manifests
 * here, so the stores' zips, `npm run package`'s file names and the manifest
 * cannot disagree.
 *
 * manifest.json's `minimum_chrome_version` is 137, the first Chrome with
 * Ed25519 in WebCrypto without a flag (src/signing verifies subscribed packs
 * with it). Everything else the extension needs is older: the CSS Custom
 * Highlight API (105), `scripting.executeScript` aimed at `documentIds` (106),
 * `scripting.registerContentScripts` (96). Firefox ignores the key; its own
 * minimum is `strict_min_version` below.
 */
export type Target = 'chrome' | 'firefox';

/** The add-on id Firefox knows Sourcelight by (also used by the e2e tests). */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
};

export function manifestFor(
  target: Target,
  base: Manifest,
  version: string,
): Record<string, unknown> {
  if (!/^\d+(\.\d+){0,3}$/.test(version))
    throw new Error(
      `package.json's version "${version}" is not a browser extension version (1 to 4 dot-separated numbers)`,
    );
  if ('version' in base)
    throw new Error('manifest.json must not state a version: it comes from package.json');
  const manifest: Record<string, unknown> = { ...structuredClone(base), version };
  if (target === 'chrome') return manifest;
  delete manifest.minimum_chrome_version;
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
