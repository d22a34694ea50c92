/**
 * Builds Sourcelight's content scripts as three classic scripts, outside
 * CRXJS, so that no file of the extension is web-accessible (a page could
 * otherwise tell Sourcelight is installed by fetching one):
 * - `content.js`, the gate on every http(s) page (src/extension/content/gate-entry.ts,
 *   the file the manifest names): small, no module loading;
 * - `feeds-gate.js`, the subscribed packs' gate (src/extension/content/feeds-gate-entry.ts,
 *   registered by the background);
 * - `engine.js`, the engine, packs and annotations (src/extension/content/engine-entry.ts),
 *   which the background injects with `scripting.executeScript` into a page a
 *   gate let through; injected files need not be web-accessible.
 * Beside them it copies `highlights.css`, which the background inserts
 * (`scripting.insertCSS`) only into a page the engine draws findings on: a
 * manifest stylesheet would style every page, and any page could tell by a
 * computed style that Sourcelight is installed, so the build refuses one.
 * `forCrx` hands CRXJS the manifest without content scripts (CRXJS would
 * bundle them as web-accessible module chunks); the plugin puts them back
 * after the build and fails it if anything is web-accessible.
 */
import { build } from 'esbuild';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SCRIPT_FILES } from '../src/extension/shared/script-files.ts';
import { gatePattern } from './gate-pattern.ts';
import { jsonWithoutComments } from './json-without-comments.ts';

const GATE_ENTRY = 'src/extension/content/gate-entry.ts';
const HIGHLIGHT_STYLES = 'src/extension/content/highlights.css';
/** Each content script's source entry and the classic script it is built to. */
export const CONTENT_SCRIPT_ENTRIES: readonly (readonly [string, string])[] = [
  [GATE_ENTRY, SCRIPT_FILES.gate],
  ['src/extension/content/feeds-gate-entry.ts', SCRIPT_FILES.feedsGate],
  ['src/extension/content/engine-entry.ts', SCRIPT_FILES.engine],
];

interface ContentScript {
  matches: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
}
interface ManifestWithScripts {
  content_scripts?: ContentScript[];
}

/** The manifest's content scripts, with the gate's built name in place of its source. */
function builtScripts(scripts: readonly ContentScript[]): ContentScript[] {
  if (!scripts.some((script) => script.js?.includes(GATE_ENTRY)))
    throw new Error(`content-scripts: the manifest's content script is not ${GATE_ENTRY}`);
  const css = scripts.flatMap((script) => script.css ?? []);
  if (css.length)
    throw new Error(
      `content-scripts: the manifest styles every page (${css.join(', ')}); pages could probe for Sourcelight`,
    );
  return scripts.map((script) => ({
    ...script,
    js: script.js?.map((file) => (file === GATE_ENTRY ? SCRIPT_FILES.gate : file)),
  }));
}

/** The manifest CRXJS builds from: no content scripts (this plugin builds them). */
export function forCrx<M extends ManifestWithScripts>(manifest: M): M {
  builtScripts(manifest.content_scripts ?? []);
  const { content_scripts: _, ...rest } = manifest;
  return rest as M;
}

/** The plugin; `manifest` is the full manifest (with its content scripts) for this target. */
export function contentScripts(manifest: ManifestWithScripts): Plugin {
  const scripts = builtScripts(manifest.content_scripts ?? []);
  return {
    name: 'sourcelight:content-scripts',
    enforce: 'post',
    apply: 'build',
    async writeBundle(options) {
      const outDir = options.dir as string;
      for (const [entry, file] of CONTENT_SCRIPT_ENTRIES) {
        const result = await build({
          entryPoints: [entry],
          bundle: true,
          format: 'iife',
          write: false,
          minify: true,
          target: 'es2022',
          legalComments: 'none',
          // Characters beyond ASCII as themselves (content scripts are read as UTF-8), not as six-byte \u escapes.
          charset: 'utf8',
          plugins: [jsonWithoutComments],
          define: { __SOURCELIGHT_GATE__: JSON.stringify(gatePattern()) },
        });
        await writeFile(join(outDir, file), result.outputFiles[0]?.text ?? '');
      }
      await copyFile(HIGHLIGHT_STYLES, join(outDir, SCRIPT_FILES.highlights));
      const manifestPath = join(outDir, 'manifest.json');
      const built = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
      if (built.web_accessible_resources) {
        throw new Error(
          `content-scripts: the build made files web-accessible (${JSON.stringify(built.web_accessible_resources)}); pages could probe for Sourcelight`,
        );
      }
      built.content_scripts = scripts;
      await writeFile(manifestPath, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}
