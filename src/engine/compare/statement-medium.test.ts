/**
 * How a recorded statement was given (statement-medium.ts, pack event `medium`): Magnus's was a written statement
 * (sources.md C7); Beck spoke in an interview with the Los Angeles Times (C5); Evans issued a written statement and
 * also held a press conference (C1, B18).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';

const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe('the medium of a recorded statement', () => {
  it('spoken at a gathering, for a written statement, is discrepant', () => {
    expect(compare('Magnus made his remarks at a City Council meeting.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'medium', page: 'at a City Council meeting' }],
    });
    expect(compare('Magnus made the statement at a press conference.')?.outcome).toBe('discrepant');
    expect(
      compare('Chief Magnus told a City Council meeting that the practices are not changing.')
        ?.outcome,
    ).toBe('discrepant');
    expect(compare('Magnus delivered those comments during a community forum.')?.outcome).toBe(
      'discrepant',
    );
  });
  it("the record's medium, another occasion, or no pointer to the statement is never discrepant", () => {
    for (const s of [
      "Magnus said in a written statement that the department's practices are not changing.",
      'Magnus made his remarks in a statement.',
      'Magnus also spoke at a City Council meeting the following week.',
      'Magnus, speaking at a rally, said the city welcomes immigrants.',
      'Beck made his comments in an interview with the Los Angeles Times.',
      'Magnus did not make his remarks at a City Council meeting.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    for (const s of [
      'At a press conference on Wednesday, Mayor Evans said the officers appear to have violated city policy.',
      'Mayor Evans said in a written statement that RPD responds to these scenes to keep them safe.',
    ])
      expect(compareSentence(s, rochester, '2025-04-30')?.outcome, s).not.toBe('discrepant');
  });

  it('a press conference or a council meeting, for an interview with a named outlet, is discrepant, naming the outlet', () => {
    expect(
      compare('Beck gave those comments at a crowded news conference downtown.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'medium',
          page: 'at a crowded news conference',
          record: expect.stringContaining('an interview with Los Angeles Times'),
        },
      ],
    });
    expect(compare('Chief Beck stated it during a city council session.')?.outcome).toBe(
      'discrepant',
    );
    // A council's hearing, with the city's name before it, and the statement pointed at by "said so".
    expect(compare('Beck said so at a Los Angeles City Council hearing.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'medium', page: 'at a Los Angeles City Council hearing' }],
    });
  });
  it('words given in answer to a question, for a written statement, are discrepant', () => {
    expect(
      compare('Magnus set out that position in response to a journalist\u2019s question.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'medium' }] });
  });
  it('an interview told as such, talk with reporters, or another gathering is never discrepant', () => {
    for (const s of [
      'Beck made the comments in an interview with the Los Angeles Times.',
      'Beck told reporters that his officers would not help with deportations.',
      'Beck gave his remarks at a community forum.',
      'Beck later repeated the point at a news conference.',
      'Beck answered a question about it in his interview with the Times.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});

describe('an interview given to the outlet the record has reporting a written statement', () => {
  it.each([
    [
      'Chief Magnus sat down with the Arizona Daily Star for a long interview about it.',
      'sat down with the Arizona Daily Star for a long interview',
    ],
    [
      'Magnus gave the Arizona Daily Star an interview that week.',
      'gave the Arizona Daily Star an interview',
    ],
    ['Magnus granted an interview to the Arizona Daily Star.', 'granted an interview to'],
    [
      'Magnus was interviewed by the Arizona Daily Star about the department\u2019s practices.',
      'was interviewed by',
    ],
    [
      'Magnus explained the position to the Arizona Daily Star in a phone interview.',
      'in a phone interview',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'medium',
          page,
          record: expect.stringContaining('a written statement, which Arizona Daily Star reported'),
        },
      ],
    });
  });

  it('never a false alarm: an interview asked for, another outlet, another occasion, an interview on record', () => {
    for (const s of [
      'Magnus turned down a request from the Arizona Daily Star for an interview.',
      'Magnus declined to give the Arizona Daily Star an interview.',
      'Magnus sent the Arizona Daily Star a statement instead of an interview.',
      'Magnus gave an interview to KGUN, and the Arizona Daily Star ran his statement.',
      'Magnus later sat down with the Arizona Daily Star for an interview.',
      'Magnus sat down with the Arizona Daily Star for another interview.',
      'Magnus did not give the Arizona Daily Star an interview.',
      'Beck sat down with the Los Angeles Times for an interview.',
      'Beck gave the Los Angeles Times an interview.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
