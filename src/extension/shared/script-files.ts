/**
 * The content scripts the build writes as classic scripts at the extension's
 * root (scripts/content-scripts.ts), and the highlights' stylesheet beside
 * them, named here once for the build, the manifest and the background.
 * None is web-accessible.
 */
export const SCRIPT_FILES = {
  /** The gate on every http(s) page (manifest content script). */
  gate: 'content.js',
  /** The subscribed packs' gate, registered by the background only while a subscribed pack is in use. */
  feedsGate: 'feeds-gate.js',
  /** The engine, packs, annotations and cards: injected by the background into a page a gate let through. */
  engine: 'engine.js',
  /**
   * The highlights' styles: inserted by the background (`scripting.insertCSS`) into a page only while the engine
   * draws findings there, and removed with them, so no other page can see them (src/extension/content/highlights.css).
   */
  highlights: 'highlights.css',
} as const;
