/**
 * An act told as done before its time in a noun phrase (not-yet-phrase.ts), on the invented story
 * (test-story.ts) with a harbor levy signed in March 2022 by Pat Vane, council minority leader from January 2022.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { HARBOR_LEVY, packWith } from './test-raid-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(packWith(raidPack(), [HARBOR_LEVY]).stories[0]!, westmark());
const compare = (sentence: string, date: string) => compareSentence(sentence, record, date);

describe('an act told as done in a noun phrase, before its time', () => {
  it.each([
    "With Vane's harbor levy already signed, the port faces new costs.",
    "Vane's new harbor levy, now signed, costs the port dearly.",
    'The harbor levy that Vane has already signed worries the dockers.',
    'Dockers are angry about the harbor levy Vane signed.',
  ])('%s (page of June 2021)', (s) => {
    const r = compare(s, '2021-06-01');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toMatchObject({ slot: 'time' });
  });
});

describe('never a false alarm', () => {
  it.each([
    // After the act, or someone already in office.
    ["With Vane's harbor levy already signed, the port faces new costs.", '2022-06-01'],
    ["With Marsh's harbor levy already signed, the port faces new costs.", '2021-06-01'],
    // Hoped, feared, set by another clause, denied, without a doer, or with its own time.
    ["Dockers fear Vane's harbor levy will soon be signed.", '2021-06-01'],
    ['The harbor levy Vane has promised would cost the port dearly.', '2021-06-01'],
    ["Vane's harbor levy, not yet signed, worries the dockers.", '2021-06-01'],
    ['With the harbor levy already signed, the port faces new costs.', '2021-06-01'],
    ["Vane's harbor levy was the talk of the port.", '2021-06-01'],
  ])('not: %s (page of %s)', (s, date) => {
    expect(compare(s, date)?.outcome).not.toBe('discrepant');
  });
});
