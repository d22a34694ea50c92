/**
 * The content scripts read the browser's own DOM: the server-side DOM the CLI
 * reads HTML with (linkedom, src/cli/read-html.ts) must never enter them, though
 * they share the page reading (src/extension/content/dom/read-page.ts).
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_ENTRIES } from './content-scripts.ts';

const CONTENT_ENTRIES = CONTENT_SCRIPT_ENTRIES.map(([entry]) => entry);

describe('the extension bundle', () => {
  it('has no linkedom, nor anything of the CLI, in any content script', async () => {
    for (const entry of CONTENT_ENTRIES) {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        write: false,
        metafile: true,
        logLevel: 'silent',
        define: { __SOURCELIGHT_GATE__: 'null' },
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs, entry).toContain('src/extension/content/dom/collect-text.ts');
      expect(
        inputs.filter((path) => /node_modules\/(linkedom|htmlparser2)\/|^src\/cli\//.test(path)),
        entry,
      ).toEqual([]);
    }
  }, 60_000);
});
