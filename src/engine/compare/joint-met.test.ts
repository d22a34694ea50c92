/**
 * Two people told as meeting each other, joined as one subject, where the record has one refusing to meet the other
 * (joint-met.ts), on the invented story with the refusal of test-story.ts vossRefusalStory: on 13 June Mayor
 * Ida Marsh said she would not meet Ned Voss, who came to Port Alder on 14 June.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { vossRefusalStory } from './test-story.ts';

const record = vossRefusalStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('two people joined as the subject of a meeting the record has one of them refusing', () => {
  it.each([
    'During his visit, Ned Voss and the mayor met for about twenty minutes at City Hall.',
    'By the end of the visit Voss and Mayor Ida Marsh had quietly sat down together.',
    'Ned Voss and Ida Marsh later held private talks during his visit.',
    'Ida Marsh and Ned Voss, the paper said, had a brief meeting during his visit.',
  ])('is wrong, whichever comes first: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', record: 'Mayor Ida Marsh said she would not meet Voss.' }],
    });
  });

  it.each([
    'Ned Voss and the mayor did not meet during his visit.',
    'Ned Voss and the mayor traded barbs during his visit.',
    'Ned Voss and the mayor met again in 2023.',
    'Ned Voss and Chief Ana Ruiz met during his visit.',
    'Mayor Ida Marsh and the council met during the visit to discuss the raid.',
  ])('says nothing wrong of a denial, another act, another day or another pair: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
