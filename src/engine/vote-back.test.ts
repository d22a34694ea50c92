/**
 * A vote told in a sentence that points back at a measure the sentence before named ("It passed narrowly, four votes
 * to three"), on a whole page of the invented story (compare/test-story.ts: the council voted 7-0, unanimously, on
 * 18 June 2024 to fund a review of the Harbor Unit). The vote is compared with that voted event (compare/vote-back.ts).
 */
import { describe, expect, it } from 'vitest';
import { raidPack, westmark } from './compare/test-story.ts';
import { voteOfWhatCameBeforeIn } from './compare/vote-back.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([raidPack()], { world: westmark() });
const analyse = (before: string, sentence: string) => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder.',
    before,
    sentence,
  ].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find(
    (f) => f.text === sentence,
  );
};
const before = 'On 18 June 2024 the council approved the funding for a review of the unit.';

describe('a vote on what the sentence before told of', () => {
  it.each([
    'It passed narrowly, four votes to three.',
    'The measure squeaked through on a 4-3 vote.',
    'But the funding bill was only adopted by a vote of 5 to 2.',
    'In the end, it carried on a split vote.',
  ])('is compared with that voted event: %s', (sentence) => {
    expect(analyse(before, sentence)).toMatchObject({
      verdict: 'discrepant',
      comparison: [{ slot: 'vote', record: 'the council voted 7-0, unanimously' }],
    });
  });

  it.each([
    'It passed unanimously.',
    'It passed seven votes to none.',
    'It was a busy week for the council.',
    'Officers said the raid went ahead on a 4-3 vote of the squad.',
  ])('says nothing wrong of the recorded vote, or of what is no vote on it: %s', (sentence) => {
    expect(analyse(before, sentence)?.verdict ?? 'silent').not.toBe('discrepant');
  });

  it('says nothing when the sentence before told of no voted event', () => {
    expect(
      analyse(
        'Mayor Ida Marsh spoke about the raid on Quay Street.',
        'It passed narrowly, four votes to three.',
      )?.verdict ?? 'silent',
    ).not.toBe('discrepant');
  });

  it('needs a subject that points back and a vote', () => {
    expect(voteOfWhatCameBeforeIn('It passed narrowly, five votes to four.')).toBe(true);
    expect(voteOfWhatCameBeforeIn('That resolution was approved on a 7-2 vote.')).toBe(true);
    expect(voteOfWhatCameBeforeIn('It passed quickly.')).toBe(false);
    expect(voteOfWhatCameBeforeIn('Officers voted 5-4 to strike.')).toBe(false);
  });
});
