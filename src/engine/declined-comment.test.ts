/**
 * A refusal to comment that the record's own words contradict (declined-comment.ts). Invented story: the Quay
 * Dockworkers Guild spoke on the day of the minister's tour (3 January 2025), and said nothing recorded on the day of
 * the inquiry (9 January); Mayor Owen Dray spoke only on 2 January, the day of the fire.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../pack/schema.ts';
import { testPack } from '../pack/test-pack.ts';
import { declinedButSpoke } from './declined-comment.ts';
import { analyzeText, indexPacks } from './index.ts';

const quote = (spec: Pick<Quote, 'id' | 'speaker' | 'text' | 'date'> & Partial<Quote>): Quote => ({
  occasion: 'in a statement',
  sources: ['gazette'],
  status: 'verified',
  ...spec,
});
const event = (id: string, words: string[], date: string) => ({
  id,
  label: id,
  words,
  date,
  sources: ['gazette'],
  confidence: 'high',
});
const pack = testPack(
  {
    entities: [
      {
        id: 'dock-guild',
        kind: 'organization',
        name: 'Quay Dockworkers Guild',
        aliases: ['Dockworkers Guild'],
        role: 'the union of the harbour dockworkers',
      },
      { id: 'owen-dray', kind: 'person', name: 'Owen Dray', role: 'Mayor' },
    ],
    events: [
      event('fire', ['fire', 'blaze'], '2025-01-02'),
      event('tour', ['tour', 'visit'], '2025-01-03'),
      event('inquiry', ['inquiry'], '2025-01-09'),
    ],
    quotes: [
      quote({
        id: 'guild-tour',
        speaker: 'dock-guild',
        date: '2025-01-03',
        text: 'We thank the minister for coming to see the quay.',
      }),
      quote({
        id: 'dray-fire',
        speaker: 'owen-dray',
        date: '2025-01-02',
        text: 'The crews did a great job on the night of the fire.',
      }),
    ],
  },
  { formatVersion: 2 },
);
const details = indexPacks([pack]).stories[0]!.checks();
const declined = (s: string) => declinedButSpoke(s, details);

describe('a refusal to comment on an event the speaker spoke on that day', () => {
  it('is contradicted by their recorded words', () => {
    expect(declined('The Dockworkers Guild declined to comment on the tour.')).toMatchObject({
      quote: { quote: { id: 'guild-tour' } },
      page: 'declined to comment on',
    });
    expect(
      declined('Asked by our reporter, Mayor Owen Dray refused to comment about the fire.')?.quote
        .quote.id,
    ).toBe('dray-fire');
  });
  it('stands where the record has no words of theirs that day, for someone else, or after earlier words', () => {
    for (const s of [
      'The Dockworkers Guild declined to comment on the inquiry.',
      'Mayor Owen Dray declined to comment on the tour.',
      'The harbour master declined to comment on the tour.',
      'The Dockworkers Guild declined to comment further on the tour.',
      'The Dockworkers Guild did not respond to a request for comment on the tour.',
      'The Dockworkers Guild commented on the tour.',
    ])
      expect(declined(s), s).toBeNull();
  });
});

describe('on a page', () => {
  const index = indexPacks([pack]);
  const verdictOf = (s: string) =>
    analyzeText(
      `Fire in Harbour Town\nA warehouse burned in Harbour Town on January 2, 2025. ${s}`,
      index,
      { today: '2025-02-01' },
    ).findings.find((f) => f.text.includes(s.slice(0, 20)))?.verdict;
  it('the refusal is discrepant; one the record does not contradict is not', () => {
    expect(verdictOf('The Dockworkers Guild declined to comment on the tour.')).toBe('discrepant');
    expect(verdictOf('The Dockworkers Guild declined to comment on the inquiry.')).not.toBe(
      'discrepant',
    );
  });
});
