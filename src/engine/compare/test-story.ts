/** The invented story of test/fixtures/packs/valid/quay-street-raid.json with its invented world, for tests. */
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld, type WorldIndex } from '../../world/world-index.ts';
import { analyzeText, type PackIndex, type Verdict } from '../index.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';

export function raidPack(): ClaimPack {
  const parsed = parsePack(JSON.parse(JSON.stringify(pack)) as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

export function westmark(): WorldIndex {
  const parsed = parseWorld(JSON.parse(JSON.stringify(world)) as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}

type Json = Record<string, unknown> & {
  stories: (Record<string, unknown> & {
    entities: unknown[];
    events: unknown[];
    corroborating?: unknown[];
  })[];
};

/**
 * The invented story with its reporting added, for the outlet tests: the
 * Alder Ledger broke the story of the raid, interviewed the mayor and printed
 * Tam Reed's account; the Port Alder Herald's follow-up on the search is a
 * corroborating source; a council vote has a source that is no outlet; the
 * Quay Traders Guild is an organization of the story (no outlet). The
 * invented world gains the Herald and two outlets the story never mentions,
 * the Kells Courier and The Harbour Mercury.
 */
export function outletStory(): StoryRecord {
  const { pack: p, world: w } = outletPack();
  return buildStoryRecord(p.stories[0]!, w);
}

/** The pack and world of outletStory, for tests that analyse a whole page. */
export function outletPack(): { pack: ClaimPack; world: WorldIndex } {
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  const story = p.stories[0]!;
  story.entities.push(
    { id: 'alder-ledger', kind: 'outlet', name: 'Alder Ledger', world: 'alder-ledger' },
    { id: 'tam-reed', kind: 'person', name: 'Tam Reed' },
    { id: 'traders-guild', kind: 'organization', name: 'Quay Traders Guild' },
  );
  story.corroborating = [
    ...(story.corroborating ?? []),
    {
      id: 'herald-search',
      kind: 'local',
      publisher: 'Port Alder Herald',
      headline: 'Dogs searched the Quay Street warehouse',
      date: '2024-06-12',
      url: 'https://herald.example/search',
      urlConfirmed: true,
    },
    {
      id: 'council-minutes',
      kind: 'official',
      publisher: 'Port Alder City Council',
      date: '2024-07-01',
      url: 'https://council.example/minutes',
      urlConfirmed: true,
    },
  ];
  const base = { date: '2024-06-13', sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'marsh-interview',
      label: 'Mayor Ida Marsh tells the Alder Ledger the raid was lawful',
      words: ['interview'],
      participants: [
        { role: 'spoke', entities: ['ida-marsh'] },
        { role: 'interviewer', entities: ['alder-ledger'] },
      ],
    },
    {
      ...base,
      id: 'ledger-report',
      label: "Tam Reed's account of the raid for the Alder Ledger",
      words: ['account'],
      participants: [{ role: 'reported', entities: ['alder-ledger', 'tam-reed'] }],
    },
    {
      id: 'council-vote',
      label: 'The council votes to review the Harbor Unit',
      words: ['council vote', 'voted'],
      date: '2024-07-01',
      sources: ['council-minutes'],
      confidence: 'high',
    },
  );
  // The Alder Ledger broke the story of the raid.
  const raid = story.events.find((e) => (e as { id: string }).id === 'raid') as {
    participants: unknown[];
  };
  raid.participants.push({ role: 'first-reported', entities: ['alder-ledger'] });
  // The search is also the Port Alder Herald's follow-up.
  const search = story.events.find((e) => (e as { id: string }).id === 'search') as {
    sources: string[];
  };
  search.sources.push('herald-search');
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

  const w = JSON.parse(JSON.stringify(world)) as Record<string, unknown> & { outlets: unknown[] };
  w.outlets.push(
    { id: 'kells-courier', name: 'Kells Courier', kind: 'newspaper', locality: 'kells' },
    {
      id: 'port-alder-herald',
      name: 'Port Alder Herald',
      kind: 'newspaper',
      locality: 'port-alder',
    },
    {
      id: 'harbour-mercury',
      name: 'The Harbour Mercury',
      kind: 'newspaper',
      aliases: ['Harbour Mercury'],
    },
  );
  const parsedWorld = parseWorld(w);
  if (!parsedWorld.ok) throw new Error(JSON.stringify(parsedWorld.problems));
  return { pack: parsed.pack, world: indexWorld(parsedWorld.world) };
}

/** The invented story with entities and events added to its one story, parsed again. */
function raidPackWith(entities: unknown[], events: unknown[]): ClaimPack {
  const p = JSON.parse(JSON.stringify(raidPack())) as Json;
  const story = p.stories[0]!;
  story.entities.push(...entities);
  story.events.push(...events);
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

/** Lou Pike and Dunmore of the invented world, as entities of a story. */
export const PIKE_AND_DUNMORE = [
  { id: 'lou-pike', kind: 'person', name: 'Lou Pike', world: 'lou-pike' },
  { id: 'dunmore', kind: 'place', name: 'Dunmore', world: 'dunmore' },
];

/** The invented story with Lou Pike, Dunmore and `people`, and `events` added (raidPackWith). */
export function pikePack(events: unknown[], people: unknown[] = []): ClaimPack {
  return raidPackWith([...PIKE_AND_DUNMORE, ...people], events);
}

/**
 * Lou Pike's visit to Dunmore on Friday 14 June 2024, where he met officers
 * of the Dunmore Police Department; `more` adds fields or replaces them.
 */
export function pikeVisit(more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'pike-visit',
    label: 'Lou Pike visits Dunmore and meets officers',
    words: ['visit', 'visited'],
    date: '2024-06-14',
    places: ['dunmore'],
    participants: [
      { role: 'came', entities: ['lou-pike'] },
      { role: 'present', entities: ['dunmore-pd'] },
    ],
    outcomes: [{ kind: 'visited' }, { kind: 'met' }],
    sources: ['ledger'],
    confidence: 'high',
    ...more,
  };
}

/** Mayor Ida Marsh's word of Wednesday 12 June 2024 that she would not meet Lou Pike. */
const MARSH_REFUSAL = {
  id: 'refusal',
  label: 'Mayor Marsh says she will not meet Pike',
  words: ['would not meet'],
  date: '2024-06-12',
  participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
  negatives: [{ kind: 'met', explanation: 'Mayor Marsh said she would not meet Pike.' }],
  sources: ['ledger'],
  confidence: 'high',
};

/**
 * The verdict of the first finding whose text holds `marker`, on a page of the
 * raid: its headline, its opening sentence, then `line`; read on 20 June 2024.
 */
export function verdictOnRaidPage(
  index: PackIndex,
  line: string,
  marker: string,
): Verdict | undefined {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
    line,
  ].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(marker),
  )?.verdict;
}

/**
 * The invented story with a refusal: on Thursday 13 June 2024 Mayor Ida Marsh
 * said she would not meet Ned Voss, who came to Port Alder on 14 June.
 */
export function vossRefusalStory(): StoryRecord {
  const base = { sources: ['ledger'], confidence: 'high' };
  const p = raidPackWith(
    [{ id: 'ned-voss', kind: 'person', name: 'Ned Voss' }],
    [
      {
        ...base,
        id: 'marsh-refuses',
        date: '2024-06-13',
        label: 'Mayor Ida Marsh says she will not meet Ned Voss',
        words: ['would not meet'],
        participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
        negatives: [{ kind: 'met', explanation: 'Mayor Ida Marsh said she would not meet Voss.' }],
      },
      {
        ...base,
        id: 'voss-visit',
        date: '2024-06-14',
        label: 'Ned Voss visits Port Alder',
        words: ['visit'],
        participants: [{ role: 'came', entities: ['ned-voss'] }],
      },
    ],
  );
  return buildStoryRecord(p.stories[0]!, westmark());
}

type WorldJson = Record<string, unknown> & { outlets: Record<string, unknown>[] };

/**
 * The invented story with the Alder Ledger, its reporting outlet, as an
 * entity, on the invented world as `edit` changes it.
 */
export function ledgerStory(edit: (w: WorldJson) => void): StoryRecord {
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  p.stories[0]!.entities.push({
    id: 'alder-ledger',
    kind: 'outlet',
    name: 'Alder Ledger',
    world: 'alder-ledger',
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const w = JSON.parse(JSON.stringify(world)) as WorldJson;
  edit(w);
  const pw = parseWorld(w);
  if (!pw.ok) throw new Error(JSON.stringify(pw.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, indexWorld(pw.world));
}

/**
 * ledgerStory on a world where the Alder Ledger and its sister site, the Alder
 * Weekly, belong to Tidewater Media Group (once Quay Press), the Kells Courier
 * is another company's paper and the Tidewater News Network a network; `more`
 * outlets are added after them.
 */
export function ownedLedgerStory(...more: Record<string, unknown>[]): StoryRecord {
  return ledgerStory((w) => {
    const ledger = w.outlets.find((o) => o.id === 'alder-ledger')!;
    ledger.owners = ['Tidewater Media Group', 'Quay Press'];
    w.outlets.push(
      {
        id: 'alder-weekly',
        name: 'Alder Weekly',
        kind: 'newspaper',
        owners: ['Tidewater Media Group'],
      },
      { id: 'kells-courier', name: 'Kells Courier', kind: 'newspaper', locality: 'kells' },
      { id: 'tidewater-network', name: 'Tidewater News Network', kind: 'network' },
      ...more,
    );
  });
}

/** Ned Cole and Pat Vane of the invented world, as people of a story. */
export const COLE_AND_VANE = [
  { id: 'ned-cole', kind: 'person', name: 'Ned Cole', world: 'ned-cole' },
  { id: 'pat-vane', kind: 'person', name: 'Pat Vane', world: 'pat-vane' },
];

/** Lou Pike's talks with Ned Cole on Wednesday 12 June 2024, of no recorded length. */
export const PIKE_MEETS_COLE = {
  id: 'pike-cole',
  label: 'Lou Pike meets Ned Cole',
  words: ['talks'],
  date: '2024-06-12',
  participants: [
    { role: 'spoke', entities: ['lou-pike'] },
    { role: 'present', entities: ['ned-cole'] },
  ],
  outcomes: [{ kind: 'met' }],
  sources: ['ledger'],
  confidence: 'high',
};

/** The invented story with fifteen Harbor Unit officers put on desk duty on 13 June 2024. */
export function deskDutyStory(): StoryRecord {
  const p = raidPackWith(
    [],
    [
      {
        id: 'review',
        label: 'The raid officers are put on desk duty',
        words: ['desk duty'],
        date: '2024-06-13',
        sources: ['ledger'],
        confidence: 'high',
        participants: [{ role: 'subject', entities: ['harbor-unit'] }],
        outcomes: [{ kind: 'desk-duty', count: 15, nouns: ['officers'] }],
      },
    ],
  );
  return buildStoryRecord(p.stories[0]!, westmark());
}

/**
 * The invented world with an invented office: the Harbor Unit's commander,
 * Ava Lund until March 2022 and Rex Dale since.
 */
export function commanderWorld(): WorldIndex {
  const w = JSON.parse(JSON.stringify(world)) as typeof world;
  w.people.push(
    { id: 'ava-lund', name: 'Ava Lund', aliases: ['Lund'] } as (typeof w.people)[number],
    { id: 'rex-dale', name: 'Rex Dale', aliases: ['Dale'] } as (typeof w.people)[number],
  );
  w.offices.push({
    id: 'harbor-unit-commander',
    title: 'Commander of the Harbor Unit',
    aliases: ['Harbor Unit commander', 'Commander'],
    jurisdiction: 'harbor-unit',
    sources: 'Invented for tests',
    holders: [
      { person: 'ava-lund', start: '2015-01-01', end: '2022-03-01' },
      { person: 'rex-dale', start: '2022-03-01', confirmedThrough: '2030-01-01' },
    ],
  } as unknown as (typeof w.offices)[number]);
  const parsed = parseWorld(w);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}

/**
 * The invented story with a claim the record calls unverified: "the owner was
 * charged", of which the record says nothing.
 */
export function ownerChargedPack(): ClaimPack {
  const p = raidPack();
  const story = p.stories[0]!;
  return {
    ...p,
    stories: [
      {
        ...story,
        unverified: [
          {
            id: 'owner',
            claim: 'The owner was charged.',
            when: [['owner'], ['charged']],
            record: 'No charge is on record.',
            explanation: 'The record says nothing of a charge against the owner.',
            sources: ['ledger'],
          },
        ],
      },
    ],
  };
}

/**
 * The invented story with Mayor Ida Marsh's refusal of Wednesday 12 June 2024
 * to meet Lou Pike, and his visit to Dunmore on the 14th (pikeVisit).
 */
export function pikeRefusalPack(): ClaimPack {
  return pikePack([MARSH_REFUSAL, pikeVisit()]);
}
