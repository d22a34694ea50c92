/**
 * A recorded statement given to the head of another kind of body of the same town (place-title-body.ts): the Denver
 * statement of 14 November 2016 came from the Denver Police Department (sources.md C8), Tucson's from Chief Magnus and
 * the Tucson Police Department (C7). "The Denver sheriff" stands for the Denver sheriff's office, another body.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'magnus-statement'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe('a recorded statement given to the head of another body of the town', () => {
  it.each([
    'Then again, it was the Denver sheriff, not the police department, who released that statement.',
    'The Denver sheriff put the statement out on Monday, November 14.',
    'That statement was issued by the Denver sheriff.',
    'The statement came straight from the Denver sheriff, not the police.',
    'The Tucson sheriff issued the written statement on November 16.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        expect.objectContaining({
          slot: 'agency',
          record: expect.stringMatching(/Police Department/),
        }),
      ],
    });
  });

  it.each([
    // The recorded body, said in other words; the other body denied.
    'It was the Denver police, not the sheriff, who put out that statement.',
    'The statement came from the Denver Police Department, not the sheriff.',
    'The Denver statement did not come from the sheriff.',
    // The sheriff doing something else, or another statement.
    'The Denver sheriff later backed the statement.',
    'The Pima County sheriff also put out a statement that week.',
    'A day later the Denver sheriff gave a statement of his own about the jail.',
    // A person's title, or the town's sheriff named as someone's.
    'Denver\u2019s sheriff said nothing about the statement.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
