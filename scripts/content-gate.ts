/**
 * Ships the content-script entry (src/extension/content/index.ts, as the
 * manifest says) as one small classic script instead of CRXJS's module
 * loader, so a page that retells no known story pays for no module loading
 * (measured by `npm run bench:browser`):
 * - `forCrx` hands CRXJS the manifest with annotate.ts as the content script,
 *   so CRXJS bundles the real work (and lists its chunks as web-accessible);
 * - after the build, the plugin bundles index.ts with esbuild as an IIFE in
 *   which `import('./annotate.ts')` imports the chunk CRXJS wrote, and puts it
 *   in the manifest in place of CRXJS's loader.
 */
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { gatePattern } from './gate-pattern.ts';

const ENTRY = 'src/extension/content/index.ts';
const ANNOTATE = 'src/extension/content/annotate.ts';
/** The subscribed packs' gate, registered by the background while one is in use (background/feeds-service.ts). */
const FEEDS_ENTRY = 'src/extension/content/feeds-gate.ts';
export const FEEDS_GATE_FILE = 'feeds-gate.js';
export const GATE_FILE = 'content.js';

/** In the classic script, ./annotate.ts is the annotate chunk, imported by its address in the extension. */
function annotateChunk(fileName: string): EsbuildPlugin {
  return {
    name: 'annotate-chunk',
    setup(b) {
      b.onResolve({ filter: /\/annotate\.ts$/ }, (args) => ({ path: args.path, namespace: 'annotate-chunk' }));
      b.onLoad({ filter: /.*/, namespace: 'annotate-chunk' }, () => ({
        loader: 'js',
        // Looked up only when the page needs the engine: an unrelated page touches no extension API.
        // Written as literal runtime.getURL calls inside import(), the form Mozilla's linter accepts.
        contents: `export const start = () =>
  (typeof browser !== 'undefined' ? import(browser.runtime.getURL(${JSON.stringify(fileName)})) : import(chrome.runtime.getURL(${JSON.stringify(fileName)})))
    .then((m) => m.start());`,
      }));
    },
  };
}

interface ManifestWithScripts {
  content_scripts?: { js?: string[] }[];
}

/** The manifest CRXJS builds from: the content script is annotate.ts (the gate is added after). */
export function forCrx<M extends ManifestWithScripts>(manifest: M): M {
  const scripts = manifest.content_scripts?.map((script) => ({
    ...script,
    js: script.js?.map((file) => (file === ENTRY ? ANNOTATE : file)),
  }));
  if (!scripts?.some((script) => script.js?.includes(ANNOTATE))) throw new Error(`content-gate: the manifest's content script is not ${ENTRY}`);
  return { ...manifest, content_scripts: scripts };
}

interface BuiltManifest {
  content_scripts: { js: string[] }[];
}

export function contentGate(): Plugin {
  return {
    name: 'sourcelight:content-gate',
    enforce: 'post',
    apply: 'build',
    async writeBundle(options) {
      const outDir = options.dir as string;
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as BuiltManifest;
      const script = manifest.content_scripts[0];
      const loader = script?.js[0];
      if (!script || !loader) throw new Error('content-gate: the manifest has no content script');
      // CRXJS's loader only imports annotate.ts's chunk; the gate will.
      const chunk = /getURL\("([^"]+)"\)/.exec(await readFile(join(outDir, loader), 'utf8'))?.[1];
      if (!chunk) throw new Error(`content-gate: cannot find the chunk ${loader} loads`);
      for (const [entry, file] of [[ENTRY, GATE_FILE], [FEEDS_ENTRY, FEEDS_GATE_FILE]] as const) {
        const result = await build({
          entryPoints: [entry],
          bundle: true,
          format: 'iife',
          write: false,
          minify: true,
          target: 'es2022',
          legalComments: 'none',
          define: { __SOURCELIGHT_GATE__: JSON.stringify(gatePattern()) },
          plugins: [annotateChunk(chunk)],
        });
        await writeFile(join(outDir, file), result.outputFiles[0]?.text ?? '');
      }
      await rm(join(outDir, loader));
      script.js = [GATE_FILE];
      await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
