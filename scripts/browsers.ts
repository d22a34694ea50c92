import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian puts the system browsers every script and test uses (nothing downloads a browser). */
export const CHROMIUM_PATH = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr';

/** One line saying which browser is missing where, and the variable that points elsewhere; null when it is there. */
export function missingBrowser(browser: 'chromium' | 'firefox'): string | null {
  const [path, variable, name] =
    browser === 'chromium'
      ? [CHROMIUM_PATH, 'SOURCELIGHT_CHROMIUM', 'Chromium']
      : [FIREFOX_PATH, 'SOURCELIGHT_FIREFOX', 'Firefox'];
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile()
      ? null
      : `${path} is not a ${name} executable: set ${variable} to the path of one.`;
  } catch {
    return `No ${name} at ${path}: install it there, or set ${variable} to the path of a ${name} executable.`;
  }
}

/** Flags that keep Chromium quiet and offline-deterministic on a machine with a closed network. */
export const CHROMIUM_HYGIENE = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
