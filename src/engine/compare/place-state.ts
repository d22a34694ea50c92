/**
 * "City, State" where the city is one of the story's own places and the
 * state is not the one it lies in ("Tucson, New Mexico" in a story about
 * Tucson, Arizona), or a town of the pack's own that lies within a state the
 * world knows: no event link needed. A place the world knows by that name in
 * the page's state (another Rochester) is fine.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { perRecord } from './per-record.ts';

interface PlaceStateConflict {
  comparison: Comparison;
  explanation: string;
  state: Mention;
}

/** Every place an event of the record happened at. */
const placesOfEvents = perRecord(
  (record): ReadonlySet<string> => new Set(record.events.flatMap((e) => e.places)),
);

export function placeStateConflicts(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
): PlaceStateConflict[] {
  const world = record.world;
  if (!world) return [];
  const eventPlaces = placesOfEvents(record);
  const out: PlaceStateConflict[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const place = mentions[i] as Mention;
    const state = mentions[i + 1] as Mention;
    if (place.type !== 'place' || state.type !== 'state' || state.negated || place.negated)
      continue;
    if (!/^\s*,\s*$/.test(sentence.slice(place.end, state.start))) continue;
    const pageState = world.stateNamed(state.value.name);
    if (!pageState) continue;
    const found = record.gazetteer
      .lookup(place.value.name)
      .filter((g) => g.kind === 'place' && eventPlaces.has(g.id));
    const ours = found
      .filter((g) => g.id.startsWith('w:'))
      .flatMap((g) => world.place(g.id.slice(2)) ?? []);
    // A town of the pack's own (one the world file does not know), within a state the world file knows ("Tamarack Bend", within Minnesota).
    const packStates = found
      .filter((g) => !g.id.startsWith('w:'))
      .flatMap((g) =>
        [...record.ancestors(g.id)].flatMap((a) =>
          a.startsWith('w:') && world.state(a.slice(2)) ? [a.slice(2)] : [],
        ),
      );
    const stateIds = [...ours.map((p) => p.state), ...packStates];
    if (!stateIds.length || stateIds.includes(pageState.id)) continue;
    if (world.placesNamed(place.value.name).some((p) => p.state === pageState.id)) continue;
    const states = [...new Set(stateIds.map((id) => world.state(id)?.name ?? id))].join(' or ');
    out.push({
      state,
      comparison: { slot: 'state', page: state.text, record: states },
      explanation: `${place.text}, where the record places it, is in ${states}, not ${state.text}.`,
    });
  }
  return out;
}
