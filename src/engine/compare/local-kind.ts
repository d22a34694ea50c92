/**
 * A local body the world does not list, named for a known place ("the Kells
 * County Sheriff's Office"), of another kind than every recorded agency it is
 * compared with (a sheriff's office where the record has a city's police
 * department): another body, even when its place contains the recorded one's.
 * The kinds are the world file's agencyKinds; a body of the same kind, or any
 * recorded agency whose kind the world cannot tell, leaves it undecided.
 */
import type { StoryRecord } from './story-record.ts';

/** The page agency's kind name when it differs from every recorded agency's; else null. */
export function otherLocalKind(
  record: StoryRecord,
  name: string,
  recorded: readonly string[],
  placeKnown: (prefix: string) => boolean,
  openList = false,
): string | null {
  const world = record.world;
  const kind = world?.agencyKindOf(name);
  if (!world || !kind || !recorded.length) return null;
  const folded = name.toLowerCase();
  // "the State Police" alone, where every recorded agency is of another level (federal, local): another body, the
  // story's state's.
  if (
    kind.level === 'state' &&
    kind.terms.some((t) => t.toLowerCase() === folded.replace(/^the\s+/, ''))
  ) {
    const levels = recorded.map((r) =>
      r.startsWith('w:') ? world.agency(r.slice(2))?.level : undefined,
    );
    // Not where the record leaves who was there open ("area law enforcement" at a meeting): it may have been among them.
    return !openList && levels.every((l) => l !== undefined && l !== 'state') ? kind.name : null;
  }
  const term = kind.terms.map((t) => t.toLowerCase()).find((t) => folded.endsWith(` ${t}`));
  if (!term || !placeKnown(name.slice(0, name.length - term.length).trim())) return null;
  const kinds = recorded.map((r) => world.agencyKindOf(record.nameOf(r)));
  if (kinds.some((k) => k === undefined || k.id === kind.id)) return null;
  return kind.name;
}
