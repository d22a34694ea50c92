/**
 * A clause after a colon or semicolon that opens on "he" or "she" goes on about the one person the clause before it
 * names (compare-sentence.ts, withAntecedents), on the invented story (test-story.ts): Mayor Ida Marsh's one recorded
 * statement, at a press conference on Wednesday 12 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe('a pronoun after a colon or semicolon', () => {
  it('takes the one person of the clause before it', () => {
    expect(
      compare('Ida Marsh did not wait long: she put out her statement on Friday.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', record: 'Wednesday 12 June 2024' }],
    });
    expect(
      compare('Ida Marsh moved fast; she put out her statement on Wednesday.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('takes no one when the clause before names more than one, or a body', () => {
    for (const s of [
      'Ida Marsh thanked the Harbor Unit: she put out her statement on Friday.',
      'Ida Marsh did not wait long, and she put out her statement on Friday.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
