/**
 * "The agents there were from X and Y", "The officers on scene were with X": who the people at the scene the sentence
 * before told of were, said by the bodies they came from. The words name no event of their own; the scene is the one
 * event the sentence right before links. The sentence is read again with the scene named ("the agents at the <event's
 * word> were from …"), so that its bodies are compared with that event's record as any named scene's are
 * (what-came-before.ts takes only a conflict). Nothing here knows a story.
 */
import type { IndexedEvent } from './story-record.ts';

/** "The agents there were from", "The officers on scene were all with": group 1 the words pointing at the scene. */
const THERE =
  /^\s*The\s+(?:federal\s+|immigration\s+|other\s+)?(?:agents|officers|officials|men|people)\s+(there|on\s+(?:the\s+)?scene|at\s+the\s+scene|involved)\s+(?:were|was)\s+(?:all\s+|both\s+)?(?:from|with)\s/i;

/** Whether the sentence opens on the people at a scene told before (cheap: most sentences fail at once). */
export const opensOnDoersThere = (sentence: string): boolean => THERE.test(sentence);

/**
 * The sentence with the scene named by the one event's first word ("The agents at the traffic stop were from …"), or
 * null when the sentence is of another shape or the sentence before links no one event with a word to name it by.
 */
export function withSceneNamed(sentence: string, events: readonly IndexedEvent[]): string | null {
  const m = THERE.exec(sentence);
  if (!m || events.length !== 1) return null;
  const word = events[0]!.words[0];
  if (!word) return null;
  const at = m.index + m[0].indexOf(` ${m[1]!} `) + 1;
  return `${sentence.slice(0, at)}at the ${word}${sentence.slice(at + m[1]!.length)}`;
}
