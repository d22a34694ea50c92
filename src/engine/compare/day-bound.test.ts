/**
 * A weekday given as a bound ("until at least Thursday", "no earlier than Thursday") says how long
 * something lasts, not the day it happened: it is no conflict with the event's date.
 */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../pack/schema.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const base = raidPack().stories[0]!;
const story: Story = {
  ...base,
  events: [
    ...(base.events ?? []),
    {
      id: 'curfew',
      label: 'The city orders a curfew',
      words: ['curfew'],
      date: '2024-06-18',
      sources: ['ledger'],
      confidence: 'high',
    },
  ],
};
const record = buildStoryRecord(story, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe('compareSentence: a weekday as a bound', () => {
  it.each([
    'The curfew was expected to remain in effect until at least Thursday.',
    'The curfew would stay in place no earlier than Thursday, officials said.',
    'The curfew would last until at the earliest Thursday.',
  ])('%s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('still calls another weekday of the event wrong', () => {
    expect(compare('The city ordered the curfew on Thursday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
  });
});
