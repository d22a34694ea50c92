/**
 * Where the page puts the court of the story's case ("in a Kells federal court", "in federal court in South March"):
 * a state, or a place of the world's, in another state than the record's court is a conflict (compare-legal.ts
 * courtPlace). Invented story: the Westmark Justice Office sued Port Alder on 2 July 2024 in the U.S. District Court
 * for the Eastern District of North March; Port Alder and Dunmore are in North March, Kells in South March.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { suitRecordIn } from './test-raid-record.ts';

const record = suitRecordIn({
  level: 'federal',
  tier: 'trial',
  district: 'eastern',
  state: 'North March',
  statement: 'the U.S. District Court for the Eastern District of North March',
});
const compare = (s: string) => compareSentence(s, record, '2024-08-01');

describe('the place of the court of a suit', () => {
  it('a court in another state is not the record’s', () => {
    expect(
      compare('On July 2 the Westmark Justice Office sued the city in a Kells federal court.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'court', page: 'Kells' }] });
    expect(
      compare('The Westmark Justice Office filed the lawsuit in federal court in South March.')
        ?.outcome,
    ).toBe('discrepant');
  });
  it('a court in the record’s state, or a place the world does not know, is not held against it', () => {
    for (const s of [
      'On July 2 the Westmark Justice Office sued the city in a Dunmore federal court.',
      'The Westmark Justice Office filed the lawsuit in federal court in North March.',
      'The Westmark Justice Office filed the lawsuit in federal court in Port Alder.',
      'The Westmark Justice Office filed the lawsuit in federal court in Zennor.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
