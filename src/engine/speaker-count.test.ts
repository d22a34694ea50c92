/**
 * A count that is the subject of a verb of speech ("one officer told us") names who spoke, not how many took part
 * (speaker-count.ts): on the invented story (compare/test-story.ts: about fifteen officers raided the warehouse),
 * and with the hand-listed wrong count of the embedded pack ("one officer" where about ten Rochester officers
 * responded).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare/compare-sentence.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { parsePack } from '../pack/parse-pack.ts';
import { countIsSpeaker } from './speaker-count.ts';
import { rochesterVerdict } from './test-embedded-page.ts';

describe('a count followed by a verb of speech', () => {
  it('is a speaker, with its noun and up to two adverbs between', () => {
    expect(countIsSpeaker('one officer told us so', 3, 'officer')).toBe(true);
    expect(countIsSpeaker('two deputies later said so', 3, 'deputies')).toBe(true);
    expect(countIsSpeaker('two officers raided it', 3, 'officers')).toBe(false);
    expect(countIsSpeaker('one officer who was there said', 3, 'officer')).toBe(false);
    // An order given at the scene is an act, not a source speaking.
    expect(countIsSpeaker('one officer told the occupants to get out', 3, 'officer')).toBe(false);
    expect(countIsSpeaker('two officers told them to leave the van', 3, 'officers')).toBe(false);
    expect(countIsSpeaker('one officer told the ledger that it was rushed', 3, 'officer')).toBe(
      true,
    );
  });
});

const parsed = parsePack(raidPack());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());

describe('in a clause about the raid', () => {
  it.each([
    'One officer told the Ledger that the raid on the warehouse was rushed.',
    '"It was chaos," two officers later said of the warehouse raid.',
  ])('is not how many raided: %s', (sentence) => {
    expect(compareSentence(sentence, record, '2024-06-20')?.outcome ?? 'silent').not.toBe(
      'discrepant',
    );
  });
  it('a count that does the act is still compared', () => {
    expect(
      compareSentence('Two officers raided the warehouse.', record, '2024-06-20')?.outcome,
    ).toBe('discrepant');
  });
});

describe('against a hand-listed wrong count', () => {
  it('a speaking count is not it', () => {
    expect(
      rochesterVerdict(
        '"We answered a call for help," one officer told us, "and then we were off the street for a day."',
      ) ?? 'silent',
    ).not.toBe('discrepant');
  });
  it.each([
    'Only one officer responded to the call with lights and sirens.',
    'One officer responded with lights and sirens.',
    'Just two officers showed up with lights and sirens, one witness said.',
  ])('a count of who responded still is: %s', (line) => {
    expect(rochesterVerdict(line)).toBe('discrepant');
  });
});
