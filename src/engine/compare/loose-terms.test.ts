/** An event's words with one word slipped in (loose-terms.ts), and the links it gives on the invented story. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { looseForm } from './loose-terms.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const matches = (term: string, text: string) =>
  looseForm(term) ? [...text.matchAll(looseForm(term)!)].length > 0 : false;

describe('looseForm', () => {
  it.each([
    ['released details', 'the department released more details on friday'],
    ['white house briefing', 'at a white house press briefing'],
    ['pulled over', 'agents pulled them over'],
    ['dismissed the lawsuit', 'the judge dismissed the federal lawsuit'],
  ])('%s ~ %s', (term, text) => expect(matches(term, text)).toBe(true));

  it.each([
    ['released details', 'the department released no details'],
    ['will visit', 'he will not visit'],
    ['released details', 'the department released two more details'],
    ['traffic stop', 'traffic and stop'],
    ['released details', 'she released the men and their details'],
  ])('not %s ~ %s', (term, text) => expect(matches(term, text)).toBe(false));

  it('leaves one-word terms to the exact match', () => expect(looseForm('raid')).toBeNull());
});

describe('an event named with a word slipped in links the clause', () => {
  // The invented story's briefing (Wednesday 12 June 2024), named here by the words "held a briefing" alone.
  const pack = raidPack();
  const story = pack.stories[0]!;
  const record = buildStoryRecord(
    {
      ...story,
      events: (story.events ?? []).map((e) =>
        e.id === 'briefing' ? { ...e, words: ['held a briefing'] } : e,
      ),
    },
    westmark(),
  );
  it('"held a long briefing on Friday" is the briefing, on another day', () => {
    expect(
      compareSentence('The mayor held a long briefing on Friday.', record, '2024-06-20'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'weekday', page: 'Friday' }] });
    expect(
      compareSentence('The mayor held a long briefing on Wednesday.', record, '2024-06-20')
        ?.outcome,
    ).toBe('agrees');
  });
});
