/**
 * "Evans held a press conference on Thursday and said the officers broke the
 * rules": a day written before the speech verb, in a clause whose every linked
 * event is named before that verb too, is the day of that event, not a day of
 * what was said. Such a day is compared with the event as in a clause without
 * speech; any other day in a speech clause may be one the speaker talked about.
 * A press appearance told before the verb without the event's word ("Evans and
 * Smith went before reporters on Thursday and said …"; press-appearance.ts)
 * frames the day the same way when every linked event is a press event.
 */
import { foldText } from '../normalize.ts';
import { namesInPresent } from '../read/present-tense.ts';
import type { Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { isPressEvent, tellsPressAppearance } from './press-appearance.ts';
import type { IndexedEvent } from './story-record.ts';

export function dayOfNamedEvent(
  ctx: { sentence: string; speechAt: number; events: readonly IndexedEvent[] },
  m: Mention,
): boolean {
  if (ctx.speechAt === -1 || m.end > ctx.speechAt || !ctx.events.length) return false;
  const said = ctx.sentence.slice(0, ctx.speechAt);
  if (ctx.events.every(isPressEvent) && tellsPressAppearance(said)) return true;
  const before = foldText(said);
  return ctx.events.every((e) =>
    e.words.some((w) => findTerm(before, w) !== -1 || namesInPresent(before, w, findTerm)),
  );
}
