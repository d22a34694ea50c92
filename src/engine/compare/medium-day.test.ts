/**
 * A kind of statement and a day name the record's one statement of that kind that day (medium-day.ts), on the
 * invented story with Mayor Marsh's written statement of 15 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { raidRecordAdding } from './test-review.ts';

const story = raidRecordAdding({
  events: [
    {
      sources: ['ledger'],
      confidence: 'high',
      id: 'marsh-statement',
      label: 'Mayor Ida Marsh says in a written statement that the raid was lawful',
      words: ['raid was lawful'],
      date: '2024-06-15',
      medium: 'written',
      participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
    },
  ],
});
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a kind of statement and its day', () => {
  it('links the record\u2019s statement, so another person giving it conflicts', () => {
    expect(compare('Mayor Tom Rudd issued a written statement on June 15.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Tom Rudd' }],
      events: ['marsh-statement'],
    });
    expect(compare('Mayor Ida Marsh issued a written statement on June 15.')?.outcome).toBe(
      'agrees',
    );
  });
  it('links nothing on another day, or for another kind of statement', () => {
    expect(compare('Mayor Tom Rudd issued a written statement on June 16.')?.events ?? []).toEqual(
      [],
    );
    expect(compare('Tom Rudd gave an interview on June 15.')?.events ?? []).not.toContain(
      'marsh-statement',
    );
  });
});
