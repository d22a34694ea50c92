/**
 * Counts and lengths in looser wording, against the embedded Rochester record (10 officers involved, the chief's
 * estimate 10 to 12 at the scene; on 29 April Homan spent about an hour in a closed meeting at the union's
 * headquarters and did not meet the chief; on 28 March he had met the union's president and lawyer).
 * - a count of officers who "rolled up" / "pulled up" / "turned up" took part in the response (scene-count.ts);
 * - "like 30" is a hedge ("about 30"), so "like eleven" is the record's number;
 * - a length of a meeting on the day the clause names is that day's meeting's, not an earlier one's (compare-duration.ts);
 * - "sat down for an hour with X" is a meeting with X, the hour between (find-outcomes.ts, record-extent.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-06-30');

describe('officers who rolled up, pulled up or turned up', () => {
  it.each([
    'Something like forty officers pulled up within minutes.',
    'Roughly 30 cops pulled up in all.',
    'Like 35 officers rolled up.',
  ])('are counted against those who responded: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count' }] });
  });
  it.each([
    'Like eleven officers rolled up.',
    'Ten officers pulled up.',
    'Like thirteen officers were at the scene.',
  ])('the recorded number, or near it after "like", is no conflict: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
  it('a hedged number outside the record, though within the hedge\u2019s give, is not confirmed', () => {
    expect(
      compare('Roughly fifteen city police officers then arrived with lights and sirens.'),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'count', page: 'fifteen', record: '10 to 12' }],
    });
    expect(compare('About a dozen officers arrived with lights and sirens.')?.outcome).toBe(
      'agrees',
    );
  });
});

describe('a length on the day the clause names', () => {
  it('is the meeting of that day', () => {
    expect(
      compare(
        'On April 29, Homan went to Lexington Avenue and spent some four hours in a closed meeting.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'duration' }] });
  });
  it('the recorded length is no conflict', () => {
    expect(
      compare(
        'On April 29, Homan went to Lexington Avenue and spent close to an hour in a closed meeting.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('sat down for a while with someone', () => {
  it('is a meeting with them', () => {
    expect(
      compare('On April 29 Homan sat down for roughly an hour with Chief Smith.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'person' }] });
    expect(compare('On April 29 Homan met for about 45 minutes with Chief Smith.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person' }],
    });
  });
  it('with those he did meet, or on a bench, is no conflict', () => {
    expect(
      compare('On April 29 Homan sat down for roughly an hour with union members.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('On April 29 Homan sat down for an hour on a bench outside.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
