/**
 * The engine's entry (engine.js): the background injects it with
 * `scripting.executeScript` into a frame whose gate passed (a page that may
 * retell a known story). It can be injected more than once (two gates, a
 * repeated request); the mark below, on the content scripts' own global
 * (which the page's scripts never see), starts it once per document.
 */
import { start } from './annotate.ts';

const STARTED = Symbol.for('sourcelight.engine');
const scope = globalThis as { [STARTED]?: true };
if (!scope[STARTED]) {
  scope[STARTED] = true;
  void start();
}
