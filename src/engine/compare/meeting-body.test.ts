/**
 * The elected body whose meeting the page names, against the body the record has at that meeting (the invented
 * story, with a Port Alder City Council session where council member Ned Voss brought up the raid, and the invented
 * world given three kinds of elected body).
 */
import { describe, expect, it } from 'vitest';
import westmarkJson from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

type Story = ReturnType<typeof raidPack>['stories'][number];
type Json = { entities: Record<string, unknown>[]; events: Record<string, unknown>[] };
const story = JSON.parse(JSON.stringify(raidPack().stories[0])) as Json;
story.entities.push(
  { id: 'ned-voss', kind: 'person', name: 'Ned Voss', aliases: ['Voss'] },
  { id: 'alder-council', kind: 'organization', name: 'Port Alder City Council' },
);
story.events.push({
  id: 'council-session',
  date: '2024-06-13',
  kind: 'event',
  label: 'Council member Ned Voss raises the raid at a City Council meeting',
  words: ['council meeting', 'meeting'],
  participants: [
    { role: 'spoke', entities: ['ned-voss'] },
    { role: 'present', entities: ['alder-council'] },
  ],
});
const worldJson = JSON.parse(JSON.stringify(westmarkJson)) as Record<string, unknown>;
worldJson.bodyKinds = [
  { id: 'city-council', name: 'city council', level: 'city', terms: ['city council'] },
  {
    id: 'county-legislature',
    name: 'county legislature',
    level: 'county',
    terms: ['county legislature', 'county board'],
  },
  { id: 'state-legislature', name: 'state legislature', level: 'state', terms: ['state senate'] },
];
const parsed = parseWorld(worldJson);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(story as unknown as Story, indexWorld(parsed.world));
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('meeting-body: a meeting given to an elected body of another level', () => {
  it.each([
    [
      'Ned Voss brought up the raid at a meeting of the Harlow County Legislature.',
      'Harlow County Legislature',
    ],
    [
      'Voss raised the raid at the June 13 meeting of the Harlow County Legislature.',
      'Harlow County Legislature',
    ],
    ["Ned Voss brought up the raid at the county board's meeting.", 'county board'],
    ['Ned Voss raised the raid at a state Senate hearing.', 'state Senate'],
  ])('%s', (sentence, page) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({
      slot: 'body',
      page,
      record: 'Port Alder City Council',
    });
    expect(result?.explanation).toMatch(
      /^The record has the meeting held by the Port Alder City Council \(a city council\), not by the /,
    );
  });
});

describe('meeting-body: says nothing it cannot know', () => {
  it.each([
    // The record's own body, or one of the same level.
    'Ned Voss brought up the raid at a meeting of the Port Alder City Council.',
    'Ned Voss brought up the raid at the City Council meeting.',
    // The body is no meeting's ("who once sat on"), the meeting is denied, or the words are someone else's.
    'Ned Voss, who once sat on the county legislature, brought up the raid at the council meeting.',
    'Ned Voss did not bring up the raid at a meeting of the Harlow County Legislature.',
    'Ida Marsh said: "Voss brought up the raid at a meeting of the Harlow County Legislature."',
    // No one of the meeting is named: whose meeting it was is not told.
    'The raid came up at a meeting of the Harlow County Legislature.',
  ])('%s', (sentence) => {
    const result = compare(sentence);
    expect(result?.comparisons ?? []).not.toContainEqual(expect.objectContaining({ slot: 'body' }));
    expect(result?.outcome).not.toBe('discrepant');
  });

  it("another town's body of the same level is no other kind of body (the town is read elsewhere)", () => {
    expect(
      compare('Ned Voss brought up the raid at a meeting of the Kells City Council.')
        ?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'body' }));
  });
});
