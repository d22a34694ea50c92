/** A count and the list after its colon must add up (enumeration.ts); on the invented story (test-story.ts). */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../read/read-sentence.ts';
import { compareSentence } from './compare-sentence.ts';
import { enumerationConflicts } from './enumeration.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');
const conflicts = (sentence: string) =>
  enumerationConflicts(readSentence(sentence, record.gazetteer), sentence).filter(
    (c) => c.comparison,
  );

describe('enumerationConflicts: a list that does not add up to its count', () => {
  it.each([
    [
      'Only two men were detained in the raid: the owner and three workers.',
      'two men were detained in the raid: the owner and three workers',
      'the owner and three workers: 4, not two',
    ],
    [
      'The answer is five: a guard and his two sons were detained in the raid.',
      'five: a guard and his two sons',
      'a guard and his two sons: 3, not five',
    ],
    [
      'Two men were detained in the raid: the owner, a guard and a driver.',
      'Two men were detained in the raid: the owner, a guard and a driver',
      'the owner, a guard and a driver: 3, not Two',
    ],
    [
      'Two men were detained in the raid: the owner and dozens of workers.',
      'Two men were detained in the raid: the owner and dozens of workers',
      'the owner and dozens of workers: 25 to 145, not Two',
    ],
  ])('%s', (sentence, page, recorded) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({ slot: 'count', page, record: recorded });
  });
});

describe('enumerationConflicts: says nothing unless the list surely does not add up', () => {
  it.each([
    'Only two men were detained in the raid: the owner and a guard.',
    'The answer is three: a guard and his two sons were detained in the raid.',
    'About ten officers came: the chief and eight patrolmen.',
    // Not a list of countable things: names, plurals without a number, a list that goes on past its verb.
    'Two agencies took part: Harbor Unit and Coast Watch.',
    'Two men were detained in the raid: the owner and workers.',
    'Two men were detained in the raid: the owner and his sons.',
    'Two men were detained: the owner and a guard were held, and three workers were questioned.',
    'Officers came in two waves: the first and second shifts.',
  ])('%s', (sentence) => {
    expect(conflicts(sentence)).toEqual([]);
  });

  it('a list that adds up makes its own numbers parts of the total, not counts to confirm', () => {
    expect(compare('Only two men were detained in the raid: the owner and a guard.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Two men were detained in the raid: a guard and one worker.')?.outcome).toBe(
      'agrees',
    );
  });
});
