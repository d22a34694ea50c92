/**
 * Entry of engine.js, the bundle the background injects into a frame whose
 * gate passed: it starts the content app only in a document whose gate asked
 * for the engine, and only once however often it is injected (engine-marks.ts).
 */
import { createContentApp } from './content-app.ts';
import { marks, REQUESTED, STARTED } from './engine-marks.ts';

const scope = marks();
if (scope[REQUESTED] && !scope[STARTED]) {
  scope[STARTED] = true;
  void createContentApp(document).start();
}
