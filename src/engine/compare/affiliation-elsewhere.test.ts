/**
 * An agency in a person's title that the world does not list, named for a
 * known place away from the event's ("X, a spokesman for the Kells Police
 * Department", where the record has X speaking for the Dunmore police at a
 * raid in Port Alder): another agency than the one the person works for.
 */
import { describe, expect, it } from 'vitest';
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { westmark } from './test-story.ts';

function withSpokesman() {
  const p = JSON.parse(JSON.stringify(pack)) as {
    stories: { entities: unknown[]; events: { id: string; participants?: unknown[] }[] }[];
  };
  p.stories[0]!.entities.push({
    id: 'bo-lind',
    kind: 'person',
    name: 'Bo Lind',
    role: 'spokesman for the Dunmore Police Department',
  });
  p.stories[0]!.events.find((e) => e.id === 'search')!.participants!.push({
    role: 'spoke',
    entities: ['bo-lind'],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

describe("an unlisted agency in a person's title", () => {
  const record = withSpokesman();
  const compare = (s: string) => compareSentence(s, record, '2024-06-20');

  it('named for a place away from the event, it is another agency', () => {
    expect(
      compare('Bo Lind, a spokesman for the Kells Police Department, described the search.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'agency', page: 'Kells Police Department', record: 'Dunmore Police Department' },
      ],
    });
  });

  it("named for the event's own town, it may be the same body: not wrong", () => {
    expect(
      compare('Bo Lind, a spokesman for the Port Alder Police Department, described the search.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('the recorded agency agrees', () => {
    expect(
      compare('Bo Lind, a spokesman for the Dunmore Police Department, described the search.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('the agency right before the title and the name ("Harbor Unit spokesman Bo Lind") is whom the person works for', () => {
    expect(compare('The voice of the search was Harbor Unit spokesman Bo Lind.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Harbor Unit', record: 'Dunmore Police Department' }],
    });
    expect(
      compare('The voice of the search was Dunmore Police Department spokesman Bo Lind.')?.outcome,
    ).not.toBe('discrepant');
  });
});
