import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageExtension } from './package.ts';
import { readZip } from './zip-entries.ts';

// npm test builds before it runs the unit tests; run alone without a build, this says so and skips.
const built = existsSync('dist/chrome/manifest.json') && existsSync('dist/firefox/manifest.json');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const inGit =
  spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() ===
  'true';
// Made inside the test, so that a skipped run leaves no folder behind (a skipped file runs no afterAll).
let out = '';
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('npm run package', () => {
  it.skipIf(!built)(
    "writes both store zips with package.json's version, and a source archive to rebuild them from (skipped when dist is not built)",
    () => {
      out = mkdtempSync(join(tmpdir(), 'sourcelight-package-'));
      const { extensions, source } = packageExtension(out);
      expect(extensions.map((file) => file.slice(out.length + 1))).toEqual([
        `sourcelight-chrome-${version}.zip`,
        `sourcelight-firefox-${version}.zip`,
      ]);
      for (const file of extensions) {
        const manifest = JSON.parse(readZip(file).read('manifest.json').toString('utf8')) as {
          version: string;
        };
        expect(manifest.version, file).toBe(version);
      }

      // In an unpacked source archive (no git), there is no source archive to write: the zips alone are checked.
      if (!inGit) return expect(source).toBeNull();
      expect(source).toBe(join(out, `sourcelight-source-${version}.zip`));
      const names = readZip(source as string).names.map((name) =>
        name.replace(`sourcelight-${version}/`, ''),
      );
      for (const needed of [
        'package.json',
        'package-lock.json',
        'manifest.json',
        'vite.config.ts',
        'README.md',
        'src/extension/content/gate-entry.ts',
        'scripts/content-scripts.ts',
        'packs/sourcelight-core.json',
        'public/_locales/en/messages.json',
      ]) {
        expect(names, needed).toContain(needed);
      }
      expect(names.filter((name) => /^(node_modules|dist|artifacts)\//.test(name))).toEqual([]);
    },
    120_000,
  );
});
