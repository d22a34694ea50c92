/**
 * The days a speaker spoke on are the days of the events they took part in,
 * not of events that befell them: on the invented story with a complaint
 * filed against Mayor Ida Marsh on Thursday 13 June 2024 (she is its subject)
 * and a council hearing where she spoke on Tuesday 9 July 2024, her
 * briefing being on Wednesday 12 June.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { MARSH_AT_HEARING, raidRecordWith } from './test-raid-record.ts';

const record = raidRecordWith([
  {
    id: 'complaint',
    label: 'A complaint is filed against the mayor',
    words: ['complaint'],
    date: '2024-06-13',
    participants: [{ role: 'subject', entities: ['ida-marsh'] }],
    sources: ['ledger'],
    confidence: 'high',
  },
  MARSH_AT_HEARING,
]);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe("a speaker's days are the events they took part in, not those that befell them", () => {
  it('the day of an event the speaker was only the subject of is wrong for their press conference', () => {
    expect(
      compare('Mayor Ida Marsh holds a press conference on Thursday and says the raid was lawful.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
    expect(
      compare(
        'Mayor Ida Marsh held a press conference on June 13, 2024 and said the raid was lawful.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date' }] });
  });
  it('the day of another event where the speaker spoke stays unconfirmed', () => {
    expect(
      compare(
        'Mayor Ida Marsh holds a press conference on Tuesday and says the officers were calm.',
      )?.outcome,
    ).toBe('unconfirmed');
  });
});
