/**
 * A town named in a clause the comparison does not judge because of its mood ("The Utica statement should be
 * credited to …", "Buffalo officers could have answered the call"): the clause still names the place, so a town the
 * world file knows that is none of the story's places, nor inside or around one of them (or an agency the world file
 * knows that is none of the story's, nor within or above one: "In the chief's words, the DEA “should be …”"), keeps the sentence from
 * being green (unconfirmed, never a conflict: what is wished or supposed may be elsewhere). Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { StoryRecord } from './story-record.ts';

/** The towns and agencies of a conditional clause that the story's own do not account for. */
export function modalPlaces(
  clauses: readonly Clause[],
  record: StoryRecord,
  skip: (m: Mention) => boolean,
): Mention[] {
  const story = [...record.storyCanons];
  // A town inside the story's state is not accounted for by the state (another town of it is elsewhere).
  const isState = (s: string) =>
    record.gazetteer.lookup(record.nameOf(s)).some((g) => g.id === s && g.kind === 'state');
  const related = (id: string) =>
    story.some(
      (s) =>
        s === id || record.ancestors(s).has(id) || (record.ancestors(id).has(s) && !isState(s)),
    );
  const above = (id: string) => story.some((s) => s === id || record.ancestors(s).has(id));
  return clauses
    .filter((c) => c.stance === 'conditional')
    .flatMap((c) =>
      c.mentions.filter((m) => {
        if (
          (m.type !== 'place' && m.type !== 'agency') ||
          m.negated ||
          skip(m) ||
          !/^\p{Lu}/u.test(m.text)
        )
          return false;
        const ids = record.gazetteer
          .lookup(m.value.name)
          .filter((g) => g.kind === m.type)
          .map((g) => g.id);
        // An agency within one of the story's (the Marshals within the Justice Department) is more precise than it can confirm.
        return ids.length > 0 && !ids.some(m.type === 'agency' ? above : related);
      }),
    );
}
