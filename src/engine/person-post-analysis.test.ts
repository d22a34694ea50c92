/**
 * Posts of people on a whole page of the invented story (compare/test-story.ts):
 * the page's text tells whether a surname alone was ever given a first name,
 * and a recorded quote's speaker under another person's post is wrong, not
 * only unconfirmed (here the Harbor Unit's liaison Sal Reyes is quoted too;
 * the mayor is Ida Marsh).
 */
import { describe, expect, it } from 'vitest';
import { raidPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

const pack = raidPack();
const story = pack.stories[0]!;
const withAide = {
  ...pack,
  stories: [
    {
      ...story,
      entities: [
        ...story.entities!,
        {
          id: 'sal-reyes',
          kind: 'person' as const,
          name: 'Sal Reyes',
          role: 'Harbor Unit liaison',
        },
      ],
      quotes: [
        ...story.quotes!,
        {
          id: 'reyes-done',
          speaker: 'sal-reyes',
          date: '2024-06-12',
          occasion: 'briefing the day after the raid',
          text: 'The unit did its job by the book.',
          status: 'verified' as const,
          sources: ['ledger'],
        },
      ],
    },
  ],
};
const index = indexPacks([withAide], { world: westmark() });
const verdict = (lines: string[], sentence: string) => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder.',
    ...lines,
    sentence,
  ].join('\n');
  return (
    analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) => f.text === sentence)
      ?.verdict ?? 'none'
  );
};

describe('a surname alone, against the page it is on', () => {
  it('never given a first name on the page: a stranger; introduced anywhere on it: not judged here', () => {
    const sentence = 'Rudd said at the briefing that the warehouse would reopen.';
    expect(verdict([], sentence)).toBe('discrepant');
    expect(verdict(['Tom Rudd, who runs the dock, came to the briefing.'], sentence)).not.toBe(
      'discrepant',
    );
  });
});

describe("a recorded quote's speaker under another's post", () => {
  it("the words are right, the post is the mayor's: discrepant", () => {
    expect(verdict([], '“The unit did its job by the book,” said Mayor Sal Reyes.')).toBe(
      'discrepant',
    );
    expect(verdict([], '“The unit did its job by the book,” said Sal Reyes.')).toBe('consistent');
  });
});
