/**
 * A post said of a person after a copula ("X was the Y's spokesman", "X was only acting mayor then"), on the
 * invented story (test-story.ts): Bo Lind speaks for the Dunmore Police Department at the search; Mayor Ida Marsh
 * (the world file's holder since 2020, outright) spoke at the briefing. The agency is compare-affiliation.ts's,
 * the acting title predicate-acting.ts's.
 */
import { describe, expect, it } from 'vitest';
import westmarkJson from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { spokesmanStory } from './test-spokesman.ts';
import { westmark } from './test-story.ts';

const record = buildStoryRecord(spokesmanStory(), westmark());
const compare = (s: string) => compareSentence(s, record, '2024-06-20', { page: s });

describe("a copula gives a person of the story another agency's post", () => {
  it.each([
    "Bo Lind was the Harbor Unit's spokesman during the search.",
    'At the search, Lind was only the Harbor Unit\u2019s spokesman.',
    "Bo Lind, the Harbor Unit's spokesman, described the search.",
  ])('%s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual({
      slot: 'agency',
      page: 'Harbor Unit',
      record: 'Dunmore Police Department',
    });
  });

  it.each([
    "Bo Lind was the Dunmore Police Department's spokesman during the search.",
    // A past post may be one the record does not list.
    'Bo Lind was a former Harbor Unit spokesman who spoke at the search.',
  ])('not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('"acting" after a copula, for someone the record has in the post outright', () => {
  it.each([
    'Ida Marsh was only acting mayor when she spoke at the briefing.',
    'At the briefing, Marsh was still the interim mayor.',
    'Marsh had been only acting mayor at the time of the briefing.',
    "At the briefing, Ida Marsh was Port Alder's acting mayor.",
  ])('%s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toMatchObject({ slot: 'role', record: 'Ida Marsh, mayor' });
  });

  it.each([
    'Ida Marsh was the mayor when she spoke at the briefing.',
    'Ida Marsh was acting as mayor for the city at the briefing.',
    'Ida Marsh was not the acting mayor at the briefing.',
  ])('not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('where the world file has the post held in an acting capacity, "acting" agrees', () => {
    const world = JSON.parse(JSON.stringify(westmarkJson)) as typeof westmarkJson;
    const mayor = world.offices.find((o) => o.id === 'port-alder-mayor')!;
    (mayor.holders[1] as Record<string, unknown>).acting = true;
    const parsed = parseWorld(world);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const acting = buildStoryRecord(spokesmanStory(), indexWorld(parsed.world));
    expect(
      compareSentence(
        'Ida Marsh was only acting mayor when she spoke at the briefing.',
        acting,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
