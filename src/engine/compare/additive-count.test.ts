/**
 * A count told as an addition to others is a part of the recorded total: the embedded Rochester record (three men
 * detained: the driver and two passengers), and the invented raid story (two men detained in the Quay Street raid).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { rochester } from './test-embedded-stories.ts';
import { raidRecord } from './test-raid-record.ts';

const raid = raidRecord();
/** The outcome of `sentence` against the Rochester story on a page of 3 April 2025. */
const inRochester = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-04-03')?.outcome;
/** The outcome of `sentence` against the invented raid story on a page of 20 June 2024. */
const inRaid = (sentence: string) => compareSentence(sentence, raid, '2024-06-20')?.outcome;

describe('a count told as an addition', () => {
  it.each([
    'Two passengers were also taken into custody.',
    'Agents arrested the driver; two passengers were also taken into custody.',
    'Two more men were detained.',
    'Two other men were detained as well.',
  ])('below the record is a part, no conflict: %s', (s) => {
    expect(inRochester(s)).not.toBe('discrepant');
  });

  it.each(['Six passengers were also taken into custody.', 'Four more men were detained.'])(
    'as many as the record or more is still wrong: %s',
    (s) => {
      expect(inRochester(s)).toBe('discrepant');
    },
  );

  it('without a marker of addition, a lower count is still wrong', () => {
    expect(inRochester('Two men were detained.')).toBe('discrepant');
    expect(inRochester('Agents took two men into custody.')).toBe('discrepant');
  });

  it('in the invented story: a part below the record, a count above it', () => {
    expect(inRaid('Officers detained five more men in the Quay Street raid.')).toBe('discrepant');
  });
});

describe('a count of the whole group in a clause that adds', () => {
  it('is the group\u2019s size, compared in full', () => {
    expect(
      inRaid('Also that day, all seven Harbor Unit officers raided a warehouse on Quay Street.'),
    ).toBe('discrepant');
    expect(
      inRaid('All of the seven Harbor Unit officers also raided a warehouse on Quay Street.'),
    ).toBe('discrepant');
    expect(
      inRaid('Also that day, all fifteen Harbor Unit officers raided a warehouse on Quay Street.'),
    ).not.toBe('discrepant');
  });
});
