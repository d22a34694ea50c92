/**
 * A stance told after a participle of speech (", announcing that its officers would …") and a city's department as
 * "<City>'s department": read as "<City> police said … would …" is (clauses.ts, compare-commitment.ts placeDepartment).
 * On the invented story (test-story.ts): the Dunmore Police Department has never taken part in immigration
 * enforcement and will not; Mayor Ida Marsh will keep working with federal agencies.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a stance after a participle of speech, or held by "<City>\'s department"', () => {
  it.each([
    'Dunmore police went the other way, announcing that officers would start checking immigration status.',
    'The Dunmore Police Department took a different line, saying its officers would help with deportations.',
    "Dunmore's department announced that its officers would start checking immigration status.",
    "Dunmore's police force went further, vowing that officers would start checking immigration status.",
  ])('turned round: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'stance' })],
    });
  });

  it.each([
    'Dunmore police held firm, saying officers would not take part in immigration enforcement.',
    "Dunmore's department, noting that it had never taken part in immigration enforcement, stayed out of it.",
    "Dunmore's department said it would not help with deportations.",
    'Mayor Ida Marsh spoke next, adding that the city would keep working with federal agencies.',
    "Dunmore's department of transportation said it would start checking parking permits.",
  ])('true or another body: %s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'silent').not.toBe('discrepant');
  });
});

describe('a stance held by "<City> officers": the city\'s police', () => {
  it("is the city police's stance", () => {
    expect(
      compare(
        'The same statement announced Dunmore officers would start checking immigration status.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'stance' })],
    });
    expect(
      compare('The memo said Dunmore police officers would help with deportations.')?.outcome,
    ).toBe('discrepant');
  });

  it('agrees with the recorded stance, and leaves officers named for no city alone', () => {
    expect(
      compare(
        'The same statement said Dunmore officers would not take part in immigration enforcement.',
      )?.outcome ?? 'silent',
    ).not.toBe('discrepant');
    expect(
      compare('The memo said officers would start checking immigration status.')?.outcome ??
        'silent',
    ).not.toBe('discrepant');
  });
});

describe('"<City> officers" in an act told, not a stance', () => {
  it('says nothing of what the officers did', () => {
    expect(
      compare(
        'The review came weeks after Dunmore officers helped federal agents at a traffic stop.',
      )?.outcome ?? 'silent',
    ).not.toBe('discrepant');
  });
});
