/**
 * "took … to detention", "sent to the detention center in X": a destination, not an infinitive (carried-to.ts), so
 * the clause is linked to the detention and its people's origin and place are compared: three men, a father and his
 * two sons from Guatemala, held at the Batavia federal detention facility (sources.md B12).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) =>
  s.events?.some((e) => e.outcomes?.some((o) => o.origin)),
)!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2025-04-30');

describe('people taken to a place of holding', () => {
  it('another place or another country is discrepant, in several wordings', () => {
    expect(compare('They were sent to the federal detention center in Albany.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Albany', record: 'Batavia' }],
    });
    expect(compare('Agents took the three men to a jail in Buffalo.')?.comparisons).toContainEqual({
      slot: 'place',
      page: 'Buffalo',
      record: 'Batavia',
    });
    expect(
      compare('The agents took to detention a father and his two sons, all from Honduras.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'origin', page: 'Honduras', record: 'Guatemala' }],
    });
    expect(
      compare('A father and his two sons, both from Mexico, were taken to detention.')?.comparisons,
    ).toContainEqual({ slot: 'origin', page: 'Mexico', record: 'Guatemala' });
  });
  it("the record's values, or a wish, are never discrepant", () => {
    for (const s of [
      'They were sent to the federal detention facility in Batavia.',
      'The agents took to detention a father and his two sons, all from Guatemala.',
      'A father and his two sons, all three from Central America, were taken into custody.',
      'Agents took the three men to the detention facility in Batavia, New York.',
      'Critics want the officers to be taken into custody.',
      'The mayor sent the report to the jail commission on Sunday.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
