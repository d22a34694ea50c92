/**
 * An agency in a person's title that the world does not list, named for a
 * known place away from the event's ("X, a spokesman for the Kells Police
 * Department", where the record has X speaking for the Dunmore police at a
 * raid in Port Alder): another agency than the one the person works for.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { spokesmanStory } from './test-spokesman.ts';
import { westmark } from './test-story.ts';

describe("an unlisted agency in a person's title", () => {
  const record = buildStoryRecord(spokesmanStory(), westmark());
  const compare = (s: string) => compareSentence(s, record, '2024-06-20');

  it('named for a place away from the event, it is another agency', () => {
    expect(
      compare('Bo Lind, a spokesman for the Kells Police Department, described the search.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'agency', page: 'Kells Police Department', record: 'Dunmore Police Department' },
      ],
    });
  });

  it("named for the event's own town, it may be the same body: not wrong", () => {
    expect(
      compare('Bo Lind, a spokesman for the Port Alder Police Department, described the search.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('the recorded agency agrees', () => {
    expect(
      compare('Bo Lind, a spokesman for the Dunmore Police Department, described the search.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('the agency right before the title and the name ("Harbor Unit spokesman Bo Lind") is whom the person works for', () => {
    expect(compare('The voice of the search was Harbor Unit spokesman Bo Lind.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Harbor Unit', record: 'Dunmore Police Department' }],
    });
    expect(
      compare('The voice of the search was Dunmore Police Department spokesman Bo Lind.')?.outcome,
    ).not.toBe('discrepant');
  });
});
