/**
 * Content-script entry, on every http(s) page. It stays as small as it can:
 * one native pattern over the article's text (built from the embedded pack's
 * required recognition terms at build time) tells whether the page can
 * retell a known story at all. Only then is the engine loaded (engine.js,
 * which also answers the popup). Pages that change later (single-page apps,
 * infinite scroll) are checked again, debounced. A page that fails the check
 * costs no extension API at all (not even a message listener: the popup
 * tells such a page by its address).
 *
 * The build (scripts/content-scripts.ts) bundles this file on its own as a
 * classic script, so unrelated pages pay for no module loading at all. A
 * page that passes asks the background to inject the engine (engine.js):
 * no file of the extension is web-accessible, so no page can probe for it.
 * Subscribed packs have their own gate (feeds-gate-entry.ts), registered only while
 * one is in use.
 */
import { whenPageMayMatch } from './dom/gate.ts';
import { requestEngine } from './request-engine.ts';

/** Set by the build: the prefilter over every required term of the embedded pack (null: analyse every page). */
declare const __SOURCELIGHT_GATE__: string | null;

whenPageMayMatch(
  document,
  __SOURCELIGHT_GATE__ === null ? null : new RegExp(__SOURCELIGHT_GATE__),
  requestEngine,
);
