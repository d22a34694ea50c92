/**
 * Who was not there, on the day a clause shares with the one before it
 * (record-extent.ts, shared-days.ts). On the invented story (test-story.ts)
 * the Coast Watch delegation met without Mayor Ida Marsh twice: on Friday 21
 * June 2024 (no place recorded) and on Tuesday 2 July 2024, on Quay Street.
 * "The Coast Watch delegation arrived on Tuesday, July 2, and met the mayor":
 * the day written before ", and met" is the meeting's day too, and the
 * delegation named there is of that meeting, so it is the July one; when the
 * clause before names no one of the meeting, or a day with no meeting, nothing
 * is said.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const pack = raidPack();
const story = pack.stories[0]!;
const base = {
  words: ['delegation talks'],
  sources: ['ledger'],
  confidence: 'high' as const,
  participants: [{ role: 'came' as const, entities: ['coast-watch'] }],
};
story.events!.push(
  {
    ...base,
    id: 'talks-june',
    label: 'The Coast Watch delegation meets port staff',
    date: '2024-06-21',
    outcomes: [{ kind: 'met' as const }],
    absent: [
      { entities: ['ida-marsh'], explanation: 'The mayor did not meet the delegation in June.' },
    ],
  },
  {
    ...base,
    id: 'talks-july',
    label: 'The Coast Watch delegation tours Quay Street',
    date: '2024-07-02',
    places: ['quay-street'],
    outcomes: [{ kind: 'visited' as const }, { kind: 'met' as const }],
    absent: [
      {
        entities: ['ida-marsh'],
        explanation: 'On 2 July the delegation met dock workers; the mayor stayed away.',
      },
    ],
  },
);
const record = buildStoryRecord(story, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-10');
const personSlots = (sentence: string) =>
  (compare(sentence)?.comparisons ?? []).filter((c) => c.slot === 'person');

describe('absent: a day shared with the clause before', () => {
  it.each([
    'The Coast Watch delegation arrived in Port Alder on Tuesday, July 2, and met the mayor on Quay Street.',
    'The Coast Watch delegation arrived in Port Alder on July 2, and met Mayor Ida Marsh on Quay Street.',
  ])('picks the meeting of that day: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'person',
          record: 'On 2 July the delegation met dock workers; the mayor stayed away.',
        },
      ],
    });
  });

  it.each([
    // No day, and no one of the meetings to tell which.
    'A delegation arrived in Port Alder on Tuesday, July 2, and met the mayor on Quay Street.',
    // Another day, when no meeting of theirs is recorded.
    'The Coast Watch delegation arrived in Port Alder on Monday, July 8, and met the mayor on Quay Street.',
    // A subject of its own: the day is not shared.
    'The Coast Watch delegation arrived in Port Alder on Tuesday, July 2, and the next week the mayor met dock workers on Quay Street.',
  ])('says nothing of her presence: %s', (sentence) => {
    expect(personSlots(sentence)).toEqual([]);
  });
});
