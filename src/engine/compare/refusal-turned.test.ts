/**
 * A refusal the record states, turned round, on the invented story
 * (test-story.ts vossRefusalStory) with two events added: on 13 June Mayor Ida Marsh said she
 * would not meet Ned Voss, who came to Port Alder on 14 June. "Marsh agreed to
 * sit down with Voss" is discrepant; agreeing to meet someone else, or a
 * pronoun not set against a refusal, says nothing of it.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { vossRefusalStory } from './test-story.ts';

const record = vossRefusalStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a refusal the record states, turned round', () => {
  it.each([
    [
      'Mayor Ida Marsh agreed to sit down with Ned Voss during his visit.',
      'Ida Marsh agreed to sit down with',
    ],
    [
      'Mayor Ida Marsh accepted an invitation to meet Ned Voss during his visit.',
      'Ida Marsh accepted an invitation to meet',
    ],
  ])('%s', (sentence, page) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({
      slot: 'person',
      page,
      record: 'Mayor Ida Marsh said she would not meet Voss.',
    });
  });

  it.each([
    'Mayor Ida Marsh refused to meet with Ned Voss.',
    'Mayor Ida Marsh agreed to meet with him.',
    'Mayor Ida Marsh did not agree to sit down with Ned Voss.',
  ])('not turned round, or not about whom she refused: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
