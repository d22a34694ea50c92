/**
 * The CLI as a released package: what `npm pack` ships, installed with production
 * dependencies only (no tsx, no esbuild), runs. vitest.global-setup.ts builds dist/cli first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-install-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a production install of the CLI', () => {
  it('runs `sourcelight --version` and `sourcelight analyze` without any development dependency', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as [{ files: { path: string }[] }];
    const shipped = pack.files.map((f) => f.path);
    expect(shipped).toEqual(
      expect.arrayContaining(['package.json', 'bin/sourcelight.mjs', 'dist/cli/sourcelight.mjs']),
    );
    expect(shipped.filter((p) => p.startsWith('src/'))).toEqual([]);
    for (const path of [...shipped, 'package-lock.json']) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      copyFileSync(path, join(dir, path));
    }
    copyFileSync('demo/pages/rochester-rewrite.html', join(dir, 'page.html'));
    execFileSync(
      'npm',
      ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(existsSync(join(dir, 'node_modules/linkedom'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/esbuild'))).toBe(false);

    const sourcelight = (...args: string[]) =>
      execFileSync('node', ['bin/sourcelight.mjs', ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(sourcelight('--version').trim()).toBe(version);
    expect(sourcelight('analyze', 'page.html')).toContain(
      'Rochester police answer a Border Patrol call for backup (March 2025)',
    );
    expect(JSON.parse(sourcelight('analyze', '--json', 'page.html')).stories[0].id).toBe(
      'rochester-border-patrol-backup-2025',
    );
  }, 180_000);
});
