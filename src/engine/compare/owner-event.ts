/**
 * An event word owned by a person ("Ortt's visit", "Smith's statement"): when the person is one of the story's
 * people and takes no part in an event the word names, while other people of the record do, the word is not that
 * event's here; it names the owner's own event. `ownerEvents` returns the events a clause's words name that such an owner rules out, and the owner's own
 * events (those they take part in) to read the clause against instead. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { findTerm } from '../terms.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A capitalised name of one to three words with a possessive, and up to three words after it (the owned noun phrase). */
const OWNED =
  /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['\u2019]s?\s+((?:[\p{L}-]+\s*){1,3})/gu;

interface Owned {
  /** Events the words name that belong to someone else than the owner. */
  others: IndexedEvent[];
  /** The owners' own events. */
  theirs: IndexedEvent[];
}

export function ownerEvents(
  text: string,
  record: StoryRecord,
  named: readonly IndexedEvent[],
): Owned {
  const others = new Set<IndexedEvent>();
  const owners = new Set<string>();
  for (const m of text.matchAll(OWNED)) {
    // A surname may be known only to the world file; the full names it stands for find the story's entity too.
    const people = record.gazetteer.lookup(m[1] as string).filter((g) => g.kind === 'person');
    const ids = new Set(
      people.flatMap((g) => [
        g.id,
        ...g.names.slice(0, 1).flatMap((n) =>
          record.gazetteer
            .lookup(n)
            .filter((x) => x.kind === 'person')
            .map((x) => x.id),
        ),
      ]),
    );
    if (!ids.size) continue;
    const phrase = foldText(m[2] as string);
    for (const e of named) {
      if (!e.words.some((w) => findTerm(phrase, foldText(w)) !== -1)) continue;
      // An event that records no person ("the executive orders") may be anyone's the page names; one that records
      // others ("Homan visits …") is theirs.
      if (
        e.participants.some((p) => ids.has(p.canon)) ||
        !e.participants.some((p) => record.people.has(p.canon))
      )
        continue;
      others.add(e);
      ids.forEach((id) => owners.add(id));
    }
  }
  const theirs = owners.size
    ? record.events.filter((e) => !others.has(e) && e.participants.some((p) => owners.has(p.canon)))
    : [];
  return { others: [...others], theirs };
}
