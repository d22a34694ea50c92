/**
 * Entry of content.js, the gate on every http(s) page: asks for the engine
 * once the article's text may retell a story of the embedded pack (the
 * build-time prefilter pattern), now or after a later change. The whole
 * sequence, from this gate to the annotated page, is told in README.md here.
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
