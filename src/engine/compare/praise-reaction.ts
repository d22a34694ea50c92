/**
 * A word of praise or thanks ("thanked the officers", "praised the union") told of someone the record has judging
 * that party favourably at a linked event (an event's `reactions`, polarity `for`): the outcome is the record's
 * reaction, not an outcome it lacks. The one who praised is a person named before the word; the one praised, right
 * after it, is a party the reaction is toward (by name or role noun) or one of the nouns its members go by ("the
 * officers"). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { canonsNamed, type CompareContext } from './value-result.ts';
import { partiesIn } from './reaction-turned.ts';

/** How far after the word the one praised may begin ("thanked all ten of the officers"). */
const OBJECT_GAP = 25;

/** Whether a linked event has the praise the outcome tells of, by the one the clause names before it. */
export function praiseRecorded(ctx: CompareContext, m: Mention & { type: 'outcome' }): boolean {
  if (m.value.kind !== 'praised' || m.negated) return false;
  const reactions = ctx.events.flatMap((e) =>
    (e.reactions ?? []).filter((r) => r.polarity === 'for'),
  );
  if (!reactions.length) return false;
  const people = new Set(
    ctx.mentions.flatMap((x) =>
      x.type === 'person' && !x.negated && x.end <= m.start
        ? canonsNamed(ctx, x.value.name, ['person'])
        : [],
    ),
  );
  if (!people.size) return false;
  const after = ` ${foldText(ctx.sentence.slice(m.end, m.end + OBJECT_GAP + 40))}`;
  const near = (at: number) => at !== -1 && at <= OBJECT_GAP;
  return reactions.some(
    (r) =>
      [...r.holders].some((h) => people.has(h)) &&
      ((r.members ?? []).some((n) => near(findTerm(after, n))) ||
        partiesIn(after, r.parties).some((f) => r.toward.has(f.canon) && near(f.start))),
  );
}
