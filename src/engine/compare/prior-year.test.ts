/**
 * The year of a recorded prior act (record-extent.ts, pack `priors[].year`): DOJ says the driver had
 * been deported once before, in 2023 (sources.md B6).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) =>
  s.events?.some((e) => e.priors?.some((p) => p.year)),
)!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2025-04-30');

describe('the year of a prior act the record counts once', () => {
  it('another year is discrepant, in several wordings', () => {
    expect(
      compare(
        'The driver, says the Department of Justice, had been deported one time before, in 2021.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date', page: '2021' }] });
    expect(
      compare('The driver had already been deported in 2019, prosecutors said.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('Prosecutors say the driver had previously been deported, in late 2022.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('The driver had been removed from the country once before — deported in June 2024.')
        ?.outcome,
    ).not.toBe('agrees');
  });
  it("the record's year, or no year, is never discrepant", () => {
    for (const s of [
      'The driver had been deported once before, in 2023.',
      'The driver had been deported before, back in March 2023.',
      'According to the Justice Department, the driver had been deported one time before, in 2023.',
      'The driver had been deported once before.',
      'The driver had been deported once before, and in 2025 he was stopped again.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
