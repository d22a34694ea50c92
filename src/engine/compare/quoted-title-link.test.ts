/**
 * A name or title in quotation marks ("the theme tonight is “Raid,”") names itself, not the story's event that has the
 * same word (compare-sentence.ts, linkClause): its time words are not the event's. On the invented story
 * (test-story.ts): the raid on Tuesday 11 June 2024. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2025-05-20');

describe('a quoted title with an event word', () => {
  it.each([
    'The theme tonight is \u201CRaid,\u201D and I nearly stayed home.',
    'Our book club picked "Dawn Raid" for this week.',
  ])('is no mention of the event: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('while the event named in plain words is still timed', () => {
    expect(compare('Harbor Unit officers raided the warehouse this week.')?.outcome).toBe(
      'discrepant',
    );
  });
});
