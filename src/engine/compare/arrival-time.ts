/**
 * "The first supervisor reached the scene at a quarter to seven and called off
 * the emergency response": a clock time right after a verb of arriving is the
 * time the verb's subject arrived. When the words before the verb name some of
 * the linked events (their own words: "supervisor"), the time is compared with
 * those events only, not with every event the rest of the clause names (the
 * emergency response that had begun earlier). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { IndexedEvent } from './story-record.ts';

/** A verb of arriving, up to where its time may begin. */
export const ARRIVED =
  /\b(?:arriv(?:ed|es|ing)|reach(?:ed|es|ing)\s+(?:the\s+)?(?:scene|site|spot|location|van|vehicle)|got\s+(?:there|to\s+the\s+scene)|show(?:ed|s)\s+up|pull(?:ed|s)\s+up|roll(?:ed|s)\s+up|turn(?:ed|s)\s+up)\b(?:\s+(?:on|at)\s+(?:the\s+)?scene)?\s*$/i;

/** Words that may stand between the verb and the time ("arrived at about", "reached the scene shortly after"). */
export const BETWEEN =
  /(?:\s+(?:at|around|about|roughly|approximately|just|shortly|after|before|by|sometime))*\s*$/i;

/** The linked events whose words the arrival's subject uses, when the time follows a verb of arriving; else null. */
export function arrivalEvents(
  sentence: string,
  clauseStart: number,
  m: Mention & { type: 'time-of-day' },
  events: readonly IndexedEvent[],
): IndexedEvent[] | null {
  if (events.length < 2) return null;
  const before = sentence.slice(clauseStart, m.start).replace(BETWEEN, '');
  const verb = ARRIVED.exec(before);
  if (!verb) return null;
  const subject = foldText(before.slice(0, verb.index));
  const named = events.filter((e) => e.words.some((w) => findTerm(subject, w) !== -1));
  return named.length && named.length < events.length && named.every((e) => e.event.time)
    ? named
    : null;
}
