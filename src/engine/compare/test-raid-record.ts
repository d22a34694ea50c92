/** The invented story with people and events added, as a record or a pack, and events several tests add to it. */
import { parsePack } from '../../pack/parse-pack.ts';
import type { ClaimPack, Entity, StoryEvent } from '../../pack/schema.ts';
import type { WorldIndex } from '../../world/world-index.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

/** The record of the invented story on the invented world, with `central` as its central events where given. */
export function raidRecord(central?: string[]): StoryRecord {
  const story = raidPack().stories[0]!;
  return buildStoryRecord(
    central ? { ...story, recognition: { ...story.recognition, events: central } } : story,
    westmark(),
  );
}

/** The record of the invented story with `events` and `entities` added, on the invented world (not parsed again). */
export function raidRecordWith(events: StoryEvent[], entities: Entity[] = []): StoryRecord {
  const base = raidPack().stories[0]!;
  return buildStoryRecord(
    {
      ...base,
      entities: [...(base.entities ?? []), ...entities],
      events: [...(base.events ?? []), ...events],
    },
    westmark(),
  );
}

/** `pack` with `events` and `entities` added to its first story, parsed again. */
export function packWith(pack: ClaimPack, events: unknown[], entities: unknown[] = []): ClaimPack {
  const p = JSON.parse(JSON.stringify(pack)) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  p.stories[0]!.entities.push(...entities);
  p.stories[0]!.events.push(...events);
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

/**
 * The record of the invented story with the Westmark Justice Office's suit
 * against Port Alder of 2 July 2024, brought in `court`, on `world`.
 */
export function suitRecordIn(
  court: Record<string, unknown>,
  world: WorldIndex = westmark(),
): StoryRecord {
  const suit = {
    id: 'suit',
    label: 'The Westmark Justice Office sues Port Alder',
    words: ['sued', 'lawsuit', 'suit'],
    date: '2024-07-02',
    participants: [{ role: 'acted', entities: ['justice-office'] }],
    outcomes: [{ kind: 'sued' }],
    legal: { court, defendants: ['port-alder'], defendantsStatement: 'the city of Port Alder' },
    sources: ['ledger'],
    confidence: 'high',
  };
  const pack = packWith(
    raidPack(),
    [suit],
    [{ id: 'justice-office', kind: 'agency', name: 'Westmark Justice Office' }],
  );
  return buildStoryRecord(pack.stories[0]!, world);
}

/** Orla Penn, a state harbour inspector: a person of no event yet. */
export const ORLA_PENN: Entity = {
  id: 'orla-penn',
  kind: 'person',
  name: 'Orla Penn',
  role: 'State harbour inspector',
};

/** Protesters marching to city hall on Tuesday 18 June 2024, a week after the raid. */
export const PROTEST_MARCH: StoryEvent = {
  id: 'march',
  label: 'Protesters march to city hall',
  words: ['protesters', 'marched'],
  date: '2024-06-18',
  sources: ['ledger'],
  confidence: 'high',
};

/** A council hearing on the raid on Tuesday 9 July 2024, four weeks after it, with no one recorded speaking. */
export const COUNCIL_HEARING: StoryEvent = {
  id: 'hearing',
  label: 'Council hearing on the raid',
  words: ['hearing'],
  date: '2024-07-09',
  sources: ['ledger'],
  confidence: 'high',
};

/** COUNCIL_HEARING where Mayor Ida Marsh spoke. */
export const MARSH_AT_HEARING: StoryEvent = {
  ...COUNCIL_HEARING,
  participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
};

/** A harbor levy signed on 1 March 2022 (Pat Vane, its signer, is council minority leader from January 2022). */
export const HARBOR_LEVY = {
  id: 'levy',
  label: 'The harbor levy is signed',
  words: ['harbor levy'],
  date: '2022-03-01',
  sources: ['ledger'],
  confidence: 'high',
};

/** Mayor Ida Marsh's written statement on the raid, Friday 14 June 2024. */
export const MARSH_WRITTEN_STATEMENT = {
  id: 'marsh-statement',
  label: 'Mayor Ida Marsh issues a written statement on the raid',
  words: ['written statement'],
  date: '2024-06-14',
  participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
  sources: ['ledger'],
  confidence: 'high',
};

/** The Alder Ledger printing MARSH_WRITTEN_STATEMENT on Sunday 16 June 2024. */
export const LEDGER_PRINTS_STATEMENT = {
  id: 'ledger-statement',
  label: "The Alder Ledger prints the mayor's statement",
  words: ['statement in full'],
  date: '2024-06-16',
  participants: [{ role: 'reported', entities: ['alder-ledger'] }],
  sources: ['ledger'],
  confidence: 'high',
};
