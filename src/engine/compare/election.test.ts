/** Elections by year against the world file (the real one: presidential elections 2000-2024). */
import { describe, expect, it } from 'vitest';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

const story = raidPack().stories[0]!;
// The invented story gains an election event on the day of the 2016 presidential election, so "the 2016 election" is that one.
const record = buildStoryRecord(
  {
    ...story,
    events: [
      ...story.events!,
      {
        id: 'vote',
        label: 'The presidential election',
        words: ['election'],
        date: '2016-11-08',
        sources: ['ledger'],
        confidence: 'high' as const,
      },
    ],
  },
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, record, '2024-06-20');

describe('compareSentence: elections by year', () => {
  it('a year with no election of that office is wrong', () => {
    expect(
      compare('At the briefing, Ida Marsh recalled the 2014 presidential election.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: '2014 presidential election' }],
    });
    expect(
      compare('At the briefing, Ida Marsh recalled how Donald Trump won the 2018 election.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: '2018 election' }],
    });
  });

  it('a winner who did not win it is wrong', () => {
    expect(
      compare('At the briefing, Ida Marsh recalled how Anthony Gallagher won the 2016 election.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Anthony Gallagher', record: 'Donald Trump' }],
    });
  });

  it('the right year and winner, a race of no known kind nobody is said to win, or a year the world file does not cover, are left alone', () => {
    expect(
      compare(
        'At the briefing, Ida Marsh recalled how Donald Trump won the 2016 presidential election.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('At the briefing, Ida Marsh recalled the 2017 election for the harbour board.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('At the briefing, Ida Marsh recalled the 1996 presidential election.')?.outcome,
    ).not.toBe('discrepant');
  });
});
