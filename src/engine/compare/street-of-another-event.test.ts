/**
 * A street the record has for another event only, given as where the linked event happened (compare-values.ts
 * `street`): at Rochester the stop was on Whitney Street off Lyell Avenue, and Orange Street is where, per the
 * Justice Department, HSI agents had watched the driver beforehand (the pack's `surveillance` event, dated only as before the stop).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const inRochester = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-04-10', { page: sentence });

describe('a street of another event', () => {
  it("put in place of the stop's street is wrong, and the finding says where the record has it", () => {
    const r = inRochester('The stop happened on Orange Street near Lyell Avenue.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual({
      slot: 'street',
      page: 'Orange Street',
      record: 'Whitney Street and Lyell Avenue',
    });
    expect(r?.explanation).toMatch(/it has Orange Street for another event: .*watching the driver/);
    expect(
      inRochester('The agents had the van stopped on Orange Street by about 5:30.')?.outcome,
    ).toBe('discrepant');
  });

  it('told as the place of its own event agrees; a street the story does not know stays wrong as before', () => {
    expect(
      inRochester('HSI agents had been watching the driver at a house on Orange Street.')?.outcome,
    ).toBe('agrees');
    expect(inRochester('The stop happened on Maple Street.')?.outcome).toBe('discrepant');
    expect(inRochester('The stop happened on Whitney Street.')?.outcome).toBe('agrees');
  });

  it.each([
    'Agents followed the van from Orange Street before pulling it over.',
    'Agents followed the van from a house on Orange Street and pulled it over.',
    "HSI agents stopped the van driven by a man they'd been watching at a house on Orange Street.",
    'Federal agents stopped the van on Whitney Street, saying they had been watching the driver at a house on Orange Street.',
    'Neighbours had seen the same van parked on Orange Street for days beforehand.',
  ])(
    'a course, a watching, a house on the way or another time is no finding of a wrong street: %s',
    (sentence) => {
      expect(inRochester(sentence)?.outcome).not.toBe('discrepant');
    },
  );

  it('the watching is held to its own agency', () => {
    const r = inRochester('The driver had been under surveillance by the FBI.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual(
      expect.objectContaining({
        slot: 'agency',
        page: 'FBI',
        record: 'Homeland Security Investigations',
      }),
    );
  });

  it('an age two events give alike (the stop and the watching) is held to it', () => {
    const r = inRochester(
      'The Justice Department said the driver, a 50-year-old who had been deported once before in 2023, had been under watch by HSI agents.',
    );
    expect(r?.comparisons).toContainEqual(
      expect.objectContaining({ slot: 'count', page: '50', record: '25 year-old driver' }),
    );
  });
});
