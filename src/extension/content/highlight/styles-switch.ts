/**
 * The highlights' stylesheet follows the findings drawn: the engine asks the
 * background to insert it when the page first has findings on show and to
 * remove it when they are gone (the site turned off, no story, the engine
 * standing down), so a page Sourcelight does not annotate has none of its
 * styles. Requests go out only on a change, one after another, so they land
 * in the order they were made.
 */
import { createSerialQueue } from '../../shared/serial-queue.ts';

export type StylesSwitch = (on: boolean) => void;

export function createStylesSwitch(send: (on: boolean) => Promise<void>): StylesSwitch {
  let on = false;
  const queue = createSerialQueue();
  return (next) => {
    if (next === on) return;
    on = next;
    // An extension gone from under the page cannot answer: its page is being cleaned up anyway.
    queue(() => send(next)).catch(() => undefined);
  };
}
