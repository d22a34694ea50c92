/** A recorded speaker said to have kept silent (silent-speaker.ts), on the invented story: Mayor Ida Marsh spoke at her briefing and holds stated commitments; the Dunmore Police Department holds one. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a recorded speaker said to have kept silent', () => {
  it.each([
    ['Mayor Ida Marsh stayed quiet.', 'stayed quiet'],
    ['The Dunmore Police Department, for its part, stayed out of it.', 'stayed out of it'],
    ['Ida Marsh said nothing about it.', 'said nothing'],
    ['Ida Marsh kept silent.', 'kept silent'],
  ])('%s', (sentence, page) => {
    const r = compare(sentence);
    expect(r).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'stance', page }] });
    expect(r?.explanation).toMatch(
      /^The record has (?:Ida Marsh|Dunmore Police Department) speaking out/,
    );
  });

  it.each([
    // Denied, about another matter, for a while, at another time, or someone the record never has speaking.
    'Ida Marsh did not stay quiet.',
    'Ida Marsh stayed quiet about her budget.',
    'Ida Marsh stayed silent at first.',
    'Ida Marsh stayed silent until Friday.',
    'Ida Marsh stayed quiet in 2019.',
    'Harbor Unit stayed quiet.',
    'Ida Marsh said nothing would change for the dockers.',
    'Critics wondered whether Ida Marsh stayed quiet?',
    'If Ida Marsh stayed quiet, the union would speak.',
    '"Ida Marsh stayed quiet," a neighbour claimed.',
    'Critics said Ida Marsh stayed quiet.',
  ])('not: %s', (sentence) => {
    expect(compare(sentence)?.comparisons ?? []).not.toContainEqual(
      expect.objectContaining({
        slot: 'stance',
        page: expect.stringMatching(/quiet|silent|out of it|nothing/),
      }),
    );
  });
});
