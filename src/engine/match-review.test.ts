/** Fact-checks imported from ClaimReview: when a sentence restates a reviewed claim. */
import { describe, expect, it } from 'vitest';
import { testPack } from '../pack/test-pack.ts';
import type { ClaimPack, Fact, Review, UnverifiedItem } from '../pack/schema.ts';
import { analyzeText, indexPacks } from './index.ts';
import { matchReview } from './match-review.ts';

/** Seven content words: warehouse, fire, started, deliberately, owners, insurance, money. */
const insurance: Review = {
  id: 'owners-insurance',
  claim: 'The warehouse fire was started deliberately by the owners for the insurance money.',
  claimant: 'A video shared on social media',
  rating: { label: 'False', value: 1, best: 5, worst: 1 },
  verdict: 'discrepant',
  reviewer: 'Harbour Fact Check',
  url: 'https://factcheck.example/warehouse-insurance',
};
const drones: Review = {
  id: 'drone-footage',
  claim: 'Drone footage shows firefighters leaving the warehouse before the roof collapsed.',
  rating: { label: 'Unproven' },
  verdict: 'unverified',
  reviewer: 'Coast Verify',
  url: 'https://verify.example/drone',
  date: '2025-01-05',
};

function harbourPack(parts: {
  reviews?: Review[];
  facts?: Fact[];
  unverified?: UnverifiedItem[];
}): ClaimPack {
  return testPack(parts);
}

const detailsOf = (pack: ClaimPack) => indexPacks([pack]).stories[0]!.checks();

/** Only three content words: harbour, closed, forever. */
const shortClaim: Review = {
  id: 'harbour-closed',
  claim: 'The harbour is closed forever.',
  rating: { label: 'False' },
  verdict: 'discrepant',
  reviewer: 'Coast Verify',
  url: 'https://verify.example/harbour',
};

describe('matchReview', () => {
  const details = detailsOf(harbourPack({ reviews: [insurance, drones, shortClaim] }));
  const reviewed = (sentence: string) => matchReview(sentence, details)?.review.id ?? null;

  it('finds the reviewed claim a sentence restates in other order and words', () => {
    expect(reviewed('Rumours say the owners started the warehouse fire deliberately.')).toBe(
      'owners-insurance',
    );
    expect(
      reviewed(
        'DRONE FOOTAGE, posters say, shows the firefighters leaving the warehouse before its roof collapsed.',
      ),
    ).toBe('drone-footage');
  });

  it('needs at least four shared content words, however short the claim', () => {
    expect(reviewed('Locals fear the harbour is closed forever.')).toBeNull();
  });

  it("needs most of the claim's content words", () => {
    // Three of seven.
    expect(reviewed('The owners said the warehouse fire destroyed their stock.')).toBeNull();
    // Four of nine.
    expect(reviewed('The drone footage shows the warehouse burning.')).toBeNull();
  });

  it('does not count short words or common ones', () => {
    // "that", "were", "they", "with" and short words are not content words.
    expect(reviewed('That was what they were with, and it was by the of for the.')).toBeNull();
  });

  it('chooses the review the sentence overlaps most when it restates several', () => {
    // Five of seven words of one claim, seven of nine of the other.
    expect(
      reviewed(
        'Drone footage shows firefighters leaving the warehouse before the fire the owners started deliberately.',
      ),
    ).toBe('drone-footage');
    // All seven of one, seven of nine of the other.
    expect(
      reviewed(
        'The owners started the warehouse fire deliberately for insurance money, and drone footage shows firefighters leaving before.',
      ),
    ).toBe('owners-insurance');
  });

  it('finds nothing in a story without reviews', () => {
    expect(
      matchReview(
        'The warehouse fire was started deliberately by the owners for the insurance money.',
        detailsOf(harbourPack({})),
      ),
    ).toBeNull();
  });
});

describe('a page restating a reviewed claim', () => {
  const anyFire: Fact = {
    id: 'any-fire',
    statement: 'A fire destroyed the warehouse.',
    kind: 'event',
    about: [['fire']],
    sources: ['gazette'],
    confidence: 'high',
  };
  const deliberately: UnverifiedItem = {
    id: 'deliberate',
    claim: 'The fire was set on purpose.',
    when: [['deliberately', 'on purpose']],
    record: 'No cause has been found.',
    explanation: 'Nothing on record shows the fire was set.',
    sources: ['gazette'],
  };
  const insuranceSentence =
    'Some claim the owners started the warehouse fire deliberately for insurance money.';
  const analyze = (pack: ClaimPack, sentence: string) => {
    const text = `Harbour Town is still talking.\n${sentence}`;
    const analysis = analyzeText(text, indexPacks([pack]));
    expect(analysis.story?.storyId).toBe('harbour-fire');
    return analysis.findings.find((f) => f.text === sentence);
  };

  it("gets the review's verdict, the reviewer's rating and the review as its source", () => {
    expect(analyze(harbourPack({ reviews: [insurance] }), insuranceSentence)).toMatchObject({
      verdict: 'discrepant',
      kind: 'statement',
      claimId: 'review:owners-insurance',
      original:
        'Harbour Fact Check rated the claim \u201CThe warehouse fire was started deliberately by the owners for the insurance money.\u201D as \u201CFalse\u201D.',
      explanation: 'This sentence restates a claim Harbour Fact Check reviewed.',
      sources: [
        {
          id: 'owners-insurance',
          publisher: 'Harbour Fact Check',
          url: 'https://factcheck.example/warehouse-insurance',
          urlConfirmed: true,
          date: '2025-01-01',
        },
      ],
    });
  });

  it("dates the source with the review's date when it has one", () => {
    const sentence =
      'Drone footage shows firefighters leaving the warehouse before the roof collapsed.';
    expect(analyze(harbourPack({ reviews: [drones] }), sentence)).toMatchObject({
      verdict: 'unverified',
      claimId: 'review:drone-footage',
      sources: [expect.objectContaining({ date: '2025-01-05', publisher: 'Coast Verify' })],
    });
  });

  it('prefers a review to agreement with a fact', () => {
    expect(
      analyze(harbourPack({ reviews: [insurance], facts: [anyFire] }), insuranceSentence)?.claimId,
    ).toBe('review:owners-insurance');
  });

  it("prefers the pack's own unverified claim to a review", () => {
    expect(
      analyze(harbourPack({ reviews: [insurance], unverified: [deliberately] }), insuranceSentence)
        ?.claimId,
    ).toBe('unverified:deliberate');
  });

  it('prefers a discrepancy with a fact to a review', () => {
    const ownersCleared: Fact = {
      ...anyFire,
      id: 'owners-cleared',
      contradictions: [
        {
          id: 'owners-did-it',
          claim: 'The owners started it.',
          when: [['owners started']],
          explanation: 'Investigators cleared the owners.',
        },
      ],
    };
    expect(
      analyze(harbourPack({ reviews: [insurance], facts: [ownersCleared] }), insuranceSentence),
    ).toMatchObject({
      claimId: 'fact:owners-cleared',
      verdict: 'discrepant',
    });
  });
});
