/**
 * A legislator's title of another chamber than the record's seat then (legislative-chamber.ts), on the invented story
 * with a state senator (dated) and a U.S. representative (undated) at the mayor's briefing.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chamberOf } from './legislative-chamber.ts';
import { raidRecordAdding } from './test-review.ts';

const story = raidRecordAdding({
  entities: [
    {
      id: 'cora-lind',
      kind: 'person',
      name: 'Cora Lind',
      roles: [{ title: 'state senator', from: '2020-01' }],
    },
    { id: 'abe-holt', kind: 'person', name: 'Abe Holt', role: 'U.S. Representative' },
  ],
  events: [
    {
      sources: ['ledger'],
      confidence: 'high',
      id: 'lawmakers',
      label: 'Senator Lind and Representative Holt speak about the raid',
      words: ['lawmakers'],
      date: '2024-06-14',
      participants: [{ role: 'spoke', entities: ['cora-lind', 'abe-holt'] }],
    },
  ],
});
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('chamberOf', () => {
  it('reads the house and, where a word says it, the level', () => {
    expect(chamberOf('Assemblyman')).toEqual({ house: 'lower', level: 'state' });
    expect(chamberOf('Congresswoman')).toEqual({ house: 'lower', level: 'federal' });
    expect(chamberOf('Rep.')).toEqual({ house: 'lower' });
    expect(chamberOf('Senate Minority Leader')).toEqual({ house: 'upper' });
    expect(chamberOf('U.S. Senator')).toEqual({ house: 'upper', level: 'federal' });
    expect(chamberOf('Council President')).toEqual({ house: 'council' });
    expect(chamberOf('Mayor')).toBeNull();
  });
});

describe('a title of another chamber', () => {
  it('conflicts with a seat the record dates to those days', () => {
    for (const title of ['Assemblywoman', 'Congresswoman', 'Councilwoman'])
      expect(compare(`${title} Cora Lind spoke about the raid on Friday.`), title).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'role', record: 'Cora Lind, state senator' }],
      });
    for (const title of ['Senator', 'State Sen.'])
      expect(
        compare(`${title} Cora Lind spoke about the raid on Friday.`)?.outcome,
        title,
      ).not.toBe('discrepant');
  });
  it('is unconfirmed, never green, against a seat given without its dates', () => {
    expect(compare('Assemblyman Abe Holt spoke about the raid on Friday.')).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'role', record: 'Abe Holt, U.S. Representative' }],
    });
    expect(compare('Rep. Abe Holt spoke about the raid on Friday.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
