/**
 * A court the page puts in a place of the record's court's state that lies in another federal district of it
 * ("federal court in Dunmore" for the Eastern District): not the record's court (court-district.ts, compare-legal.ts).
 * Invented story and world: the Westmark Justice Office sued Port Alder on 2 July 2024 in the U.S. District Court for
 * the Eastern District of North March; here Port Alder lies in that district, Dunmore in the Western one, and Tarrow
 * is within Dunmore; Millbrook is in North March with no district recorded.
 */
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { suitRecordIn } from './test-raid-record.ts';

function districtWorld() {
  const w = JSON.parse(JSON.stringify(world)) as { places: Record<string, unknown>[] };
  for (const p of w.places) {
    if (p.id === 'port-alder') p.federalDistrict = 'eastern';
    if (p.id === 'dunmore') p.federalDistrict = 'western';
  }
  w.places.push(
    { id: 'tarrow', name: 'Tarrow', kind: 'town', state: 'north-march', within: 'dunmore' },
    { id: 'millbrook', name: 'Millbrook', state: 'north-march' },
  );
  const parsed = parseWorld(w as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}

function suitRecord(district?: 'eastern') {
  const court = {
    level: 'federal',
    tier: 'trial',
    ...(district ? { district } : {}),
    state: 'North March',
    statement: 'the U.S. District Court for North March',
  };
  return suitRecordIn(court, districtWorld());
}

const withDistrict = suitRecord('eastern');
const compare = (s: string, record = withDistrict) => compareSentence(s, record, '2024-08-01');

describe('a court in another federal district of the same state', () => {
  it('a place of another district, or within one, is another court', () => {
    expect(
      compare('The Westmark Justice Office filed the lawsuit in federal court in Dunmore.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'court', page: 'Dunmore' }] });
    expect(
      compare('On July 2 the Westmark Justice Office sued the city in a Dunmore federal court.')
        ?.outcome,
    ).toBe('discrepant');
    expect(
      compare('The Westmark Justice Office filed the lawsuit in federal court in Tarrow.')?.outcome,
    ).toBe('discrepant');
  });

  it('a place of the court’s district, of no recorded district, or a court of no recorded district, is not held against it', () => {
    expect(
      compare('The Westmark Justice Office filed the lawsuit in federal court in Port Alder.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The Westmark Justice Office filed the lawsuit in federal court in Millbrook.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'The Westmark Justice Office filed the lawsuit in federal court in Dunmore.',
        suitRecord(),
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
