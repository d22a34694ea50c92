/**
 * A stop of a trip told in any wording ("made a second stop at …", "swung by …", "after the meeting he …") is the
 * visit's, not the traffic stop of the story, and the body it went to is compared with the visit's venue
 * (visit-meeting.ts: blankTripStops, GOING, townOfBody, PRONOUN_SUBJECT). Invented story: on 11 June 2024 Harbor
 * Unit officers made a traffic stop on Quay Street in Port Alder; on 14 June Lou Pike visited Dunmore and stopped at
 * the Dunmore Police Department.
 */
import { describe, expect, it } from 'vitest';
import world from '../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../world/parse-world.ts';
import { indexWorld } from '../world/world-index.ts';
import { compareSentence } from './compare/compare-sentence.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { pikePack, pikeVisit, verdictOnRaidPage } from './compare/test-story.ts';
import { indexPacks } from './index.ts';

function stopPack() {
  return pikePack([
    {
      id: 'quay-stop',
      label: 'Harbor Unit officers make a traffic stop on Quay Street',
      words: ['stop', 'traffic stop'],
      date: '2024-06-11',
      places: ['quay-street'],
      participants: [{ role: 'acted', entities: ['harbor-unit'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
    pikeVisit({
      label: 'Lou Pike visits Dunmore and stops at the Dunmore Police Department',
    }),
  ]);
}

/** The invented world with a second word for a police department's building. */
function stationWorld() {
  const w = JSON.parse(JSON.stringify(world)) as { agencyKinds: { terms: string[] }[] };
  w.agencyKinds[0]!.terms.push('police station');
  const parsed = parseWorld(w as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}

const pack = stopPack();
const record = buildStoryRecord(pack.stories[0]!, stationWorld());
const compare = (s: string) => compareSentence(s, record, '2024-06-20');

describe('a stop of a trip at a body', () => {
  it("is the visit's, so another town's police department is another venue", () => {
    expect(
      compare('Pike made a second stop at the Kells Police Department on June 14.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells Police Department' }],
    });
    expect(
      compare('On June 14 Pike made a quick stop at the Kells Police Department.')?.outcome,
    ).toBe('discrepant');
  });

  it("agrees at the record's venue, and a traffic stop stays the traffic stop", () => {
    expect(
      compare('Pike made a second stop at the Dunmore Police Department on June 14.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Harbor Unit officers made a traffic stop on Quay Street on June 11.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Harbor Unit officers made a stop on Quay Street on June 11.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('swinging by a body, and another kind word for the same body', () => {
  it("another town's police station is another venue", () => {
    expect(compare('On June 14 Pike swung by the Kells police station.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells police station' }],
    });
    expect(compare('Pike swung by the Kells Police Department on June 14.')?.outcome).toBe(
      'discrepant',
    );
  });

  it("the venue's own town, by either word, is no other venue", () => {
    expect(compare('On June 14 Pike swung by the Dunmore police station.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('On June 14 Pike stopped at the Dunmore police station.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('"After the meeting he …" goes on from the visit of the sentence before', () => {
  const index = indexPacks([pack], { world: stationWorld() });
  const verdictOf = (second: string) =>
    verdictOnRaidPage(index, `Lou Pike visited Dunmore on June 14. ${second}`, second.slice(0, 20));
  it('another venue is wrong', () => {
    expect(verdictOf('After the meeting he made a stop at the Kells Police Department.')).toBe(
      'discrepant',
    );
  });
  it("the record's venue, or a sentence of no going, is not", () => {
    expect(
      verdictOf('After the meeting he made a stop at the Dunmore Police Department.'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('After the meeting he wrote his report at the Kells Police Department.'),
    ).not.toBe('discrepant');
  });
});

describe('the world file', () => {
  it("reads a town's police station as a police department", async () => {
    const { worldIndex } = await import('../world/embedded.ts');
    expect(worldIndex().agencyKindOf('Kells police station')?.id).toBe('police-department');
  });
});
