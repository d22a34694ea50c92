/** Where Debian puts the system browsers every script and test uses (nothing downloads a browser). */
export const CHROMIUM_PATH = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr';

/** Flags that keep Chromium quiet and offline-deterministic on a machine with a closed network. */
export const CHROMIUM_HYGIENE = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
