/**
 * A count of a police department's members counts its officers (department-members.ts), on the invented story
 * (test-story.ts) with fifteen raid officers put on desk duty. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { deskDutyStory } from './test-story.ts';

const story = deskDutyStory();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a count of department members', () => {
  it.each([
    'Six Department members were put on desk duty.',
    'Six police department members were put on desk duty.',
    'Six members of the department were put on desk duty.',
  ])('is a count of officers: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: expect.stringMatching(/^six$/i) }],
    });
  });

  it.each([
    'Fifteen Department members were put on desk duty.',
    'Six Fire Department members were put on desk duty.',
    'Six Council members were put on desk duty.',
  ])("agrees with the right number, and leaves other bodies' members alone: %s", (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
