/**
 * Agencies and places of the events a clause is about: the story's scene and its agencies, an agency
 * the page puts at the scene, a local agency named for a place elsewhere.
 */
import type { Mention } from '../read/types.ts';
import { listNames } from './record-values.ts';
import { incidentEvents } from './scene-count.ts';
import { isStrangerAgency } from './stranger-agency.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import {
  canonsNamed,
  isProperName,
  unconfirmedOf,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';

/** "… agents on scene", "… officers at the scene": the words right after an agency that put it at the scene. */
export const AT_SCENE =
  /^\s*(?:agents?|officers?|personnel|troopers?|deputies|units?)?\s*(?:on|at)\s+(?:the\s+)?scene\b/i;

/**
 * An agency the page puts at the scene, compared with the agencies of the
 * story's scene (its events on a street of the record); undefined when the
 * words do not put it there or the story has no street-level scene.
 */
export function onScene(
  record: StoryRecord,
  sentence: string,
  m: Mention & { type: 'agency' },
): Exclude<ValueResult, { status: 'agrees' }> | null | undefined {
  if (!AT_SCENE.test(sentence.slice(m.end, m.end + 40)) || !isProperName(m.text)) return undefined;
  // The scene: the incident's events (scene-count.ts), not a later visit.
  const scene = agenciesOf(record, incidentEvents(record));
  if (!scene.length) return undefined;
  const page = record.gazetteer
    .lookup(m.value.name)
    .filter((g) => g.kind === 'agency')
    .map((g) => g.id);
  const names = listNames(scene.map(record.nameOf));
  // A named body no one knows, sharing no word with the story's names ("Erie County Sheriff's Office"): another agency.
  if (!page.length)
    return isStrangerAgency(record, m.value.name)
      ? {
          status: 'conflict',
          comparison: { slot: 'agency', page: m.text, record: names },
          explanation: `The record has ${names} at the scene, not ${m.text}.`,
        }
      : unconfirmedOf('agency', m.text, names);
  if (page.some((a) => scene.includes(a))) return null;
  if (page.some((a) => scene.some((r) => record.ancestors(r).has(a)))) {
    return {
      status: 'imprecise',
      comparison: { slot: 'agency', page: m.text, record: names },
      explanation: `The record has ${names} at the scene; ${m.text} is the larger body one of them belongs to, which is imprecise.`,
    };
  }
  if (page.some((a) => scene.some((r) => record.ancestors(a).has(r))))
    return unconfirmedOf('agency', m.text, names);
  return {
    status: 'conflict',
    comparison: { slot: 'agency', page: m.text, record: names },
    explanation: `The record has ${names} at the scene, not ${m.text}.`,
  };
}

/**
 * A local or state agency the world file does not list, named for a place
 * ("Michigan State Police", "Boston Police Department"): when that place is
 * known and is neither one of the events' places nor around or inside them,
 * it is another agency. Returns the place's name, or null.
 */
/** "<Town> police" with no kind word ("Utica police"); the town is the group. */
const TOWN_POLICE = /^(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2})\s+police$/u;

export function localAgencyElsewhere(ctx: CompareContext, name: string): string | null {
  const world = ctx.record.world;
  const kind = world?.agencyKindOf(name);
  const places = placesOf(ctx);
  if (!places.length) return null;
  const folded = name.toLowerCase();
  // "Utica police": a town's police by the town's name alone (a town, not a state: "Ohio police" may be any).
  const bare = kind ? undefined : TOWN_POLICE.exec(name)?.[1];
  const term =
    bare !== undefined
      ? folded.slice(bare.length).trim()
      : kind?.terms.map((t) => t.toLowerCase()).find((t) => folded.endsWith(` ${t}`));
  if (!term) return null;
  const prefix = name.slice(0, name.length - term.length).trim();
  // "Dunmore police" for the story's own Dunmore Police Department is that department, wherever the event was.
  if (
    bare !== undefined &&
    [...ctx.record.storyCanons].some((c) =>
      ctx.record.nameOf(c).toLowerCase().startsWith(`${prefix.toLowerCase()} police`),
    )
  )
    return null;
  const where = canonsNamed(ctx, prefix, bare !== undefined ? ['place'] : ['place', 'state']);
  if (!where.length || placeRelation(ctx, where, places)) return null;
  return prefix;
}

export function isAgencyCanon(record: StoryRecord, canon: string): boolean {
  return record.gazetteer
    .lookup(record.nameOf(canon))
    .some((g) => g.id === canon && g.kind === 'agency');
}

export function agenciesOf(record: StoryRecord, events: readonly IndexedEvent[]): string[] {
  return [
    ...new Set(
      events.flatMap((e) =>
        e.participants.filter((p) => isAgencyCanon(record, p.canon)).map((p) => p.canon),
      ),
    ),
  ];
}

/** Two events on the same day at a shared place. */
export const sameScene = (a: IndexedEvent, b: IndexedEvent) =>
  a.event.date === b.event.date && a.places.some((p) => b.places.includes(p));

export function placesOf(ctx: CompareContext): string[] {
  return ctx.events.flatMap((e) => e.places);
}

/** The page's place agrees when it is a recorded place, lies within one, or holds one. */
export function placeRelation(
  ctx: CompareContext,
  page: readonly string[],
  places: readonly string[],
): boolean {
  return page.some((p) =>
    places.some((r) => p === r || ctx.record.ancestors(r).has(p) || ctx.record.ancestors(p).has(r)),
  );
}
