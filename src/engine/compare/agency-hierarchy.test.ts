/**
 * An agency's place in the hierarchy as the page states it, against the
 * invented world's (test-story.ts: Harbor Unit is part of Coast Watch; the
 * Revenue Service and the Dunmore Police Department are part of nothing).
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../read/read-sentence.ts';
import { statedHierarchy } from './agency-hierarchy.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');
const stated = (sentence: string) =>
  statedHierarchy(
    readSentence(sentence, record.gazetteer).flatMap((c) => c.mentions),
    sentence,
    record,
  );

describe('statedHierarchy: an agency put under another body than the record has it under', () => {
  it.each([
    'Harbor Unit, an arm of the Revenue Service, raided a warehouse on Quay Street.',
    'Harbor Unit, the investigative arm of the Revenue Service, raided a warehouse.',
    'Harbor Unit, a unit of the Revenue Service, raided a warehouse.',
    'Harbor Unit, part of the Revenue Service, raided a warehouse.',
    'Harbor Unit, which belongs to the Revenue Service, raided a warehouse.',
    'Harbor Unit, which is part of the Revenue Service, raided a warehouse.',
    'Harbor Unit is part of the Revenue Service.',
    'Harbor Unit (part of the Revenue Service) raided a warehouse.',
    'Harbor Unit \u2014 a unit of the Revenue Service \u2014 raided a warehouse.',
    "The Revenue Service's Harbor Unit raided a warehouse.",
    'Harbor Unit, a division of the Dunmore Police Department, raided a warehouse.',
  ])('%s', (sentence) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({
      slot: 'agency',
      page: expect.stringMatching(/Revenue Service|Dunmore Police Department/) as unknown as string,
      record: 'Coast Watch',
    });
    expect(result?.explanation).toMatch(
      /^The record has Harbor Unit as part of Coast Watch, not (the )?(Revenue Service|Dunmore Police Department)\./,
    );
  });

  it('an agency is no part of itself, and one the record puts under nothing can be put under anything', () => {
    expect(stated('Harbor Unit, an arm of Harbor Unit, raided a warehouse.').conflicts).toEqual([]);
    expect(stated('Coast Watch, an arm of Harbor Unit, raided a warehouse.').conflicts).toEqual([]);
  });
});

describe('statedHierarchy: says nothing it cannot know', () => {
  it.each([
    // The record's own hierarchy.
    'Harbor Unit, an arm of Coast Watch, raided a warehouse on Quay Street.',
    "Coast Watch's Harbor Unit raided a warehouse.",
    'Harbor Unit, which belongs to Coast Watch, raided a warehouse.',
    // An agency the record puts under nothing.
    'The Revenue Service, part of Coast Watch, sent agents.',
    // A body the record does not know.
    'Harbor Unit, part of the Tidewater Authority, raided a warehouse.',
    // Denied, or not a statement of the hierarchy.
    'Harbor Unit, not part of the Revenue Service, raided a warehouse.',
    "The Revenue Service's Harbor Unit partners were not there.",
    'Harbor Unit and the Revenue Service raided a warehouse.',
    // Inside quotation marks the words are the speaker's.
  ])('%s', (sentence) => {
    expect(stated(sentence).conflicts).toEqual([]);
  });

  it("inside quotation marks the words are the speaker's", () => {
    expect(
      compare('The mayor said: "Harbor Unit, an arm of the Revenue Service, did this."')?.outcome,
    ).not.toBe('discrepant');
  });

  it("the named body is no participant: the record's own hierarchy leaves the sentence agreeing", () => {
    expect(
      compare('Harbor Unit, an arm of Coast Watch, raided a warehouse on Quay Street.')?.outcome,
    ).toBe('agrees');
    expect(stated('Harbor Unit, an arm of Coast Watch, raided a warehouse.').parents.size).toBe(1);
  });
});
