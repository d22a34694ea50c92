/**
 * The engine's entry (engine.js): the background injects it with
 * `scripting.executeScript` into a frame whose gate passed (a page that may
 * retell a known story). It starts annotate.ts only in a document whose gate
 * asked for it, and only once (engine-marks.ts).
 */
import { start } from './annotate.ts';
import { marks, REQUESTED, STARTED } from './engine-marks.ts';

const scope = marks();
if (scope[REQUESTED] && !scope[STARTED]) {
  scope[STARTED] = true;
  void start();
}
