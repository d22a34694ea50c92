/**
 * A day written right after the words that name an event ("held a press
 * conference on Thursday") is that event's day, even in a clause whose speaker
 * spoke on other days too (invented story: the briefing on Wednesday 12 June
 * 2024; the mayor's interview on Thursday 13 June).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { outletStory } from './test-story.ts';

const record = outletStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a day right after the words naming an event is that event\'s day', () => {
  it('is wrong when the named event was on another day, though the speaker spoke on that day elsewhere', () => {
    const result = compare('Mayor Ida Marsh held a press conference on Thursday and said the raid was lawful.');
    expect(result).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'weekday', page: 'Thursday' }] });
    expect(compare('Mayor Ida Marsh held a briefing on June 13 and said the raid was lawful.')?.outcome).toBe('discrepant');
  });

  it('agrees on the event\'s own day', () => {
    expect(compare('Mayor Ida Marsh held a press conference on Wednesday and said the raid was lawful.')?.outcome).not.toBe('discrepant');
  });

  it('leaves a day that goes with the speaking alone as it was (the speaker spoke that day)', () => {
    expect(compare('Mayor Ida Marsh said on Thursday that the raid was lawful.')?.outcome).not.toBe('discrepant');
  });
});
