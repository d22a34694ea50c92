/**
 * A bare title with its place named in the clause, read as that place's office holder then (placed-title.ts).
 * Invented story (test-story.ts): Mayor Ida Marsh of Port Alder gave the briefing on the raid. The invented world
 * gains a mayor of Kells, Ron Tate, and Dunmore's police chief, Ada Quill, both in office in June 2024.
 */
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { readSentence } from '../read/read-sentence.ts';
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { personalIssuer } from './personal-issuer.ts';
import { withPlacedTitles } from './placed-title.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

function story() {
  const w = JSON.parse(JSON.stringify(world)) as { people: unknown[]; offices: unknown[] };
  w.people.push({ id: 'ron-tate', name: 'Ron Tate' }, { id: 'ada-quill', name: 'Ada Quill' });
  w.offices.push(
    {
      id: 'kells-mayor',
      title: 'Mayor of Kells',
      aliases: ['Mayor', 'Kells mayor'],
      jurisdiction: 'kells',
      sources: 'invented',
      holders: [{ person: 'ron-tate', start: '2018-01-01', confirmedThrough: '2025-01-01' }],
    },
    {
      id: 'dunmore-chief',
      title: 'Chief of the Dunmore Police Department',
      aliases: ['Chief', 'Dunmore police chief'],
      jurisdiction: 'dunmore-pd',
      sources: 'invented',
      holders: [{ person: 'ada-quill', start: '2015-01-01', confirmedThrough: '2025-01-01' }],
    },
  );
  const parsedWorld = parseWorld(w);
  if (!parsedWorld.ok) throw new Error(JSON.stringify(parsedWorld.problems));
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { recognition: { events?: string[] } }[];
  };
  p.stories[0]!.recognition.events = ['raid', 'briefing'];
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, indexWorld(parsedWorld.world));
}

const record = story();
const people = (sentence: string) =>
  withPlacedTitles(readSentence(sentence, record.gazetteer), sentence, record)
    .flatMap((c) => c.mentions)
    .flatMap((m) => (m.type === 'person' ? [m.value.name] : []));

describe('a bare title with its place in the clause', () => {
  it("is the holder of that place's office at the time of the story", () => {
    expect(people('In Kells, the mayor gave the briefing.')).toEqual(['Ron Tate']);
    // An office of an agency of the place; "police chief" for the office called "Dunmore police chief".
    expect(people('For Dunmore, the police chief spoke.')).toEqual(['Ada Quill']);
  });
  it('is left alone beside a name, with a qualifier, two places, or no place', () => {
    expect(people('In Kells, the mayor, Ned Cole, gave the briefing.')).toEqual(['Ned Cole']);
    expect(people('In Kells and Dunmore, the mayor spoke.')).toEqual([]);
    expect(people('In Kells, the acting mayor spoke.')).toEqual([]);
    expect(people('The mayor gave the briefing.')).toEqual([]);
  });
  it("lets the page be judged for giving a statement to another than the record's speaker", () => {
    const briefing = record.events.filter((e) => e.event.id === 'briefing');
    const r = personalIssuer('In Kells, the mayor gave the briefing himself.', record, briefing);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('not the mayor (Ron Tate)');
    // Port Alder's mayor then was Ida Marsh, who gave it.
    expect(
      personalIssuer('In Port Alder, the mayor gave the briefing himself.', record, briefing),
    ).toBeNull();
  });
});
