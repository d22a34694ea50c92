/**
 * `npm start` before it builds or launches anything: a missing browser and a busy
 * port. Neither test builds the extension or starts a browser (the missing browser
 * stops the script first).
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';

const start = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
    timeout: 30_000,
  });

describe('npm start', () => {
  it('names the missing browser and the variable to set, in one line, and exits non-zero', () => {
    const chromium = start({ SOURCELIGHT_CHROMIUM: '/nowhere/chromium' });
    expect(chromium.status).toBe(1);
    expect(chromium.stderr.trim()).toBe(
      'No Chromium at /nowhere/chromium: install it there, or set SOURCELIGHT_CHROMIUM to the path of a Chromium executable.',
    );
    expect(chromium.stdout).not.toContain('Building');
    const firefox = start({ SOURCELIGHT_FIREFOX: '/nowhere/firefox' }, '--browser', 'firefox');
    expect(firefox.status).toBe(1);
    expect(firefox.stderr.trim()).toBe(
      'No Firefox at /nowhere/firefox: install it there, or set SOURCELIGHT_FIREFOX to the path of a Firefox executable.',
    );
  }, 60_000);

  it('says which port it used when 4517 is busy', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => {
      blocker.once('error', () => resolve()); // already busy (another `npm start`): busy is all this test needs
      blocker.listen(4517, '127.0.0.1', resolve);
    });
    try {
      const result = start({ SOURCELIGHT_CHROMIUM: '/nowhere/chromium' });
      const port = /Port 4517 is in use, so the demo pages are on port (\d+) instead\./.exec(
        result.stdout,
      )?.[1];
      expect(port, result.stdout).toBeDefined();
      expect(result.stdout).toContain(`Demo pages: http://127.0.0.1:${port}/`);
      expect(port).not.toBe('4517');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 60_000);
});
