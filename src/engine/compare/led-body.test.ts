/** A post claimed by a verb or an apposition, against the bodies of the person's known posts (the invented world: Ida Marsh, mayor of Port Alder and head of the Revenue Service). */
import { describe, expect, it } from 'vitest';
import westmarkJson from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('compareSentence: a body someone is said to have led', () => {
  it.each([
    'Ida Marsh, who ran the Harbor Unit as its chief, spoke about the raid.',
    'Marsh, a former Harbor Unit chief, spoke about the raid.',
    'Ida Marsh, the former head of the Harbor Unit, spoke about the raid.',
    'Ida Marsh, who once headed the Harbor Unit, spoke about the raid.',
    "Ida Marsh, who was the Harbor Unit's top official, spoke about the raid.",
  ])('%s is unconfirmed, never green', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'agency', page: 'Harbor Unit', record: 'not in the record' }],
      explanation: expect.stringContaining('No post of'),
    });
  });

  it('a body of one of their posts, a body that is no post, or the sentence without the claim is left as it was', () => {
    expect(
      compare('Ida Marsh, who once led the Revenue Service as its head, spoke about the raid.')
        ?.outcome,
    ).toBe('agrees');
    expect(compare('Marsh, a former Revenue Service chief, spoke about the raid.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Ida Marsh spoke about the raid.')?.outcome).toBe('agrees');
    // A present post in apposition is whom they work for (compare-affiliation.ts), not a past post.
    expect(
      compare('At the briefing, Ida Marsh, the director of Coast Watch, said the raid went well.')
        ?.explanation ?? '',
    ).not.toContain('No post of');
    // Agents led somewhere are no post.
    expect(
      compare('Ida Marsh, who led Harbor Unit agents into the warehouse, spoke.')?.comparisons ??
        [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'agency', page: 'Harbor Unit' }));
  });
});

describe("the time of a post led is the post's, not the event's", () => {
  it.each([
    'Tom Homan, who led ICE as its acting director in 2017 and 2018, now serves as the White House border czar.',
    'Homan, who ran ICE as its acting director from 2017 to 2018, met union members.',
  ])('%s (the embedded pack: ICE took part in the 2025 operations)', (sentence) => {
    const rochester = buildStoryRecord(
      loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
      worldIndex(),
    );
    expect(compareSentence(sentence, rochester, '2025-05-06')?.outcome).not.toBe('discrepant');
  });

  it("a date after the claim is the event's again", () => {
    expect(
      compare('Ida Marsh, who headed the Harbor Unit, spoke about the raid on Quay Street in 2019.')
        ?.outcome,
    ).toBe('discrepant');
  });
});

describe('someone whose every led agency the world file knows (ledAll)', () => {
  const world = JSON.parse(JSON.stringify(westmarkJson)) as typeof westmarkJson;
  (world.people.find((p) => p.id === 'ida-marsh') as Record<string, unknown>).ledAll = true;
  world.agencies.push({
    id: 'audit-division',
    name: 'Revenue Audit Division',
    level: 'federal',
    partOf: 'revenue-service',
  } as (typeof world.agencies)[number]);
  const parsed = parseWorld(world);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const known = buildStoryRecord(raidPack().stories[0]!, indexWorld(parsed.world));
  const said = (sentence: string) => compareSentence(sentence, known, '2024-06-20');

  it.each([
    'Ida Marsh, who ran the Harbor Unit as its chief, spoke about the raid.',
    'Marsh, a former Harbor Unit chief, spoke about the raid.',
    'Ida Marsh, who once headed Coast Watch, spoke about the raid.',
    "Ida Marsh, who was Coast Watch's top official, spoke about the raid.",
  ])('%s is wrong', (sentence) => {
    const r = said(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toMatchObject({
      slot: 'agency',
      record: expect.stringContaining('Head of the revenue office'),
    });
  });

  it.each([
    'Ida Marsh, who once ran the Erie Police Department, spoke about the raid.',
    'Ida Marsh, who led Kells Police Department as its acting chief, spoke about the raid.',
  ])('a named body no one knows (%s) is wrong too', (sentence) => {
    expect(said(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'agency', record: expect.stringContaining('Head of the revenue office') },
      ],
    });
  });

  it("a body named like one of the story's, or a stranger for someone whose posts are not all known, is not wrong", () => {
    expect(
      said('Ida Marsh, who once ran the Port Alder Police Department, spoke about the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Ida Marsh, who once ran the Erie Police Department, spoke about the raid.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('a body of one of their posts, or one within it, is not wrong', () => {
    expect(said('Marsh, a former Revenue Service chief, spoke about the raid.')?.outcome).toBe(
      'agrees',
    );
    expect(
      said('Ida Marsh, who once headed the Revenue Audit Division, spoke about the raid.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      said('Ida Marsh, who led Harbor Unit agents into the warehouse, spoke.')?.outcome,
    ).not.toBe('discrepant');
  });
});
