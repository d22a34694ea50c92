/**
 * A count with a named body that played one part at one scene twice over (the raid, and the cordon the same morning on
 * the same street): the event of those that counts what the clause counts is the one its number is held to
 * (compare-sentence.ts linkClause). Invented story: about fifteen officers took part in the Harbor Unit's Quay Street
 * raid of 11 June 2024; the unit also held a cordon there, uncounted.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function cordonRecord() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push({
    id: 'cordon',
    label: 'Harbor Unit officers hold a cordon on Quay Street during the raid',
    words: ['cordon'],
    date: '2024-06-11',
    places: ['quay-street'],
    participants: [{ role: 'acted', entities: ['harbor-unit'] }],
    sources: ['ledger'],
    confidence: 'high',
  });
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = cordonRecord();
const compare = (s: string) => compareSentence(s, record, '2024-06-20');

describe('a count of those a body sent to a scene where it played its part twice over', () => {
  it('is held to the count of the scene', () => {
    expect(compare('Roughly forty Harbor Unit officers carried out the operation.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'forty' }],
    });
  });
  it('agrees with the count, and a count of another part played is not held to it', () => {
    expect(
      compare('About fifteen Harbor Unit officers carried out the operation.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Forty Harbor Unit officers were praised by the mayor.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('coming told in -ing ("ended up responding", "showing up")', () => {
  const plain = buildStoryRecord(raidPack().stories[0]!, westmark());
  const at = (s: string) => compareSentence(s, plain, '2024-06-20');
  it('is coming: the count of those who came is held to the record', () => {
    expect(at('Forty officers ended up responding.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'Forty' }],
    });
    expect(at('Forty officers kept showing up.')?.outcome).toBe('discrepant');
  });
  it("agrees with the record's count", () => {
    expect(at('About fifteen officers ended up responding.')?.outcome).not.toBe('discrepant');
  });
});
