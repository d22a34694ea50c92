/**
 * A clock time is compared only with the time of the event on the clause's own day: when that event records no
 * time, another linked event's time window does not make the clock time wrong (invented story: the raid at
 * 6 a.m. on 11 June, the mayor's briefing on 12 June with no time recorded).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const at = (sentence: string) => compareSentence(sentence, record, '2024-06-20')?.outcome;

describe('a clock time on the day of an event that records none', () => {
  it('is not compared with another event\u2019s time', () => {
    expect(at('On June 12, Mayor Ida Marsh held a briefing at 3 p.m. about the raid.')).not.toBe(
      'discrepant',
    );
    expect(
      at(
        'At about 4:15 p.m. on Wednesday, June 12, the mayor gave a press conference on the raid.',
      ),
    ).not.toBe('discrepant');
    expect(
      at(
        'The mayor\u2019s briefing on the warehouse raid began at 2:30 in the afternoon on 12 June.',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds a wrong time of the timed event on its own day', () => {
    expect(at('On June 11, Harbor Unit officers raided the warehouse at 3 p.m.')).toBe(
      'discrepant',
    );
    expect(
      at('The raid on the Quay Street warehouse began at 4:15 p.m. on Tuesday, June 11.'),
    ).toBe('discrepant');
  });
});
