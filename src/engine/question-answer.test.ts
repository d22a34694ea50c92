/**
 * An answer to the page's own question, read as the statement it makes (question-answer.ts, analyze.ts): a quiz's
 * "Who put out the Denver statement?" answered "The Denver Sheriff Department." names who spoke; "Which post did
 * Chris Magnus hold?" answered "He was the sheriff of Pima County." gives him a post (the embedded pack: the Denver
 * Police Department's statement of 14 November 2016, sources.md; Magnus Tucson police chief then, world file).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';
import { CHIEFS_STATEMENTS_LINES, embeddedIndex } from './test-embedded-page.ts';

const index = embeddedIndex();
const head = CHIEFS_STATEMENTS_LINES;
const verdictOf = (question: string, answer: string) =>
  analyzeText([...head, question, answer].join('\n'), index, {
    today: '2016-11-20',
    published: '2016-11-20',
  }).findings.find((f) => f.text.includes(answer.slice(-25)))?.verdict;

describe('an answer to the page\u2019s question', () => {
  it.each([
    [
      '5. Who put out the Denver statement quoted in the piece?',
      'Answer: (d) The Denver Sheriff Department, through a written release.',
    ],
    ['Who issued the Denver statement?', 'A: The Denver Sheriff Department.'],
    [
      'Q: Who released the statement in Denver?',
      'The Denver Sheriff Department, in a press release.',
    ],
    [
      '4. Which post did Chris Magnus hold when he said that?',
      'Answer: (d) He was the sheriff of Pima County.',
    ],
    ['What was Chris Magnus\u2019s job in November 2016?', 'He was the sheriff of Pima County.'],
    // Where, when or which thing of a named subject, answered by a phrase.
    [
      'Q: Where did Beck say it?',
      'A: In an interview with the Los Angeles Daily News on Monday, November 14, 2016.',
    ],
    ['Q: Which city did Chris Magnus lead in 2016?', 'A: Phoenix, as its police chief.'],
    // Whose quoted words they are.
    [
      'Q: Who said, "Immigration enforcement is handled at the federal level \u2014 not by local law enforcement"?',
      'A: Denver Mayor Michael Hancock, in remarks printed by the Denver Post.',
    ],
  ])('is read as the statement it makes: %s %s', (question, answer) => {
    expect(verdictOf(question, answer)).toBe('discrepant');
  });

  it.each([
    [
      '5. Who put out the Denver statement quoted in the piece?',
      'Answer: (a) The Denver Police Department, through a written release.',
    ],
    ['Who issued the Denver statement?', 'A: The Denver Police Department.'],
    [
      '4. Which post did Chris Magnus hold when he said that?',
      'Answer: (b) He was the police chief of Tucson.',
    ],
    ['Which post did Chris Magnus hold later?', 'He became CBP commissioner.'],
    [
      'Who does the Pima County sheriff work with?',
      'The Denver Sheriff Department is not part of this story.',
    ],
    ['Did Charlie Beck and Chris Magnus agree?', 'He was the sheriff of nowhere.'],
    ['The Denver Sheriff Department put out no statement.', 'The Denver Police Department did.'],
    [
      'Q: Where did Beck say it?',
      'A: In an interview with the Los Angeles Times on Monday, November 14, 2016.',
    ],
    ['Q: Which city did Chris Magnus lead in 2016?', 'A: Tucson, as its police chief.'],
    // A verb of several words, or words after the verb the statement would lose; an option letter that asserts nothing.
    ['Q: Which agency did Chris Magnus go on to lead?', 'A: U.S. Customs and Border Protection.'],
    ['Q: Which city did Chris Magnus lead before Tucson?', 'A: Phoenix.'],
    [
      'Q: Who said, "Immigration enforcement is handled at the federal level \u2014 not by local law enforcement"?',
      'A) Denver Mayor Michael Hancock',
    ],
    [
      'Q: Who said, "Immigration enforcement is handled at the federal level \u2014 not by local law enforcement"?',
      'A: The Denver Police Department, in a statement printed by the Denver Post.',
    ],
  ])(
    'leaves a true answer, a full sentence or no one asked about alone: %s %s',
    (question, answer) => {
      expect(verdictOf(question, answer)).not.toBe('discrepant');
    },
  );
});
