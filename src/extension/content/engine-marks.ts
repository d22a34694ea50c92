/**
 * Marks on the content scripts' own global (a world of their own, which the
 * page's scripts never see) that tie the gates and the injected engine to
 * one document: a gate marks that it asked for the engine (so a second gate
 * does not ask again), and the engine starts only in a document whose gate
 * asked, once, however often it is injected. A document the frame navigated
 * to after asking has no mark, so an engine injected there does nothing.
 */
export const REQUESTED = Symbol.for('sourcelight.engine-requested');
export const STARTED = Symbol.for('sourcelight.engine-started');

export type Marks = { [REQUESTED]?: true; [STARTED]?: true };
export const marks = (): Marks => globalThis as Marks;
