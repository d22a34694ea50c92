/**
 * A start of helping federal agents ("would begin assisting federal agents going forward", "will start
 * working with federal officers") given to holders whose record says, outright and for the future, that they
 * have not taken and will not take part in immigration enforcement (an `immigration-enforcement` commitment
 * with `does: false`, `outright: true`, in the pack), when the sentence or the one before it speaks of
 * immigration enforcement: in that frame the help started is help with enforcement, the record's opposite.
 * Without the frame (help with anything else), or against a record that limits its refusal to some cases,
 * nothing is said. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { StoryRecord } from './story-record.ts';

type Held = {
  c: StoryRecord['events'][number]['commitments'][number];
  e: StoryRecord['events'][number];
};

export function startAgainstNever(
  m: Mention & { type: 'commitment' },
  theirs: readonly Held[],
  named: ReadonlySet<string>,
  enforcementFrame: boolean,
): Held | undefined {
  if (
    !enforcementFrame ||
    m.value.action !== 'federal-cooperation' ||
    !m.value.starts ||
    !m.value.does ||
    m.value.time !== 'future' ||
    m.value.scope !== undefined
  )
    return undefined;
  const held = theirs.filter(
    ({ c }) =>
      c.action === 'immigration-enforcement' &&
      c.outright === true &&
      [...named].every((n) => c.holders.has(n)) &&
      c.times.has('future'),
  );
  return held.length && held.every(({ c }) => !c.does) ? held[0] : undefined;
}
