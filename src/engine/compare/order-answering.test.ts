/**
 * Order words that make one event answer or follow another ("a response to", "answering", "on the heels of"), said
 * of what the sentence before told of, also behind a transcript's speaker label or after "every one of those …"
 * (event-order.ts, order-before.ts). Invented story of test-story.ts: raid Tuesday 11 June 2024, Mayor Ida Marsh's
 * briefing Wednesday 12 June, funding vote Tuesday 18 June. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from '../index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { lastLineVerdict } from './test-raid-page.ts';
import { outletPack, raidPack, westmark } from './test-story.ts';

const { pack, world } = outletPack();
const index = indexPacks([pack], { world });
const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

const verdict = (lines: string[]) => lastLineVerdict(index, lines);

describe('an event said to answer or follow one the record has after it', () => {
  it.each([
    'Mayor Ida Marsh gave her briefing as a response to the funding vote.',
    "Mayor Ida Marsh's briefing was a direct reaction to the funding vote.",
    'Mayor Ida Marsh gave her briefing answering the funding vote.',
    'Mayor Ida Marsh gave her briefing right on the heels of the funding vote.',
  ])('%s is discrepant', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'date' })],
    });
  });

  it.each([
    'Mayor Ida Marsh gave her briefing as a response to the raid.',
    'Mayor Ida Marsh gave her briefing hot on the heels of the raid.',
  ])('%s is not discrepant', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});

describe('what the sentence before told of, answering a later event', () => {
  const told = 'Mayor Ida Marsh held a press conference on June 12, 2024.';
  it.each([
    'Every one of those remarks was a response to the funding vote.',
    'NARRATOR: It all came right on the heels of the funding vote.',
    'Each of these remarks came answering the funding vote.',
  ])('%s is discrepant', (line) => {
    expect(verdict([told, line])).toBe('discrepant');
  });

  it.each([
    'Every one of those remarks was a response to the raid.',
    'NARRATOR: It all came on the heels of the raid.',
    'NARRATOR: Perhaps it all came on the heels of the funding vote.',
  ])('%s is not discrepant', (line) => {
    expect(verdict([told, line])).not.toBe('discrepant');
  });
});
