/** Clock times in words against the record's time (invented story: the raid at about 6 a.m.). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('clock times in words', () => {
  it('are wrong when far from the recorded time', () => {
    expect(compare("Officers raided the warehouse at about nine o'clock at night.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time', page: "nine o'clock at night" }],
    });
    expect(
      compare('Officers raided the warehouse at half past two in the afternoon.')?.outcome,
    ).toBe('discrepant');
  });
  it('agree near it, and an hour without a part of the day may be either half of the day', () => {
    expect(compare("Officers raided the warehouse at six o'clock in the morning.")?.outcome).toBe(
      'agrees',
    );
    expect(compare('Officers raided the warehouse at a quarter past six.')?.outcome).toBe('agrees');
    expect(compare("Officers raided the warehouse at six o'clock.")?.outcome).toBe('agrees');
  });
});

describe('a clock time given past the hour', () => {
  it('is precise: three quarters of an hour from the recorded time is wrong, a quarter of an hour is not', () => {
    expect(compare('Officers raided the warehouse at a quarter to seven.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time' }],
    });
    expect(compare('Officers raided the warehouse at 6:45 a.m.')?.outcome).toBe('discrepant');
    expect(compare('Officers raided the warehouse at a quarter past six.')?.outcome).toBe('agrees');
    expect(compare('Officers raided the warehouse at about a quarter to seven.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
