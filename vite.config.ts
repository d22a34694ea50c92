import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';
import { validateEmbeddedPack, validateEmbeddedWorld } from './scripts/validate-embedded-pack.ts';
import { contentScripts, forCrx } from './scripts/content-scripts.ts';

// One manifest.json; the Firefox difference and package.json's version are applied here, at build time.
// `vite build --mode chrome` writes dist/chrome, `--mode firefox` writes dist/firefox.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = manifestFor(target, baseManifest, packageJson.version);
  return {
    plugins: [
      { name: 'sourcelight:validate-embedded-pack', buildStart: validateEmbeddedPack },
      { name: 'sourcelight:validate-embedded-world', buildStart: validateEmbeddedWorld },
      preact(),
      crx({ manifest: forCrx(manifest) as unknown as ManifestV3Export, browser: target }),
      contentScripts(manifest),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
    },
  };
});
