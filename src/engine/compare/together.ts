/**
 * Several of the story's people (or agencies) named together as playing one
 * part ("Evans and Police Chief David Smith spoke to reporters"): the clause is
 * about an event where every one of them played it. Each may take part in many
 * events; together, in that part, they name few. Used only when the clause's
 * verb names the part and at least two named participants played it; more
 * than three such events link nothing. Nothing here knows a story.
 */
import type { IndexedEvent } from './story-record.ts';

/** Most events a clause is linked to this way: any more and the names say too little. */
const MAX_EVENTS = 3;

export function eventsTogether(
  events: readonly IndexedEvent[],
  named: ReadonlySet<string>,
  roles: readonly string[],
): IndexedEvent[] {
  if (!roles.length) return [];
  const who = [...named].filter((c) =>
    events.some((e) => e.participants.some((p) => p.canon === c && roles.includes(p.role))),
  );
  if (who.length < 2) return [];
  const together = events.filter((e) =>
    who.every((c) => e.participants.some((p) => p.canon === c && roles.includes(p.role))),
  );
  return together.length <= MAX_EVENTS ? together : [];
}
