/**
 * Where an organisation of the story is based (seat.ts), in an invented story: Quay Freight Co., based in Dunmore,
 * whose warehouse on Quay Street in Port Alder was raided. Another town as its seat is wrong in any wording; the
 * seat is never read as where the raid happened, and the right seat, a denial or another firm's seat are not wrong.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function seatRecord() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { entities: unknown[] }[] };
  p.stories[0]!.entities.push(
    { id: 'dunmore', kind: 'place', name: 'Dunmore', world: 'dunmore' },
    { id: 'kells', kind: 'place', name: 'Kells', world: 'kells' },
    {
      id: 'quay-freight',
      kind: 'organization',
      name: 'Quay Freight Co.',
      aliases: ['Quay Freight'],
      within: 'dunmore',
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = seatRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe("an organisation's seat", () => {
  it('is wrong as another town, in any wording', () => {
    for (const s of [
      'Quay Freight Co. is based in Kells.',
      'The Kells-based Quay Freight lost its warehouse in the raid.',
      'Quay Freight, which is headquartered in Kells, said nothing.',
      'The company, based in Kells, owns the warehouse.',
    ]) {
      expect(compare(s), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: expect.arrayContaining([{ slot: 'place', page: 'Kells', record: 'Dunmore' }]),
      });
    }
  });

  it('is not wrong as the recorded town, denied, or as a town nobody knows', () => {
    expect(compare('Quay Freight Co. is based in Dunmore.')?.outcome).not.toBe('discrepant');
    expect(
      compare('The Dunmore-based company lost its warehouse in the raid on Quay Street.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Quay Freight is not based in Kells.')?.outcome).not.toBe('discrepant');
    expect(compare('Quay Freight is based in Springfield Heights.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('is never read as where the raid happened', () => {
    // The raid was in Port Alder; the firm's seat in Dunmore is no place of the raid's.
    expect(
      compare('Officers raided the warehouse of the Dunmore-based Quay Freight Co. on Quay Street.')
        ?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'place', page: 'Dunmore' }));
  });
});
