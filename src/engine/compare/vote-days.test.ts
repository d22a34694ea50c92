/**
 * A vote in a clause that names two events, only one of which records a vote
 * (the invented story: the council's funding vote was 7-0 on 18 June 2024;
 * a second funding event, a grant on 3 September 2024, records none). The
 * clause's day picks the voted event, and a vote that fits no recorded vote
 * is never green.
 */
import { describe, expect, it } from 'vitest';
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { westmark } from './test-story.ts';

const p = JSON.parse(JSON.stringify(pack)) as { stories: { events: unknown[] }[] };
p.stories[0]!.events.push({
  id: 'grant',
  label: 'The state grants the city funding for the Harbor Unit',
  words: ['funding'],
  date: '2024-09-03',
  sources: ['ledger'],
  confidence: 'high',
});
const parsed = parsePack(p);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-12-01');

describe('a vote, with two events named', () => {
  it.each([
    'On 18 June 2024 the council approved the funding on a narrow 4-3 vote.',
    'June 18, 2024 \u2014 The council approves the funding on a narrow 4-3 vote.',
  ])("the clause's day picks the voted event: %s", (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'vote', page: '4-3 vote', record: 'the council voted 7-0, unanimously' },
      ],
    });
  });

  it('the same vote on the day agrees', () => {
    expect(compare('On 18 June 2024 the council approved the funding unanimously.')?.outcome).toBe(
      'agrees',
    );
  });

  it('with no day, a vote that fits no recorded vote is unconfirmed, not green', () => {
    expect(compare('The council approved the funding on a narrow 4-3 vote.')).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'vote', page: '4-3 vote' }],
    });
  });

  it('with no day, a vote that fits the recorded one says nothing of its own', () => {
    expect(
      compare('The council approved the funding unanimously.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'vote' }));
  });
});
